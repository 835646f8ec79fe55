import { GrammyError } from 'grammy';
import type { Chat, User } from 'grammy/types';
import type { Subscriber } from '../model/chat.ts';
import type { Language } from '../model/language.ts';
import type { SubscriberStore } from '../store/subscribers.ts';
import type { ChatAdmins } from './chat-admins.ts';
import { languageForClient } from './language.ts';

/** A channel as its panel shows it: receiving briefings, paused by its administrators, or out of the bot's reach. */
export type ChannelState = 'on' | 'paused' | 'unreachable';

export interface ChannelView {
  channel: Subscriber;
  state: ChannelState;
}

/** Administrator lookups /channels makes at once: Telegram answers each quickly, but not hundreds together. */
const LOOKUPS_AT_ONCE = 8;

/**
 * The channels the bot posts briefings in, and who may manage them. Only a channel's
 * administrators (asked of Telegram, remembered for a minute) see and change its settings. A
 * channel the bot can no longer post in cannot be asked about: only the administrator who
 * connected it sees it, as unreachable, and nobody changes it until the bot may post again.
 */
export class ChannelDesk {
  constructor(
    private readonly subscribers: SubscriberStore,
    private readonly admins: ChatAdmins,
    private readonly defaultLanguage: Language,
  ) {}

  /** The language a user reads in: their own chat's saved choice, else their client's, else DEFAULT_LANGUAGE. */
  languageOf(user: User): Language {
    return this.subscribers.get(user.id)?.language ?? languageForClient(user.language_code, this.defaultLanguage);
  }

  /**
   * The bot may now post in the channel: a new one is registered and subscribed in the language of
   * the administrator who made it possible; a known one comes back with the settings it had.
   */
  connect(channel: Chat.ChannelChat, by: User): { subscriber: Subscriber; created: boolean } {
    const identity = {
      chatId: channel.id,
      userId: by.id,
      chatType: 'channel',
      firstName: by.first_name,
      username: by.username ?? null,
      title: channel.title,
    };
    return this.subscribers.connect(identity, this.languageOf(by));
  }

  /** The channels this user may manage (and those they connected that the bot cannot reach), by title. */
  async channelsOf(userId: number): Promise<ChannelView[]> {
    const channels = this.subscribers.channels();
    const views: ChannelView[] = [];
    for (let start = 0; start < channels.length; start += LOOKUPS_AT_ONCE) {
      const batch = await Promise.all(channels.slice(start, start + LOOKUPS_AT_ONCE).map((channel) => this.viewFor(channel, userId)));
      for (const view of batch) if (view) views.push(view);
    }
    return views;
  }

  /** One channel, if this user may see it: `unknown` for an id that is no channel of ours, `refused` for anyone else's. */
  async view(channelId: number, userId: number): Promise<ChannelView | 'unknown' | 'refused'> {
    const channel = this.subscribers.get(channelId);
    if (!channel || channel.chatType !== 'channel') return 'unknown';
    return (await this.viewFor(channel, userId)) ?? 'refused';
  }

  private async viewFor(channel: Subscriber, userId: number): Promise<ChannelView | undefined> {
    const unreachable = channel.userId === userId ? { channel, state: 'unreachable' as const } : undefined;
    if (!channel.active) return unreachable;
    try {
      if (!(await this.admins.isAdmin(channel.chatId, userId))) return undefined;
    } catch (error) {
      // Telegram refuses to say (the bot is no longer an administrator there): it cannot post either.
      if (error instanceof GrammyError) return unreachable;
      throw error;
    }
    return { channel, state: channel.subscribed ? 'on' : 'paused' };
  }
}
