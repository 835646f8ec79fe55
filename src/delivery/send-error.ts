import { GrammyError, HttpError } from 'grammy';

/** What a failed send means for the message and the chat. */
export type SendFailure =
  /** 429: wait retry_after seconds, then send again; never dropped. */
  | { kind: 'flood'; retryAfterSeconds: number; reason: string }
  /** 403 (blocked, deactivated, kicked) or "chat not found": the chat is gone until it comes back with /start. */
  | { kind: 'blocked'; reason: string }
  /** Telegram could not take our HTML or its length: our rendering's bug; send the text plain instead. */
  | { kind: 'unrenderable'; reason: string }
  /** 5xx, network error, timeout: retried with back-off, a bounded number of times. */
  | { kind: 'transient'; reason: string }
  /** The forum topic is gone or closed: the chat's messages go to its General topic instead. */
  | { kind: 'thread-gone'; reason: string }
  /** The group became a supergroup with another id: its messages go there. */
  | { kind: 'migrated'; toChatId: number; reason: string }
  /** Any other refusal (a 400 we do not know): retrying would get the same answer. */
  | { kind: 'rejected'; reason: string };

const GONE_400 =
  /chat not found|PEER_ID_INVALID|user not found|have no rights to send|not enough rights to send text|CHAT_WRITE_FORBIDDEN|need administrator rights in the channel chat|CHAT_ADMIN_REQUIRED/i;
/** A forum topic that was deleted or closed (Telegram's wordings for either). */
const THREAD_GONE_400 = /message thread not found|TOPIC_CLOSED|TOPIC_DELETED|TOPIC_ID_INVALID/i;
const UNRENDERABLE_400 =
  /can't parse entities|message is too long|text is too long|unsupported start tag|can't find end tag|entity beginning/i;

/** Sorts an error thrown by a Bot API call (grammY's GrammyError or HttpError, or anything else). */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      const retryAfter = error.parameters.retry_after;
      return { kind: 'flood', retryAfterSeconds: typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter : 1, reason };
    }
    const migratedTo = error.parameters.migrate_to_chat_id;
    if (error.error_code === 400 && typeof migratedTo === 'number') return { kind: 'migrated', toChatId: migratedTo, reason };
    if (error.error_code === 403) return { kind: 'blocked', reason };
    if (error.error_code === 400 && THREAD_GONE_400.test(error.description)) return { kind: 'thread-gone', reason };
    if (error.error_code === 400 && GONE_400.test(error.description)) return { kind: 'blocked', reason };
    if (error.error_code === 400 && UNRENDERABLE_400.test(error.description)) return { kind: 'unrenderable', reason };
    if (error.error_code >= 500 || error.error_code === 420) return { kind: 'transient', reason };
    return { kind: 'rejected', reason };
  }
  if (error instanceof HttpError) return { kind: 'transient', reason: `network: ${describe(error.error) || error.message}` };
  return { kind: 'transient', reason: describe(error) || 'unknown error' };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === 'string' ? error : '';
}

/** Exponential back-off for transient failures: base × 2^(attempt-1), at most `max`, with ±20 % jitter. */
export function transientDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const plain = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}
