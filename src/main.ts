import { GrammyError } from 'grammy';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, requireBotToken, type Config } from './config.ts';
import { registerCommandMenus } from './bot/commands.ts';
import { createBot, type RetryLimits } from './bot/create-bot.ts';
import { I18n } from './bot/i18n.ts';
import { scheduleJob, type RunningSchedule } from './schedule/scheduler.ts';
import { createDelivery, telegramSend, tickTime, type Delivery, type SenderTuning } from './delivery/delivery.ts';
import type { DigestReport } from './delivery/digest.ts';

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
}

export interface StartOptions {
  logger: Logger;
  now?: () => number;
  retry?: RetryLimits;
  /** Poll the due feeds right after start (default true): a fresh install should not wait for the first tick. */
  pollAtStart?: boolean;
  /** The bulk sender's knobs (tests shorten the retry back-off). */
  sender?: SenderTuning;
}

/** Starts the bot: database, feeds file, command menus, schedules, long polling. Resolves once Telegram has answered getMe. */
export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger } = options;
  const token = requireBotToken(config);
  if (config.webhookUrl) {
    throw new ConfigError('WEBHOOK_URL', 'webhook mode is not available in this version yet; unset it to use long polling');
  }
  const i18n = new I18n();
  const app = createApp(config, { logger, ...(options.now ? { now: options.now } : {}) });
  const schedules: RunningSchedule[] = [];
  const delivery = createDelivery(app, {
    i18n,
    send: telegramSend(token, config.telegramApiRoot),
    ...(options.sender ? { tuning: options.sender } : {}),
  });

  try {
    if (config.sendRate > 30) logger.warn({ sendRate: config.sendRate }, 'SEND_RATE is above Telegram\'s usual 30 messages a second: expect 429s unless this bot has paid broadcasts');
    if (config.httpPort !== undefined) logger.warn({ port: config.httpPort }, 'HTTP_PORT is set, but this version serves no HTTP endpoints yet');
    const { bot, commands } = createBot(config, {
      logger,
      i18n,
      subscribers: app.subscribers,
      feedAdmin: app.feedAdmin,
      reader: app.reader,
      now: app.now,
      ...(options.retry ? { retry: options.retry } : {}),
    });
    // Replies count towards SEND_RATE too: the queue's limiter hears of every message the bot sends directly.
    bot.api.config.use((previous, method, payload, signal) => {
      if (DIRECT_SENDING_METHODS.has(method)) delivery.sender.noteDirectSend();
      return previous(method, payload, signal);
    });
    try {
      await bot.init();
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new ConfigError('BOT_TOKEN', `Telegram at ${config.telegramApiRoot} rejected the token (401 Unauthorized)`);
      }
      throw error;
    }
    await registerCommandMenus(bot.api, i18n, commands, { defaultLanguage: config.defaultLanguage, adminIds: config.adminIds }, logger);

    delivery.start();
    // The tick's own second names the run, so a tick is one run even if it is resumed after a restart.
    schedules.push(scheduleJob({ name: 'digest', cron: config.digestCron, timezone: config.timezone, run: () => delivery.runDigest(tickTime(app.now())) }, logger));
    schedules.push(scheduleJob({ name: 'poll', cron: config.pollCron, timezone: config.timezone, run: () => app.poller.pollDue() }, logger));
    if (options.pollAtStart ?? true) void app.poller.pollDue().catch((error: unknown) => logger.error({ err: error }, 'first poll failed'));

    const polling = bot.start({
      allowed_updates: [...ALLOWED_UPDATES],
      onStart: (me) => logger.info({ username: me.username, apiRoot: config.telegramApiRoot }, 'bot started (long polling)'),
    });
    const stopped = polling.then(
      () => undefined,
      (error: unknown) => {
        logger.fatal({ err: error }, 'long polling failed');
        throw error;
      },
    );
    let stopping: Promise<void> | undefined;
    const stop = (reason = 'stop requested') => {
      stopping ??= (async () => {
        logger.info({ reason }, 'stopping');
        await Promise.all(schedules.map((schedule) => schedule.stop()));
        await delivery.stop();
        await app.poller.stop();
        if (bot.isRunning()) await bot.stop();
        // bot.start() settles after the batch in hand has been handled: only then is the database free.
        await stopped.catch(() => undefined);
        app.close();
        logger.info('stopped');
      })();
      return stopping;
    };
    stopped.catch(() => void stop('polling failed'));
    return { stop, stopped, delivery, runDigest: (at) => delivery.runDigest(at ?? tickTime(app.now())) };
  } catch (error) {
    await Promise.all(schedules.map((schedule) => schedule.stop()));
    await delivery.stop();
    await app.poller.stop();
    app.close();
    throw error;
  }
}
