import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { App } from '../app.ts';
import type { OutboxStore } from '../store/outbox.ts';
import { OperationsStore } from '../store/operations.ts';
import { pollIntervalMs } from '../ops/poll-interval.ts';
import { checkHealth } from './health.ts';
import { BotMetrics } from './metrics.ts';
import { startHttpServer, type RunningHttpServer } from './server.ts';
import { WebhookReceiver } from './webhook.ts';

/**
 * How long a stop waits for the webhook updates in hand: under the CLI's 10 s deadline, with room
 * left to close the database. (Queued sends are awaited beside it, not after it.)
 */
export const WEBHOOK_DRAIN_MS = 7_000;

/** The bot's metrics, reading its gauges from the app's database and the queue. */
export function createBotMetrics(app: App, outbox: OutboxStore): BotMetrics {
  const store = new OperationsStore(app.db);
  return new BotMetrics(
    {
      queueDepth: () => outbox.backlog(),
      feedHealth: () => store.feedHealth(),
      languagesOf: (ids) => store.languagesOf(ids),
      ...(app.llm ? { llmToday: llmToday(app.llm) } : {}),
    },
    app.logger.child({ component: 'metrics' }),
  );
}

/** The language model's day so far, from its ledger in the database (so `diplobrief` runs count too). */
function llmToday(
  llm: NonNullable<App['llm']>,
): () => { calls: number; promptTokens: number; completionTokens: number; budgetLeft: number } {
  return () => ({ ...llm.store.day(llm.client.today()), budgetLeft: llm.client.budgetLeft() });
}

/**
 * Counts the 429s that reach us from direct Bot API calls (replies, edits). It sits outside the
 * auto-retry plugin (installed by createBot, before this), so it sees a 429 only once auto-retry has
 * given up on it: the number that hurt, not every one Telegram sent.
 */
export function countReplyFloods(metrics: BotMetrics): Transformer {
  return async (previous, method, payload, signal) => {
    const result = await previous(method, payload, signal);
    if (!result.ok && result.error_code === 429) metrics.observeReplyFlood();
    return result;
  };
}

export interface BotHttpOptions {
  app: App;
  outbox: OutboxStore;
  metrics: BotMetrics;
  logger: Logger;
  /** When this process started (the grace period for the first poll). */
  startedAt: number;
  /** Webhook mode: the bot's update handler (grammY's bot.handleUpdate). */
  handleUpdate?: (update: Update) => Promise<void>;
}

/** HTTP_PORT: /healthz, /metrics, and in webhook mode the webhook at WEBHOOK_URL's path. */
export async function startBotHttp(options: BotHttpOptions): Promise<RunningHttpServer> {
  const { app, metrics } = options;
  const config = app.config;
  if (config.httpPort === undefined) throw new Error('startBotHttp needs HTTP_PORT');
  const store = new OperationsStore(app.db);
  const interval = pollIntervalMs(config.pollCron, config.timezone);
  const webhook =
    config.webhookUrl && config.webhookSecret && options.handleUpdate
      ? {
          path: new URL(config.webhookUrl).pathname,
          receiver: new WebhookReceiver({
            secret: config.webhookSecret,
            handleUpdate: options.handleUpdate,
            logger: options.logger.child({ component: 'webhook' }),
            onResult: (result) => metrics.observeWebhook(result),
          }),
        }
      : undefined;
  return startHttpServer({
    port: config.httpPort,
    host: config.httpHost,
    logger: options.logger,
    routes: {
      health: () =>
        checkHealth({
          store,
          queueDepth: () => options.outbox.backlog(),
          now: app.now,
          startedAt: options.startedAt,
          pollIntervalMs: interval,
        }),
      metrics: () => metrics.render(),
      ...(webhook ? { webhook } : {}),
    },
  });
}
