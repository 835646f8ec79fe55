import { GrammyError } from 'grammy';
import type { Logger } from 'pino';
import type { App } from '../app.ts';
import { ConfigError, type Config } from '../config.ts';
import { registerCommandMenus } from '../bot/commands.ts';
import { createBot, type DiplobriefBot, type RetryLimits } from '../bot/create-bot.ts';
import type { I18n } from '../bot/i18n.ts';
import type { Delivery } from '../delivery/delivery.ts';
import { countReplyFloods } from '../http/bot-http.ts';
import type { BotMetrics } from '../http/metrics.ts';
import { StatsReader } from '../store/stats.ts';
import { WatchStore } from '../store/watches.ts';
import { features } from '../../handlers/index.ts';
import type { BriefShelf } from '../briefing/briefs.ts';
import type { LlmStatus } from '../bot/context.ts';

/** The Bot API calls that put a message in a chat (and count towards Telegram's rate limits). */
const DIRECT_SENDING_METHODS: ReadonlySet<string> = new Set([
  'sendMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'sendPhoto',
  'sendDocument',
  'copyMessage',
  'forwardMessage',
]);

export interface BotParts {
  app: App;
  delivery: Delivery;
  i18n: I18n;
  /** Present with HTTP_PORT: the reply floods are counted. */
  metrics: BotMetrics | undefined;
  logger: Logger;
  retry?: RetryLimits;
}

/**
 * The bot with the handlers' features, known to Telegram (getMe) and with its command menus set.
 * Nothing comes in yet: updates start with startUpdates.
 */
export async function initBot(config: Config, parts: BotParts): Promise<DiplobriefBot['bot']> {
  const { app, delivery, i18n, metrics, logger } = parts;
  const statsReader = new StatsReader(app.db, delivery.outbox);
  const { bot, commands } = createBot(config, {
    features,
    logger,
    i18n,
    subscribers: app.subscribers,
    watches: new WatchStore(app.db, app.now),
    feedAdmin: app.feedAdmin,
    reader: app.reader,
    broadcasts: delivery.broadcasts,
    stats: () => statsReader.read(app.now()),
    ...(app.llm && app.briefs ? { llmStatus: llmStatusOf(app.llm, app.briefs) } : {}),
    onBroadcastChange: () => delivery.pokeProgress(),
    now: app.now,
    ...(parts.retry ? { retry: parts.retry } : {}),
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
  return bot;
}

function llmStatusOf(llm: NonNullable<App['llm']>, shelf: BriefShelf): () => LlmStatus {
  return () => ({
    ...llm.store.day(llm.client.today()),
    model: llm.client.model,
    budgetLeft: llm.client.budgetLeft(),
    shown: { ...shelf.shown },
  });
}
