import { isLanguage, type Language } from '../model/language.ts';
import { isTopic, type Topic } from '../model/topics.ts';
import type { TopicChoice } from '../store/subscribers.ts';
import { resolveTopic } from '../topics/resolve.ts';

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

/** `tp:gulf`, `tp:all`, `tp:none` — a /topics toggle. */
export const topicToggleButtons: ButtonKind<TopicChoice> = {
  trigger: /^tp:/,
  encode: (choice) => `tp:${choice}`,
  decode(data) {
    if (!data.startsWith('tp:')) return undefined;
    const choice = data.slice('tp:'.length);
    return choice === 'all' || choice === 'none' || isTopic(choice) ? choice : undefined;
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
