import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { createApp, type App } from './app.ts';
import { requireBotToken, type Config } from './config.ts';
import { renderBroadcastStatus, showBroadcastStatus } from './bot/broadcast-status.ts';
import type { DiplobriefBot, RetryLimits } from './bot/create-bot.ts';
import { I18n } from './bot/i18n.ts';
import { createDelivery, telegramSend, tickTime, type Delivery, type SenderTuning } from './delivery/delivery.ts';
import type { DigestReport } from './delivery/digest.ts';
import { createBotMetrics, startBotHttp, WEBHOOK_DRAIN_MS } from './http/bot-http.ts';
import type { BotMetrics } from './http/metrics.ts';
import type { RunningHttpServer } from './http/server.ts';
import { initBot } from './start/bot.ts';
import { RunningParts } from './start/running.ts';
import { acquireInstanceLock } from './start/instance-lock.ts';
import { startSchedules } from './start/schedules.ts';
import { startUpdates } from './start/updates.ts';

/**
 * How long a poll's alerts wait for its stories' briefs (with a language model): a quick model's
 * brief reaches the alert, a slow one's does not hold it up.
 */
const ALERTS_WAIT_FOR_BRIEFS_MS = 2_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export interface RunningBot {
  /** Stops taking updates and schedules, lets in-flight work finish, closes the database. Safe to call twice. */
  stop(reason?: string): Promise<void>;
  /** Settles when the bot has stopped (by stop() or because polling failed for good). */
  stopped: Promise<void>;
  /** Runs the scheduled briefing now, as DIGEST_CRON does (operators' and tests' entry). */
  runDigest(scheduledFor?: number): Promise<DigestReport>;
  /** The outbox and its sender (for status and tests). */
  delivery: Delivery;
  /** Where /healthz, /metrics (and the webhook) are served, e.g. http://127.0.0.1:8080; undefined without HTTP_PORT. */
  httpUrl: string | undefined;
}

export interface StartOptions {
  logger: Logger;
  now?: () => number;
  retry?: RetryLimits;
  /** Poll the due feeds right after start (default true): a fresh install should not wait for the first tick. */
  pollAtStart?: boolean;
  /** The bulk sender's knobs (tests shorten the retry back-off). */
  sender?: SenderTuning;
  /** Prune by RETENTION_DAYS right after start (default true), as well as daily. */
  pruneAtStart?: boolean;
  /** How often a broadcast's status message is edited (default 3 s; tests go faster). */
  broadcastProgressMs?: number;
  /** How often chats' own briefing hours are looked at (default every minute; tests look every second). */
  dueBriefingsCron?: string;
}

/**
 * Starts the bot: database, feeds file, command menus, HTTP endpoints (HTTP_PORT), schedules, and
 * updates by long polling or, with WEBHOOK_URL, by webhook. Resolves once updates can come in.
 * Each part is stopped with the rest from the moment it starts, so a start that fails half-way
 * stops what it had started, as a stop would, and closes the database.
 */
