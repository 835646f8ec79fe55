import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Composer } from 'grammy';
import type { Config } from '../config.ts';
import type { BotContext, BotServices } from './context.ts';
import { escapeMarkup } from '../text/escape.ts';
import { languageForClient } from './language.ts';
import type { CommandSpec } from './commands.ts';
import { installErrorBoundary } from './error-boundary.ts';
import { ChatHours } from '../delivery/chat-hours.ts';
import { ChatAdmins } from './chat-admins.ts';
import { ChannelDesk } from './channels.ts';
import type { Feature } from './feature.ts';
import { settingsGuard } from './settings-guard.ts';
import { TOPICS } from '../model/topics.ts';
import { toMuteWord } from '../store/watches.ts';
import type { TranslateArgs } from '../model/translate.ts';

export interface RetryLimits {
  /** How many times a failed Telegram call is tried again (429, 5xx, network). */
  maxRetryAttempts: number;
  /** A 429 asking to wait longer than this fails the call instead of blocking a handler. */
  maxDelaySeconds: number;
}

/** Interactive replies must not hang a handler for long; bulk sending has its own queue and rules. */
export const DEFAULT_RETRY_LIMITS: RetryLimits = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

export type BotDeps = Omit<BotServices, 'config' | 'chatAdmins' | 'channels' | 'hours'> & {
  /** The command families, in the order they see updates; the entry point chooses them. */
  features: readonly Feature[];
  retry?: RetryLimits;
};

export interface DiplobriefBot {
  bot: Bot<BotContext>;
  commands: readonly CommandSpec[];
}

/** A fully wired bot: context, error boundary, and the given features' Composers. It does not start polling. */
export function createBot(config: Config, deps: BotDeps): DiplobriefBot {
  if (!config.botToken) throw new Error('createBot needs BOT_TOKEN');
  const { retry: _retry, features, ...rest } = deps;
  const bot = new Bot<BotContext>(config.botToken, { client: { apiRoot: config.telegramApiRoot } });
  const chatAdmins = new ChatAdmins(bot.api, rest.now);
  const channels = new ChannelDesk(rest.subscribers, chatAdmins, config.defaultLanguage);
  const hours = new ChatHours({
    subscribers: rest.subscribers,
    now: rest.now,
    defaultCron: config.digestCron,
    defaultZone: config.timezone,
  });
  const services: BotServices = { config, ...rest, chatAdmins, channels, hours };
  const retry = deps.retry ?? DEFAULT_RETRY_LIMITS;
  bot.api.config.use(autoRetry({ ...retry, rethrowInternalServerErrors: false, rethrowHttpErrors: false }));

  bot.use(async (ctx, next) => {
    ctx.services = services;
    ctx.log = services.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id });
    ctx.subscriber = ctx.chat ? services.subscribers.get(ctx.chat.id) : undefined;
    ctx.followedTopics = ctx.subscriber?.topics ?? TOPICS;
    ctx.sources = ctx.subscriber?.sources ?? 'mine';
    ctx.lang = ctx.subscriber?.language ?? languageForClient(ctx.from?.language_code, config.defaultLanguage);
    ctx.t = (key, args) => services.i18n.t(ctx.lang, key, args);
    ctx.replyWith = (key, args, extra) => ctx.reply(ctx.t(key, escapeArgs(args)), { parse_mode: 'HTML', ...extra });
    ctx.muted = () => (ctx.chat ? services.watches.mutesOf(ctx.chat.id).map(toMuteWord) : []);
    // An administrator writing anonymously (as the group itself) is nobody we can name.
    const person = ctx.message?.sender_chat ? undefined : ctx.from;
    ctx.chatIdentity = () =>
      ctx.chat && {
        chatId: ctx.chat.id,
        userId: person?.id ?? null,
        chatType: ctx.chat.type,
        firstName: person?.first_name ?? null,
        username: person?.username ?? null,
        title: 'title' in ctx.chat ? (ctx.chat.title ?? null) : null,
        // In a forum, the topic the command came from (General has no thread id); elsewhere no topic.
        ...('is_forum' in ctx.chat && ctx.chat.is_forum && ctx.msg
          ? { threadId: ctx.msg.is_topic_message ? (ctx.msg.message_thread_id ?? null) : null }
          : {}),
      };
    await next();
  });
  installErrorBoundary(bot, services.logger);

  bot.use(
    settingsGuard({
      commands: features.flatMap((feature) => feature.changesChat?.commands ?? []),
      buttons: features.flatMap((feature) => feature.changesChat?.buttons ?? []),
    }),
  );
  const commands: CommandSpec[] = [];
  for (const feature of features) {
    bot.use(feature.composer as Composer<BotContext>);
    commands.push(...feature.commands);
  }
  return { bot, commands };
}

function escapeArgs(args: TranslateArgs | undefined): TranslateArgs | undefined {
  if (!args) return args;
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? escapeMarkup(value) : value]));
}
