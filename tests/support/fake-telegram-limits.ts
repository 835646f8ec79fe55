// Telegram-like flood limits for the fake Bot API (off unless a test asks for them): a cap on
// sending calls in any sliding second across all chats, one per chat over a chosen window, and
// one per group, supergroup or channel (Telegram: about 20 messages a minute to one group).
// Past a cap the call is refused with 429 "Too Many Requests: retry after N" and does nothing.
// Only accepted calls fill a window, as with Telegram: a bot that waits out retry_after gets in.
import { ApiError } from './fake-telegram-state.ts';

export interface RateLimitOptions {
  /** most sending calls accepted in any sliding 1000 ms, across all chats (Telegram: about 30) */
  global?: number;
  /** most sending calls to one chat_id accepted in any sliding `windowMs` (Telegram: about 1 a second in a private chat, 20 a minute in a group) */
  perChat?: { count: number; windowMs: number };
  /**
   * most sending calls to one group, supergroup or channel accepted in any sliding `windowMs`
   * (default 60 000): Telegram's FAQ says about 20 a minute. It counts calls whose chat_id is
   * negative or an "@username"; private chats are never under it. Looked at after perChat.
   */
  perGroup?: { count: number; windowMs?: number };
  /**
   * retry_after (seconds) in the 429 answer; default 1. 'auto': the seconds until the window that
   * refused has room again, rounded up (at least 1), as Telegram roughly does.
   */
  retryAfterSeconds?: number | 'auto';
}

/** Which cap refused a call: the global one, the one of the call's chat_id, or its group's. */
export type FloodLimit = 'global' | 'chat' | 'group';

export type Admission = { ok: true; accept: () => void } | { ok: false; limit: FloodLimit; error: ApiError };

export interface FloodRefusals {
  /** calls refused by the global cap */
  global: number;
  /** calls refused by a per-chat cap */
  perChat: number;
  /** calls refused by a per-group cap; present once a perGroup limit has been set */
  perGroup?: number;
  total: number;
}

/**
 * The calls the caps count: those that send or change a message in a chat. Others (getUpdates,
 * getMe, answerCallbackQuery, setMyCommands, sendChatAction, deleteMessage…) are never limited.
 * Names the fake does not implement are answered 404 before the caps are looked at.
 */
export const RATE_LIMITED_METHODS: ReadonlySet<string> = new Set([
  'sendMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'editMessageCaption',
  'editMessageMedia',
  'sendPhoto',
  'sendDocument',
  'sendVideo',
  'sendAnimation',
  'sendAudio',
  'sendVoice',
  'sendVideoNote',
  'sendSticker',
  'sendMediaGroup',
  'sendPoll',
  'sendLocation',
  'sendVenue',
  'sendContact',
  'sendDice',
  'copyMessage',
  'copyMessages',
  'forwardMessage',
  'forwardMessages',
]);

/** Times of the calls accepted in the last `windowMs`, in a ring of `limit` slots: O(1) a call. */
class SlidingWindow {
  private readonly times: Float64Array;
  private head = 0;
  private size = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.times = new Float64Array(limit);
  }

  /** 0 when a call at `now` fits; otherwise the ms until the oldest accepted one leaves the window. */
  waitMs(now: number): number {
    while (this.size > 0 && (this.times[this.head] as number) <= now - this.windowMs) {
      this.head = (this.head + 1) % this.limit;
      this.size--;
    }
    return this.size < this.limit ? 0 : (this.times[this.head] as number) + this.windowMs - now;
  }

  /** Only after waitMs(now) said 0. */
  add(now: number): void {
    this.times[(this.head + this.size) % this.limit] = now;
    this.size++;
  }
}

function positiveInteger(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`rateLimit.${what} must be a positive integer, not ${value}`);
  return value;
}

export class FloodLimiter {
  private readonly global: SlidingWindow | undefined;
  private readonly perChat = new Map<string, SlidingWindow>();
  private readonly chatLimit: { count: number; windowMs: number } | undefined;
  private readonly perGroup = new Map<string, SlidingWindow>();
  private readonly groupLimit: { count: number; windowMs: number } | undefined;
  private readonly retryAfter: number | 'auto';

  constructor(opts: RateLimitOptions) {
    if (opts.global !== undefined) this.global = new SlidingWindow(positiveInteger(opts.global, 'global'), 1000);
    if (opts.perChat !== undefined) {
      const { count, windowMs } = opts.perChat;
      if (!(windowMs > 0)) throw new RangeError(`rateLimit.perChat.windowMs must be above 0, not ${windowMs}`);
      this.chatLimit = { count: positiveInteger(count, 'perChat.count'), windowMs };
    }
    if (opts.perGroup !== undefined) {
      const { count, windowMs = 60_000 } = opts.perGroup;
      if (!(windowMs > 0)) throw new RangeError(`rateLimit.perGroup.windowMs must be above 0, not ${windowMs}`);
      this.groupLimit = { count: positiveInteger(count, 'perGroup.count'), windowMs };
    }
    const retry = opts.retryAfterSeconds ?? 1;
    this.retryAfter = retry === 'auto' ? retry : positiveInteger(retry, 'retryAfterSeconds');
  }

  /**
   * undefined for a method the caps do not count. Otherwise either a refusal with
   * the 429 to answer, or `accept`, to call in the same tick once the call has succeeded.
   * The per-chat cap is looked at first, then the per-group one. Calls without a chat_id (inline
   * edits) have only the global cap; chat_id is taken as given, so "@name" and the numeric id are
   * separate chats.
   */
  admit(method: string, params: Record<string, unknown>, now: number): Admission | undefined {
    if (!RATE_LIMITED_METHODS.has(method)) return undefined;
    const key = params.chat_id === undefined ? undefined : String(params.chat_id);
    const chat = this.chatLimit && key !== undefined ? windowFor(this.perChat, key, this.chatLimit) : undefined;
    const chatWait = chat?.waitMs(now) ?? 0;
    if (chatWait > 0) return this.refuse('chat', chatWait);
    const isGroup = key !== undefined && (key.startsWith('-') || key.startsWith('@'));
    const group = this.groupLimit && isGroup ? windowFor(this.perGroup, key, this.groupLimit) : undefined;
    const groupWait = group?.waitMs(now) ?? 0;
    if (groupWait > 0) return this.refuse('group', groupWait);
    const globalWait = this.global?.waitMs(now) ?? 0;
    if (globalWait > 0) return this.refuse('global', globalWait);
    return {
      ok: true,
      accept: () => {
        chat?.add(now);
        group?.add(now);
        this.global?.add(now);
      },
    };
  }

  private refuse(limit: FloodLimit, waitMs: number): Admission {
    const seconds = this.retryAfter === 'auto' ? Math.max(1, Math.ceil(waitMs / 1000)) : this.retryAfter;
    return { ok: false, limit, error: floodError(seconds) };
  }
}

function windowFor(windows: Map<string, SlidingWindow>, key: string, limit: { count: number; windowMs: number }): SlidingWindow {
  let found = windows.get(key);
  if (!found) windows.set(key, (found = new SlidingWindow(limit.count, limit.windowMs)));
  return found;
}

export function floodError(retryAfter: number): ApiError {
  return new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
}