export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger } = options;
  const token = requireBotToken(config);
  const i18n = new I18n();
  // Set once the app exists (the gauges read its database); the observers below are called only later.
  let metrics: BotMetrics | undefined;
  // Set once delivery exists; a poll's new articles are matched against watches right after it.
  let alertsAfterPoll: (() => void) | undefined;
  // And, with a language model, the briefs of the stories that readers will be shown next.
  let briefsAfterPoll: (() => Promise<void>) | undefined;
  // Before anything else: a second bot on this database refuses to start and leaves the first alone.
  const lock = acquireInstanceLock(config.databasePath);
  const app = (() => {
    try {
      return createApp(config, {
        logger,
        ...(options.now ? { now: options.now } : {}),
        onPollReport: (report) => {
          metrics?.observePoll(report);
          // Alerts go once the new stories' briefs are written, or ALERTS_WAIT_FOR_BRIEFS_MS after the poll at the latest.
          const briefs = briefsAfterPoll?.();
          if (briefs) void briefs.then(() => alertsAfterPoll?.());
          else alertsAfterPoll?.();
        },
        onBriefViews: (shown) => metrics?.observeBriefViews(shown),
        onBriefRun: (report) => metrics?.observeBriefRun(report),
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  })();
  const startedAt = app.now();
  const running = new RunningParts(() => {
    app.close();
    lock.release();
  }, logger);
  running.add(app.poller);
  const llm = app.llm;
  if (llm) {
    running.add(llm.writer);
    briefsAfterPoll = () => {
      const run = llm.writer.run().then(
        () => undefined,
        (error: unknown) => logger.error({ err: error }, 'writing story briefs failed'),
      );
      return Promise.race([run, delay(ALERTS_WAIT_FOR_BRIEFS_MS)]);
    };
  }

  try {
    const delivery = running.add(
      createDelivery(app, {
        i18n,
        send: telegramSend(token, config.telegramApiRoot),
        ...(options.sender ? { tuning: options.sender } : {}),
        ...(options.broadcastProgressMs ? { progressIntervalMs: options.broadcastProgressMs } : {}),
        onSenderEvent: (event) => metrics?.observeSend(event),
        onAlertReport: (report) => metrics?.observeAlerts(report),
      }),
    );
    if (config.httpPort !== undefined) metrics = createBotMetrics(app, delivery.outbox);
    alertsAfterPoll = () => void delivery.runAlerts().catch((error: unknown) => logger.error({ err: error }, 'alerts failed'));
    if (config.sendRate > 30)
      logger.warn(
        { sendRate: config.sendRate },
        "SEND_RATE is above Telegram's usual 30 messages a second: expect 429s unless this bot has paid broadcasts",
      );
    const bot = await initBot(config, { app, delivery, i18n, metrics, logger, ...(options.retry ? { retry: options.retry } : {}) });
    const http = metrics ? await startHttp(app, delivery, metrics, bot, startedAt) : undefined;
    if (http) running.add({ stop: () => http.close(WEBHOOK_DRAIN_MS) });
    startDelivery(app, delivery, bot, i18n);
    startSchedules(
      config,
      {
        app,
        delivery,
        logger,
        pollAtStart: options.pollAtStart ?? true,
        pruneAtStart: options.pruneAtStart ?? true,
        ...(options.dueBriefingsCron ? { dueBriefingsCron: options.dueBriefingsCron } : {}),
      },
      running,
    );
    const updates = running.add(await startUpdates(bot, config, http, logger));
    updates.ended.catch(() => void running.stop(config.webhookUrl ? 'webhook server failed' : 'polling failed'));
    return {
      stop: (reason = 'stop requested') => running.stop(reason),
      stopped: updates.ended,
      delivery,
      httpUrl: http?.url,
      runDigest: (at) => delivery.runDigest(at ?? tickTime(app.now())),
    };
  } catch (error) {
    await running.stop('start failed');
    throw error;
  }
}

/** HTTP_PORT: /healthz and /metrics, and in webhook mode the webhook, which hands updates to the bot. */
function startHttp(
  app: App,
  delivery: Delivery,
  metrics: BotMetrics,
  bot: DiplobriefBot['bot'],
  startedAt: number,
): Promise<RunningHttpServer> {
  const handleUpdate = app.config.webhookUrl ? (update: Update) => bot.handleUpdate(update) : undefined;
  return startBotHttp({ app, outbox: delivery.outbox, metrics, logger: app.logger, startedAt, ...(handleUpdate ? { handleUpdate } : {}) });
}

/** Starts the sender, resumes the runs a restart interrupted, and shows broadcasts' progress to their admin, in the admin's language. */
function startDelivery(app: App, delivery: Delivery, bot: DiplobriefBot['bot'], i18n: I18n): void {
  const adminLanguage = (chatId: number) => app.subscribers.get(chatId)?.language ?? app.config.defaultLanguage;
  delivery.start({
    showProgress: (progress) => showBroadcastStatus(bot.api, i18n, adminLanguage(progress.broadcast.adminChatId), progress),
    renderProgress: (progress) => renderBroadcastStatus(progress, i18n.for(adminLanguage(progress.broadcast.adminChatId))).html,
  });
}
