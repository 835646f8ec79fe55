import { GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, requireBotToken, type Config } from './config.ts';
import { LANGUAGES } from './model/language.ts';
import { refreshWordSample } from './store/search-sample.ts';
import { registerCommandMenus } from './bot/commands.ts';
import { createBot, type RetryLimits } from './bot/create-bot.ts';
import { I18n } from './bot/i18n.ts';
import { scheduleJob, type RunningSchedule } from './schedule/scheduler.ts';
import { createDelivery, telegramSend, tickTime, type Delivery, type SenderTuning } from './delivery/delivery.ts';
import type { DigestReport } from './delivery/digest.ts';
import { countReplyFloods, createBotMetrics, startBotHttp, WEBHOOK_DRAIN_MS } from './http/bot-http.ts';
import type { BotMetrics } from './http/metrics.ts';
import type { RunningHttpServer } from './http/server.ts';
import { registerWebhook } from './http/webhook.ts';
import { RETENTION_CRON, RetentionJob } from './ops/retention.ts';
import { renderBroadcastStatus, showBroadcastStatus } from './bot/broadcast-status.ts';
import { StatsReader } from './store/stats.ts';
import { features } from '../handlers/index.ts';

/** The Bot API calls that put a message in a chat (and count towards Telegram's rate limits). */
const DIRECT_SENDING_METHODS: ReadonlySet<string> = new Set(['sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'sendPhoto', 'sendDocument', 'copyMessage', 'forwardMessage']);

/** Only the updates the handlers use: Telegram then does not send (and we do not store) the rest. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

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
}

/**
 * Starts the bot: database, feeds file, command menus, HTTP endpoints (HTTP_PORT), schedules, and
 * updates by long polling or, with WEBHOOK_URL, by webhook. Resolves once updates can come in.
 */
export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger } = options;
  const token = requireBotToken(config);
  const i18n = new I18n();
  // Set once the app exists (the gauges read its database); the observers below are called only later.
  let metrics: BotMetrics | undefined;
  const app = createApp(config, { logger, ...(options.now ? { now: options.now } : {}), onPollReport: (report) => metrics?.observePoll(report) });
  const startedAt = app.now();
  const schedules: RunningSchedule[] = [];
  const delivery = createDelivery(app, {
    i18n,
    send: telegramSend(token, config.telegramApiRoot),
    ...(options.sender ? { tuning: options.sender } : {}),
    ...(options.broadcastProgressMs ? { progressIntervalMs: options.broadcastProgressMs } : {}),
    onSenderEvent: (event) => metrics?.observeSend(event),
  });
  if (config.httpPort !== undefined) metrics = createBotMetrics(app, delivery.outbox);
  const retention = new RetentionJob(app.db, { retentionDays: config.retentionDays, now: app.now, logger: logger.child({ component: 'retention' }) });
  let http: RunningHttpServer | undefined;

  try {
    if (config.sendRate > 30) logger.warn({ sendRate: config.sendRate }, 'SEND_RATE is above Telegram\'s usual 30 messages a second: expect 429s unless this bot has paid broadcasts');
    const statsReader = new StatsReader(app.db, delivery.outbox);
    const { bot, commands } = createBot(config, {
      features,
      logger,
      i18n,
      subscribers: app.subscribers,
      feedAdmin: app.feedAdmin,
      reader: app.reader,
      broadcasts: delivery.broadcasts,
      stats: () => statsReader.read(app.now()),
      onBroadcastChange: () => delivery.pokeProgress(),
      now: app.now,
      ...(options.retry ? { retry: options.retry } : {}),
    });
    // Replies count towards SEND_RATE too: the queue's limiter hears of every message the bot sends directly.
    bot.api.config.use((previous, method, payload, signal) => {
      if (DIRECT_SENDING_METHODS.has(method)) delivery.sender.noteDirectSend();
      return previous(method, payload, signal);
    });
    if (metrics) bot.api.config.use(countReplyFloods(metrics));
    try {
      await bot.init();
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new ConfigError('BOT_TOKEN', `Telegram at ${config.telegramApiRoot} rejected the token (401 Unauthorized)`);
      }
      throw error;
    }
    await registerCommandMenus(bot.api, i18n, commands, { defaultLanguage: config.defaultLanguage, adminIds: config.adminIds }, logger);
    if (metrics) {
      const handleUpdate = config.webhookUrl ? (update: Update) => bot.handleUpdate(update) : undefined;
      http = await startBotHttp({ app, outbox: delivery.outbox, metrics, logger, startedAt, ...(handleUpdate ? { handleUpdate } : {}) });
    }

    const adminLanguage = (chatId: number) => app.subscribers.get(chatId)?.language ?? config.defaultLanguage;
    delivery.start({
      showProgress: (progress) => showBroadcastStatus(bot.api, i18n, adminLanguage(progress.broadcast.adminChatId), progress),
      renderProgress: (progress) => renderBroadcastStatus(progress, i18n.for(adminLanguage(progress.broadcast.adminChatId))).html,
    });
    // The tick's own second names the run, so a tick is one run even if it is resumed after a restart.
    schedules.push(scheduleJob({ name: 'digest', cron: config.digestCron, timezone: config.timezone, run: () => delivery.runDigest(tickTime(app.now())) }, logger));
    schedules.push(scheduleJob({ name: 'poll', cron: config.pollCron, timezone: config.timezone, run: () => app.poller.pollDue() }, logger));
    if (options.pollAtStart ?? true) void app.poller.pollDue().catch((error: unknown) => logger.error({ err: error }, 'first poll failed'));
    // /search samples each language's word frequencies on first use (~30–60 ms over a large index): do it now, not in a reader's search.
    setImmediate(() => {
      try {
        for (const language of LANGUAGES) refreshWordSample(app.db, language);
      } catch (error) {
        logger.warn({ err: error }, 'could not sample search words at start; the first search will');
      }
    });
    schedules.push(scheduleJob({ name: 'retention', cron: RETENTION_CRON, timezone: config.timezone, run: () => retention.run() }, logger));
    if (options.pruneAtStart ?? true) void retention.run().catch((error: unknown) => logger.error({ err: error }, 'pruning at start failed'));

    let stopped: Promise<void>;
    if (http && config.webhookUrl && config.webhookSecret) {
      // Listening first: Telegram may deliver what it kept for us as soon as the webhook is set.
      await registerWebhook(bot.api, { url: config.webhookUrl, secret: config.webhookSecret, allowedUpdates: ALLOWED_UPDATES }, logger);
      logger.info({ username: bot.botInfo.username, apiRoot: config.telegramApiRoot, url: config.webhookUrl }, 'bot started (webhook)');
      // The webhook stays registered when the bot stops: Telegram keeps the updates and retries, and the next start gets them.
      stopped = http.closed;
    } else {
      // bot.start() deletes a webhook left from an earlier webhook-mode run: switching back needs nothing else.
      const polling = bot.start({
        allowed_updates: [...ALLOWED_UPDATES],
        onStart: (me) => logger.info({ username: me.username, apiRoot: config.telegramApiRoot }, 'bot started (long polling)'),
      });
      stopped = polling.then(
        () => undefined,
        (error: unknown) => {
          logger.fatal({ err: error }, 'long polling failed');
          throw error;
        },
      );
    }
    let stopping: Promise<void> | undefined;
    const stop = (reason = 'stop requested') => {
      stopping ??= (async () => {
        logger.info({ reason }, 'stopping');
        // All at once, so the 10 s shutdown deadline bounds the slowest, not the sum: no new updates
        // (webhook: 503, Telegram keeps them), schedules, runs, sends and fetches end, each finishing
        // and recording what it has in hand.
        await Promise.all([
          http?.close(WEBHOOK_DRAIN_MS),
          retention.stop(),
          ...schedules.map((schedule) => schedule.stop()),
          delivery.stop(),
          app.poller.stop(),
          bot.isRunning() ? bot.stop() : undefined,
        ]);
        // bot.start() settles after the batch in hand has been handled: only then is the database free.
        await stopped.catch(() => undefined);
        app.close();
        logger.info('stopped');
      })();
      return stopping;
    };
    stopped.catch(() => void stop(config.webhookUrl ? 'webhook server failed' : 'polling failed'));
    return { stop, stopped, delivery, httpUrl: http?.url, runDigest: (at) => delivery.runDigest(at ?? tickTime(app.now())) };
  } catch (error) {
    await http?.close(0);
    await retention.stop();
    await Promise.all(schedules.map((schedule) => schedule.stop()));
    await delivery.stop();
    await app.poller.stop();
    app.close();
    throw error;
  }
}
