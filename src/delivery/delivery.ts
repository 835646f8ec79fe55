import { Api } from 'grammy';
import type { App } from '../app.ts';
import type { I18n } from '../bot/i18n.ts';
import { DeliveryRunStore } from '../store/delivery-runs.ts';
import { OutboxStore } from '../store/outbox.ts';
import { StoryArticleStore } from '../store/story-articles.ts';
import { DigestRunner, type DigestReport } from './digest.ts';
import { OutboxSender, type SendFunction, type SenderOptions } from './sender.ts';

/** How long one bulk send may wait for Telegram: a hung request must not hold a slot (or a shutdown) for long. */
const BULK_SEND_TIMEOUT_SECONDS = 8;

/** The sender's knobs that tests and benchmarks turn; production uses the defaults. */
export type SenderTuning = Partial<Pick<SenderOptions, 'perChatIntervalMs' | 'concurrency' | 'maxAttempts' | 'retryBaseMs' | 'retryMaxMs' | 'idlePollMs'>>;

export interface Delivery {
  outbox: OutboxStore;
  runs: DeliveryRunStore;
  sender: OutboxSender;
  digest: DigestRunner;
  /** Starts the sender and resumes runs a restart interrupted. */
  start(): void;
  /** Runs the scheduled briefing for a tick (the digest schedule calls this). */
  runDigest(scheduledFor: number): Promise<DigestReport>;
  /** No new runs or sends; in-flight sends are awaited and recorded. */
  stop(): Promise<void>;
}

/**
 * Sends through its own Api object, without the interactive auto-retry: the sender has its own
 * rules for 429, 5xx and network errors, and a retry hidden below it would break the rate and the
 * per-chat order.
 */
export function telegramSend(token: string, apiRoot: string): SendFunction {
  const api = new Api(token, { apiRoot, timeoutSeconds: BULK_SEND_TIMEOUT_SECONDS });
  return async (request) => {
    const message = await api.sendMessage(request.chatId, request.text, {
      ...(request.parseMode ? { parse_mode: request.parseMode } : {}),
      ...(request.replyMarkup !== undefined ? { reply_markup: request.replyMarkup as never } : {}),
      link_preview_options: { is_disabled: true },
    });
    return message.message_id;
  };
}

/** The scheduled briefing runs alone (the CLI queues a run that the running bot sends). */
export function createDigestRunner(
  app: App,
  i18n: I18n,
  options: { runs?: DeliveryRunStore; outbox?: OutboxStore; onQueued?: () => void } = {},
): DigestRunner {
  return new DigestRunner({
    db: app.db,
    runs: options.runs ?? new DeliveryRunStore(app.db, app.now),
    outbox: options.outbox ?? new OutboxStore(app.db, app.now),
    articles: new StoryArticleStore(app.db),
    i18n,
    timeZone: app.config.timezone,
    logger: app.logger.child({ component: 'digest' }),
    now: app.now,
    ...(options.onQueued ? { onQueued: options.onQueued } : {}),
  });
}

/** The tick a run is named after: the second it started. */
export function tickTime(now: number): number {
  return Math.floor(now / 1000) * 1000;
}

/** The outbox, its sender and the scheduled briefing runs, around the app's database. */
export function createDelivery(app: App, deps: { i18n: I18n; send: SendFunction; tuning?: SenderTuning }): Delivery {
  const outbox = new OutboxStore(app.db, app.now);
  const runs = new DeliveryRunStore(app.db, app.now);
  const sender = new OutboxSender({
    outbox,
    send: deps.send,
    onBlocked: (chatId, reason) => app.subscribers.deactivate(chatId, reason),
    logger: app.logger,
    now: app.now,
    ratePerSecond: app.config.sendRate,
    ...deps.tuning,
  });
  const digest = createDigestRunner(app, deps.i18n, { runs, outbox, onQueued: () => sender.wake() });
  let resuming: Promise<unknown> | undefined;
  return {
    outbox,
    runs,
    sender,
    digest,
    start() {
      sender.start();
      resuming = digest.resumeUnfinished().catch((error: unknown) => app.logger.error({ err: error }, 'could not resume briefing runs'));
    },
    runDigest: (scheduledFor) => digest.run(scheduledFor),
    async stop() {
      await digest.stop();
      await resuming;
      await sender.stop();
    },
  };
}
