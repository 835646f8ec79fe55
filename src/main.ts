import { GrammyError } from 'grammy';
import type { Logger } from 'pino';
import { ConfigError, requireBotToken, type Config } from './config.ts';
import { registerCommandMenus } from './bot/commands.ts';
import { createBot, type RetryLimits } from './bot/create-bot.ts';
import { I18n } from './bot/i18n.ts';
import { FeedsFileError, readFeedsFile, type FeedDeclaration } from './feeds/feeds-file.ts';
import { openDatabase } from './store/db.ts';
import { FeedStore } from './store/feeds.ts';
import { SubscriberStore } from './store/subscribers.ts';

/** Only the updates the handlers use: Telegram then does not send (and we do not store) the rest. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export interface RunningBot {
  /** Stops taking updates, lets in-flight handlers finish, closes the database. Safe to call twice. */
  stop(reason?: string): Promise<void>;
  /** Settles when the bot has stopped (by stop() or because polling failed for good). */
  stopped: Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  now?: () => number;
  retry?: RetryLimits;
}

/** Starts the bot: database, feeds file, command menus, long polling. Resolves once Telegram has answered getMe. */
export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  requireBotToken(config);
  if (config.webhookUrl) {
    throw new ConfigError('WEBHOOK_URL', 'webhook mode is not available in this version yet; unset it to use long polling');
  }
  const feeds = readFeedsFileOrExplain(config.feedsFile);
  const i18n = new I18n();
  const db = openDatabase(config.databasePath);
  let closed = false;
  const closeDatabase = () => {
    if (!closed) db.close();
    closed = true;
  };

  try {
    const declared = new FeedStore(db, now).upsertDeclared(feeds);
    logger.info({ file: config.feedsFile, ...declared, feeds: feeds.length }, 'feeds file loaded');
    if (config.httpPort !== undefined) logger.warn({ port: config.httpPort }, 'HTTP_PORT is set, but this version serves no HTTP endpoints yet');

    const { bot, commands } = createBot(config, {
      logger,
      i18n,
      subscribers: new SubscriberStore(db, now),
      now,
      ...(options.retry ? { retry: options.retry } : {}),
    });
    try {
      await bot.init();
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new ConfigError('BOT_TOKEN', `Telegram at ${config.telegramApiRoot} rejected the token (401 Unauthorized)`);
      }
      throw error;
    }
    await registerCommandMenus(bot.api, i18n, commands, config.defaultLanguage, logger);

    const polling = bot.start({
      allowed_updates: [...ALLOWED_UPDATES],
      onStart: (me) => logger.info({ username: me.username, apiRoot: config.telegramApiRoot }, 'bot started (long polling)'),
    });
    let stopping: Promise<void> | undefined;
    const stopped = polling.then(
      () => undefined,
      (error: unknown) => {
        logger.fatal({ err: error }, 'long polling failed');
        throw error;
      },
    );
    const stop = (reason = 'stop requested') => {
      stopping ??= (async () => {
        logger.info({ reason }, 'stopping');
        if (bot.isRunning()) await bot.stop();
        // bot.start() settles after the batch in hand has been handled: only then is the database free.
        await stopped.catch(() => undefined);
        closeDatabase();
        logger.info('stopped');
      })();
      return stopping;
    };
    stopped.catch(() => closeDatabase());
    return { stop, stopped };
  } catch (error) {
    closeDatabase();
    throw error;
  }
}

/** A bad feeds file is a configuration error: the message names FEEDS_FILE as well as the file and entry. */
function readFeedsFileOrExplain(path: string): FeedDeclaration[] {
  try {
    return readFeedsFile(path);
  } catch (error) {
    if (error instanceof FeedsFileError) throw new ConfigError('FEEDS_FILE', error.message);
    throw error;
  }
}
