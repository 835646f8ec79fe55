import { isLanguage, type Language } from '../model/language.ts';
import { isTopic, type Topic } from '../model/topics.ts';
import type { TopicChoice } from '../store/subscribers.ts';
import { resolveTopic } from '../topics/resolve.ts';
import { SOURCE_CHOICES, type SourceChoice } from '../model/story.ts';

/** Telegram refuses callback data longer than this many bytes (UTF-8). */
export const CALLBACK_DATA_LIMIT = 64;

/**
 * One kind of inline button: how its callback data is written and read, in one place. The wire
 * format never changes: buttons already in readers' chats must keep working after a restart, and
 * every value a button carries is in its data (no server-side state).
 */
export interface ButtonKind<T> {
  /** Matches every callback data of this kind, well-formed or not: what a handler registers. */
  readonly trigger: RegExp;
  encode(value: T): string;
  /** The value, or undefined for data that is malformed, forged or truncated. */
  decode(data: string): T | undefined;
}

/** Numbers travel in base 36; eleven digits hold every safe integer. */
const BASE36 = /^[0-9a-z]{1,11}$/;

function toBase36(value: number, what: string): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative safe integer, not ${value}`);
  return value.toString(36);
}

function fromBase36(text: string | undefined): number | undefined {
  if (text === undefined || !BASE36.test(text)) return undefined;
  const value = parseInt(text, 36);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A decimal number of at most `digits` digits (counts and offsets, small by nature). */
function toDecimal(value: number, digits: number, what: string): string {
  if (!Number.isInteger(value) || value < 0 || value >= 10 ** digits)
    throw new RangeError(`${what} must be an integer from 0 to ${10 ** digits - 1}, not ${value}`);
  return String(value);
}

function fromDecimal(text: string | undefined, digits: number): number | undefined {
  return text !== undefined && new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : undefined;
}

/** The fields after the prefix, or undefined when the data is of another kind. */
function fields(data: string, prefix: string): string[] | undefined {
  return data.startsWith(prefix) ? data.slice(prefix.length).split(':') : undefined;
}

/** `topic:gulf` — a /topic button: show this topic's latest stories. */
export const topicButtons: ButtonKind<Topic> = {
  trigger: /^topic:/,
  encode: (topic) => `topic:${topic}`,
  decode(data) {
    const [word, ...rest] = fields(data, 'topic:') ?? [];
    // Any lower-case word the topic resolver knows, as the first buttons were read.
    return word !== undefined && rest.length === 0 && /^[a-z]+$/.test(word) ? resolveTopic(word) : undefined;
  },
};

const isTopicChoice = (value: string | undefined): value is TopicChoice => value === 'all' || value === 'none' || isTopic(value);

/** `tp:gulf`, `tp:all`, `tp:none` — a /topics toggle. */
export const topicToggleButtons: ButtonKind<TopicChoice> = {
  trigger: /^tp:/,
  encode: (choice) => `tp:${choice}`,
  decode(data) {
    if (!data.startsWith('tp:')) return undefined;
    const choice = data.slice('tp:'.length);
    return isTopicChoice(choice) ? choice : undefined;
  },
};

/** `lang:ar` — a /language button. */
export const languageButtons: ButtonKind<Language> = {
  trigger: /^lang:/,
  encode: (language) => `lang:${language}`,
  decode(data) {
    const [code, ...rest] = fields(data, 'lang:') ?? [];
    return rest.length === 0 && isLanguage(code) ? code : undefined;
  },
};

/** A chat id in base 36, with its sign: a channel's is -100 followed by up to 13 digits. */
const CHAT_ID = /^-?[0-9a-z]{1,11}$/;

function toChatId(chatId: number): string {
  if (!Number.isSafeInteger(chatId)) throw new RangeError(`a chat id must be a safe integer, not ${chatId}`);
  return chatId.toString(36);
}

function fromChatId(text: string | undefined): number | undefined {
  if (text === undefined || !CHAT_ID.test(text)) return undefined;
  const value = parseInt(text, 36);
  return Number.isSafeInteger(value) && value !== 0 ? value : undefined;
}

/** The presses that name only a channel: its panel, its topics, its hours, its alerts, pause, resume. */
const CHANNEL_VIEWS = ['open', 'topics', 'hours', 'alerts', 'pause', 'resume'] as const;
type ChannelViewAction = (typeof CHANNEL_VIEWS)[number];

/**
 * A press in /channels: the list, a channel's panel, or a change to that channel. Each names the
 * channel, so the press is checked against who administers it, whoever sent the message.
 */
export type ChannelPress =
  | { action: 'list' }
  | { [A in ChannelViewAction]: { action: A; channelId: number } }[ChannelViewAction]
  | { action: 'language'; channelId: number; language: Language }
  | { action: 'topic'; channelId: number; choice: TopicChoice }
  /** One daily time (minutes after midnight) or back to the default hours. */
  | { action: 'hour'; channelId: number; choice: { minute: number } | 'default' }
  | { action: 'breaking'; channelId: number; on: boolean }
  /** The channel reads every language's stories (/sources all) or its own only. */
  | { action: 'sources'; channelId: number; on: boolean }
  /** Quiet hours at night (CHANNEL_QUIET_NIGHT) or none. */
  | { action: 'quiet'; channelId: number; on: boolean }
  | { action: 'unwatch'; channelId: number; watchId: number };

// prettier-ignore
const CHANNEL_TAGS = {
  open: 'o', topics: 't', hours: 'h', alerts: 'a', pause: 'p', resume: 'r', language: 'g', topic: 'x', hour: 'm',
  breaking: 'b', quiet: 'q', unwatch: 'u', sources: 's',
} as const;

/** `ch:list`, `ch:o:-9uwot6m097`, `ch:g:-9uwot6m097:ar`, `ch:x:-9uwot6m097:palestine`: 26 bytes at most. */
export const channelButtons: ButtonKind<ChannelPress> = {
  trigger: /^ch:/,
  encode(press) {
    if (press.action === 'list') return 'ch:list';
    const head = `ch:${CHANNEL_TAGS[press.action]}:${toChatId(press.channelId)}`;
    if (press.action === 'language') return `${head}:${press.language}`;
    if (press.action === 'topic') return `${head}:${press.choice}`;
    if (press.action === 'hour')
      return `${head}:${press.choice === 'default' ? 'd' : toDecimal(press.choice.minute, 4, 'a minute of the day')}`;
    if (press.action === 'breaking' || press.action === 'quiet' || press.action === 'sources') return `${head}:${press.on ? '1' : '0'}`;
    if (press.action === 'unwatch') return `${head}:${toBase36(press.watchId, 'a watch id')}`;
    return head;
  },
  decode(data): ChannelPress | undefined {
    const parts = fields(data, 'ch:');
    if (!parts) return undefined;
    if (parts.length === 1 && parts[0] === 'list') return { action: 'list' };
    const [tag, id, value, ...rest] = parts;
    const channelId = fromChatId(id);
    if (channelId === undefined || rest.length > 0) return undefined;
    if (tag === CHANNEL_TAGS.language) return isLanguage(value) ? { action: 'language', channelId, language: value } : undefined;
    if (tag === CHANNEL_TAGS.topic) return isTopicChoice(value) ? { action: 'topic', channelId, choice: value } : undefined;
    if (tag === CHANNEL_TAGS.hour) {
      if (value === 'd') return { action: 'hour', channelId, choice: 'default' };
      const minute = fromDecimal(value, 4);
      return minute !== undefined && minute < 24 * 60 ? { action: 'hour', channelId, choice: { minute } } : undefined;
    }
    if (tag === CHANNEL_TAGS.breaking || tag === CHANNEL_TAGS.quiet || tag === CHANNEL_TAGS.sources) {
      if (value !== '1' && value !== '0') return undefined;
      const action = tag === CHANNEL_TAGS.breaking ? 'breaking' : tag === CHANNEL_TAGS.quiet ? 'quiet' : 'sources';
      return { action, channelId, on: value === '1' };
    }
    if (tag === CHANNEL_TAGS.unwatch) {
      const watchId = fromBase36(value);
      return watchId === undefined ? undefined : { action: 'unwatch', channelId, watchId };
    }
    const action = CHANNEL_VIEWS.find((view) => CHANNEL_TAGS[view] === tag);
    return action !== undefined && value === undefined ? { action, channelId } : undefined;
  },
};

/** A /schedule button: one daily time (minutes after midnight), back to the default hours, or off. */
export type ScheduleChoice = { minute: number } | 'default' | 'off';

/** `sch:480`, `sch:default`, `sch:off` — a /schedule preset. */
export const scheduleButtons: ButtonKind<ScheduleChoice> = {
  trigger: /^sch:/,
  encode: (choice) => `sch:${typeof choice === 'string' ? choice : toDecimal(choice.minute, 4, 'a minute of the day')}`,
  decode(data) {
    const parts = fields(data, 'sch:');
    if (parts?.length !== 1) return undefined;
    const [value] = parts;
    if (value === 'default' || value === 'off') return value;
    const minute = fromDecimal(value, 4);
    return minute !== undefined && minute < 24 * 60 ? { minute } : undefined;
  },
};

/** `uw:1a` — a /watches button: remove the watch with this id (base 36). */
export const unwatchButtons: ButtonKind<number> = {
  trigger: /^uw:/,
  encode: (watchId) => `uw:${toBase36(watchId, 'a watch id')}`,
  decode(data) {
    const parts = fields(data, 'uw:');
    return parts?.length === 1 ? fromBase36(parts[0]) : undefined;
  },
};

/** `src:all`, `src:mine` — a /sources button. */
export const sourcesButtons: ButtonKind<SourceChoice> = {
  trigger: /^src:/,
  encode: (choice) => `src:${choice}`,
  decode(data) {
    const [choice, ...rest] = fields(data, 'src:') ?? [];
    return rest.length === 0 && (SOURCE_CHOICES as readonly (string | undefined)[]).includes(choice) ? (choice as SourceChoice) : undefined;
  },
};

/** What the broadcast buttons do: Send and Cancel under a preview, Stop under the progress. */
export const BROADCAST_BUTTON_ACTIONS = ['send', 'cancel', 'stop'] as const;
export type BroadcastButtonAction = (typeof BROADCAST_BUTTON_ACTIONS)[number];
export interface BroadcastPress {
  action: BroadcastButtonAction;
  /** The broadcast's id. */
  id: number;
}

/** `bc:send:2s` — a broadcast's Send, Cancel or Stop; the id in base 36. */
export const broadcastButtons: ButtonKind<BroadcastPress> = {
  trigger: /^bc:/,
  encode: ({ action, id }) => `bc:${action}:${toBase36(id, 'a broadcast id')}`,
  decode(data) {
    const parts = fields(data, 'bc:');
    if (parts?.length !== 2) return undefined;
    const action = BROADCAST_BUTTON_ACTIONS.find((known) => known === parts[0]);
    const id = fromBase36(parts[1]);
    return action !== undefined && id !== undefined ? { action, id } : undefined;
  },
};

/**
 * A "more" button: everything needed to show the next page. `before` is a time in milliseconds
 * (stories older than it); counts have at most three digits, search offsets at most six.
 */
export type MoreRequest =
  | { kind: 'latest'; count: number; before: number }
  | { kind: 'topic'; topic: Topic; count: number; before: number }
  | { kind: 'search'; searchId: number; offset: number };

const MORE_TAGS = { latest: 'l', topic: 't', search: 's' } as const satisfies Record<MoreRequest['kind'], string>;

/** `more:l:10:mhk3…`, `more:t:gulf:10:mhk3…`, `more:s:1b:10`. */
export function encodeMore(request: MoreRequest): string {
  switch (request.kind) {
    case 'latest':
      return `more:l:${toDecimal(request.count, 3, 'a page size')}:${toBase36(request.before, 'a page start')}`;
    case 'topic':
      return `more:t:${request.topic}:${toDecimal(request.count, 3, 'a page size')}:${toBase36(request.before, 'a page start')}`;
    case 'search':
      return `more:s:${toBase36(request.searchId, 'a search id')}:${toDecimal(request.offset, 6, 'a search offset')}`;
  }
}

/** Parses callback data made by encodeMore; anything else (old, forged, truncated) is undefined. */
export function decodeMore(data: string): MoreRequest | undefined {
  const parts = fields(data, 'more:');
  if (!parts) return undefined;
  const [tag, ...rest] = parts;
  if (tag === MORE_TAGS.latest && rest.length === 2) {
    const count = fromDecimal(rest[0], 3);
    const before = fromBase36(rest[1]);
    return count !== undefined && before !== undefined ? { kind: 'latest', count, before } : undefined;
  }
  if (tag === MORE_TAGS.topic && rest.length === 3) {
    const topic = rest[0];
    const count = fromDecimal(rest[1], 3);
    const before = fromBase36(rest[2]);
    return isTopic(topic) && count !== undefined && before !== undefined ? { kind: 'topic', topic, count, before } : undefined;
  }
  if (tag === MORE_TAGS.search && rest.length === 2) {
    const searchId = fromBase36(rest[0]);
    const offset = fromDecimal(rest[1], 6);
    return searchId !== undefined && offset !== undefined ? { kind: 'search', searchId, offset } : undefined;
  }
  return undefined;
}

export const moreButtons: ButtonKind<MoreRequest> & {
  /** Matches the "more" buttons of these kinds only, well-formed or not: each feature answers its own. */
  triggerFor(...kinds: MoreRequest['kind'][]): RegExp;
} = {
  trigger: /^more:/,
  encode: encodeMore,
  decode: decodeMore,
  triggerFor: (...kinds) => new RegExp(`^more:(?:${kinds.map((kind) => MORE_TAGS[kind]).join('|')}):`),
};
