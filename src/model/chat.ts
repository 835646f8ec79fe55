import type { Language } from './language.ts';
import type { Topic } from './topics.ts';
import type { SourceChoice } from './story.ts';

/** The kinds of Telegram chat that can subscribe. */
export const CHAT_KINDS = ['private', 'group', 'supergroup', 'channel'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export function isChatKind(value: unknown): value is ChatKind {
  return typeof value === 'string' && (CHAT_KINDS as readonly string[]).includes(value);
}

/** The kinds of chat an admin's broadcast can be aimed at: groups include supergroups. */
export const AUDIENCE_KINDS = ['private', 'group', 'channel'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** The chat types (as Telegram names them) of an audience kind. */
export function chatTypesOf(kind: AudienceKind): ChatKind[] {
  return kind === 'group' ? ['group', 'supergroup'] : [kind];
}

/** A chat's own briefing hours: minutes after local midnight, ascending, in its time zone. */
export interface ChatSchedule {
  times: number[];
  /** An IANA name (`Asia/Riyadh`) or a fixed offset (`UTC+3`). */
  zone: string;
}

/** A chat that receives briefings, with its language, subscription state, topics and hours. */
export interface Subscriber {
  chatId: number;
  /** Who registered a private chat, subscribed a group or connected a channel. */
  userId: number | null;
  chatType: string;
  firstName: string | null;
  username: string | null;
  /** A group's or channel's title. */
  title: string | null;
  language: Language;
  subscribed: boolean;
  active: boolean;
  topics: Topic[];
  /** The forum topic briefings go to; null: the chat itself (a forum's General topic). */
  threadId: number | null;
  /** The chat's own briefing hours; null: the bot's default schedule. */
  schedule: ChatSchedule | null;
  /** 'all': stories that exist only in the other languages reach the chat too (/sources). */
  sources: SourceChoice;
  createdAt: number;
}

/** Who a chat is, as Telegram tells it: what registering the chat records. */
export interface ChatIdentity {
  chatId: number;
  userId: number | null;
  chatType: string;
  firstName: string | null;
  username: string | null;
  /** A group's or channel's title. */
  title?: string | null;
  /** The forum topic a group was subscribed from. */
  threadId?: number | null;
}
