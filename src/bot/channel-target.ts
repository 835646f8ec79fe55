import type { Subscriber } from '../model/chat.ts';
import type { BotContext } from './context.ts';
import type { TranslateArgs } from '../model/translate.ts';
import { escapeMarkup } from '../text/escape.ts';

/** A channel's id as /channels shows it: -100 and its digits. */
const CHANNEL_ID = /^-100\d{5,13}$/;

export interface ChannelTarget {
  chatId: number;
  title: string;
  /** The channel's record. */
  chat: Subscriber;
  /** The command's words after the channel id. */
  text: string;
}

/**
 * `/watch -1001234567890 WORDS` (and /mute, /unmute, /breaking, /quiet) in a user's own chat act for a
 * channel the user administers: its readers cannot send commands, and a button cannot carry words.
 * Undefined when the command is for the chat it was sent in; 'refused' (after saying why) when the
 * id is a channel the user may not change.
 */
export async function channelTarget(ctx: BotContext, text: string): Promise<ChannelTarget | 'refused' | undefined> {
  const [first = '', ...rest] = text.split(/\s+/u);
  if (ctx.chat?.type !== 'private' || !ctx.from || !CHANNEL_ID.test(first)) return undefined;
  const view = await ctx.services.channels.view(Number(first), ctx.from.id);
  if (view === 'unknown' || view === 'refused') {
    await ctx.replyWith('channel-not-admin');
    return 'refused';
  }
  if (view.state === 'unreachable') {
    await ctx.replyWith('channel-unreachable');
    return 'refused';
  }
  return { chatId: view.channel.chatId, title: view.channel.title ?? first, chat: view.channel, text: rest.join(' ') };
}

/** The chat a settings command is for, and its words: the chat it was sent in, or a channel named first. */
export interface CommandTarget {
  chatId: number;
  /** The chat's record (undefined for a chat that has not started the bot, when that is allowed). */
  chat: Subscriber | undefined;
  text: string;
  channel: ChannelTarget | undefined;
}

/**
 * Where /watch, /mute and /unmute act: a channel named by its id (see channelTarget), else the chat
 * itself, which must have started the bot when `registered` is asked for. Undefined after a reply
 * that says why it cannot.
 */
export async function commandTarget(ctx: BotContext, options: { registered: boolean }): Promise<CommandTarget | undefined> {
  const text = ctx.match?.toString().trim() ?? '';
  const channel = await channelTarget(ctx, text);
  if (channel === 'refused') return undefined;
  if (channel) return { chatId: channel.chatId, chat: channel.chat, text: channel.text, channel };
  if (options.registered && !ctx.subscriber) {
    await ctx.replyWith('settings-not-registered');
    return undefined;
  }
  return { chatId: ctx.chat!.id, chat: ctx.subscriber, text, channel: undefined };
}

/** Replies with a locale text; for a channel (`/breaking CHANNEL_ID …`), led by the channel's name. */
export async function replyForTarget(ctx: BotContext, target: CommandTarget, key: string, args: TranslateArgs = {}): Promise<void> {
  if (!target.channel) {
    await ctx.replyWith(key, args);
    return;
  }
  // As replyWith does: the words a user typed are escaped, numbers are not.
  const escaped = Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? escapeMarkup(value) : value]),
  );
  const text = `${ctx.t('for-channel', { title: escapeMarkup(target.channel.title) })} ${ctx.t(key, escaped)}`;
  await ctx.reply(text, { parse_mode: 'HTML' });
}
