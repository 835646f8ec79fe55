import type { Context } from 'grammy';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Language } from '../model/language.ts';
import type { SourceChoice } from '../model/story.ts';
import type { LlmDay } from '../store/llm.ts';
import type { Topic } from '../model/topics.ts';
import type { ReaderService } from '../briefing/reader-service.ts';
import type { FeedAdmin } from '../feeds/feed-admin.ts';
import type { BroadcastService } from '../delivery/broadcast.ts';
import type { BotStats } from '../store/stats.ts';
import type { SubscriberStore } from '../store/subscribers.ts';
import type { WatchStore } from '../store/watches.ts';
import type { MuteWord } from '../watch/query.ts';
import type { Subscriber, ChatIdentity } from '../model/chat.ts';
import type { ChatHours } from '../delivery/chat-hours.ts';
import type { ChatAdmins } from './chat-admins.ts';
import type { ChannelDesk } from './channels.ts';
import type { I18n } from './i18n.ts';
import type { Translate, TranslateArgs } from '../model/translate.ts';

/** What the handlers may use: passed in, so tests build a bot with their own database, clock and Telegram. */
export interface BotServices {
  config: Config;
  logger: Logger;
  i18n: I18n;
  subscribers: SubscriberStore;
  /** Each chat's watches, muted words, breaking stories and quiet hours. */
  watches: WatchStore;
  feedAdmin: FeedAdmin;
  reader: ReaderService;
  broadcasts: BroadcastService;
  /** Who administers a group or channel, asked of Telegram and remembered for a minute. */
  chatAdmins: ChatAdmins;
  /** A chat's briefing hours: shown, set, given back to the default. */
  hours: ChatHours;
  /** The channels the bot posts in, and who may manage them (/channels). */
  channels: ChannelDesk;
  /** The figures /stats shows. */
  stats: () => BotStats;
  /** The language model's day and what readers were shown, when LLM_URL is set (/stats). */
  llmStatus?: () => LlmStatus;
  /** A broadcast started or stopped: its progress is reported now rather than at the next tick. */
  onBroadcastChange?: () => void;
  now: () => number;
}

export interface LlmStatus extends LlmDay {
  model: string;
  budgetLeft: number;
  shown: { briefs: number; extractive: number };
}

/** grammY's context, flavoured with the reader's language and our services. */
export interface BotFlavor {
  services: BotServices;
  log: Logger;
  /** The reader's language: their saved choice, else their client's, else DEFAULT_LANGUAGE. */
  lang: Language;
  t: Translate;
  /** The chat's record, when it has one (after /start). */
  subscriber: Subscriber | undefined;
  /** The topics the chat follows; a chat without a record is shown what /start would give it: every topic. */
  followedTopics: readonly Topic[];
  /** Whether the chat reads the other languages' stories too (/sources); a chat without a record: its own only. */
  sources: SourceChoice;
  /** Replies with a locale text as Telegram HTML; string arguments are escaped. Resolves to the message sent. */
  replyWith: (key: string, args?: TranslateArgs, extra?: ReplyExtra) => ReturnType<Context['reply']>;
  /** Who this chat is, for registering it. */
  chatIdentity: () => ChatIdentity | undefined;
  /** The chat's muted words (/mute): its stories are left out of what it reads. */
  muted: () => MuteWord[];
}

export type ReplyExtra = Parameters<Context['reply']>[1];
export type BotContext = Context & BotFlavor;
