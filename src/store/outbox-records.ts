// The send queue's records: what is queued, what the sender takes, what became of a message.

export type OutboxKind = 'briefing' | 'broadcast' | 'alert';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dropped';

/** A message to queue. It is unique by (kind, run, chat, part): enqueuing the same thing twice is a no-op. */
export interface OutgoingMessage {
  kind: OutboxKind;
  runId: string;
  chatId: number;
  part: number;
  text: string;
  parseMode: 'HTML' | null;
  replyMarkup?: unknown;
  broadcastId?: number;
  /** Recorded in sent_articles, in the same transaction that records the message as sent. */
  articleIds?: readonly number[];
}

/** A queued message as the sender takes it. */
export interface OutboxMessage extends Pick<OutgoingMessage, 'kind' | 'runId' | 'chatId' | 'part' | 'text' | 'parseMode'> {
  id: number;
  replyMarkup: unknown;
  attempts: number;
  /** The forum topic the chat's messages go to now (it may have moved since the message was queued). */
  threadId: number | null;
}

export interface RunCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  /** Dropped because the chat blocked the bot, was deactivated or was not found. */
  blocked: number;
  /** Dropped because the reader unsubscribed before it went out. */
  cancelled: number;
  /** Dropped because an admin stopped the broadcast. */
  stopped: number;
}

/** Why a queued message was dropped; recorded in last_error and counted apart. */
export const DROP_BLOCKED = 'blocked';
export const DROP_UNSUBSCRIBED = 'unsubscribed';
export const DROP_STOPPED = 'stopped';

/** What became of one message. */
export type Outcome =
  | { type: 'sent'; id: number; messageId: number }
  | { type: 'retry'; id: number; at: number; error: string; refund?: boolean }
  | { type: 'failed'; id: number; error: string }
  /** Telegram refused our HTML: the message goes again as this plain text. */
  | { type: 'rewrite'; id: number; text: string; note: string }
  | { type: 'blocked'; id: number; chatId: number };
