import type { Logger } from 'pino';
import { htmlToPlainText } from '../briefing/plain-text.ts';
import { cutAtSentence, TELEGRAM_MESSAGE_LIMIT } from '../briefing/split.ts';
import type { OutboxMessage, Outcome } from '../store/outbox-records.ts';
import { transientDelayMs, type SendFailure } from './send-error.ts';
import type { SenderEvent } from './sender.ts';

/** Transient errors in a row (no success between) that mean Telegram or the network is down, not one message's bad luck. */
const OUTAGE_STREAK = 3;

/** What a failure may change in the sender beside the message's outcome. */
export interface SenderControls {
  /** All sending waits until `until` (a later pause already set stays). */
  pauseAll(until: number): void;
  /** The global bucket is emptied: Telegram counted more sends than it allows. */
  drainBucket(now: number): void;
  /** Only this chat's messages wait until `until`. */
  holdChat(chatId: number, until: number): void;
  /** Telegram said the chat is gone (blocked, deactivated, not found). */
  onBlocked(chatId: number, reason: string): void;
  /** The chat's forum topic is gone or closed: its messages go to the General topic from now on. */
  onThreadGone(chatId: number): void;
  /** The group became a supergroup: its record, settings and queue move to the new id. */
  onMigrated(fromChatId: number, toChatId: number): void;
  emit(event: SenderEvent): void;
}

export interface FailurePolicyOptions {
  /** 5xx and network errors: tried this many times in all, then failed. */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  logger: Logger;
}

/**
 * What a failed send becomes. 429 pauses (all sending for a private chat, where the per-chat pace
 * rules out a per-chat limit; only that chat for a group) and the message goes again; 5xx and
 * network errors back off, and several in a row pause everything as an outage; 403 and "chat not
 * found" deactivate the chat and drop its queue; a forum topic that is gone sends the chat's
 * messages to its General topic, and a group that became a supergroup moves to its new id (the
 * message goes again at once, either way); HTML that Telegram refuses is logged and queued again as
 * plain text; any other refusal fails the message.
 */
export class FailurePolicy {
  /** Transient failures since the last success. */
  private transientStreak = 0;

  constructor(
    private readonly options: FailurePolicyOptions,
    private readonly controls: SenderControls,
  ) {}

  /** A send went through: whatever was down is up again. */
  succeeded(): void {
    this.transientStreak = 0;
  }

  /** The outcome to record for `message`, whose send failed with `failure` at `now`. */
  outcomeOf(message: OutboxMessage, failure: SendFailure, now: number): Outcome {
    const log = this.options.logger.child({
      outbox_id: message.id,
      chat_id: message.chatId,
      run_id: message.runId,
      attempt: message.attempts + 1,
    });
    switch (failure.kind) {
      case 'flood': {
        const until = now + failure.retryAfterSeconds * 1000;
        this.controls.emit({ type: 'flood', retryAfterSeconds: failure.retryAfterSeconds });
        if (message.chatId > 0) {
          this.controls.pauseAll(until);
          this.controls.drainBucket(now);
          log.warn({ retryAfter: failure.retryAfterSeconds }, 'Telegram asked to slow down: all sending paused');
        } else {
          this.controls.holdChat(message.chatId, until);
          log.warn({ retryAfter: failure.retryAfterSeconds }, 'Telegram asked to slow down in this group: its messages wait');
        }
        return { type: 'retry', id: message.id, at: until, error: failure.reason, refund: true };
      }
      case 'blocked':
        log.info({ reason: failure.reason }, 'chat unreachable: subscriber deactivated, its queue dropped');
        this.controls.onBlocked(message.chatId, failure.reason);
        this.controls.emit({ type: 'blocked', kind: message.kind });
        return { type: 'blocked', id: message.id, chatId: message.chatId };
      case 'thread-gone':
        // Nothing is lost: the message goes again at once, to the General topic, and so do the next.
        log.warn({ reason: failure.reason, thread_id: message.threadId }, "forum topic gone or closed: this chat's messages go to General");
        this.controls.onThreadGone(message.chatId);
        return { type: 'retry', id: message.id, at: now, error: failure.reason, refund: true };
      case 'migrated':
        log.info({ to_chat_id: failure.toChatId }, 'group upgraded to a supergroup: its record and queue move to the new id');
        this.controls.onMigrated(message.chatId, failure.toChatId);
        return { type: 'retry', id: message.id, at: now, error: failure.reason, refund: true };
      case 'unrenderable':
        return this.asPlainText(message, failure, log);
      case 'transient':
        return this.afterTransient(message, failure, now, log);
      case 'rejected':
        log.error({ reason: failure.reason }, 'Telegram refused the message');
        this.controls.emit({ type: 'failed', kind: message.kind, reason: 'rejected' });
        return { type: 'failed', id: message.id, error: failure.reason };
    }
  }

  private afterTransient(message: OutboxMessage, failure: SendFailure, now: number, log: Logger): Outcome {
    const { maxAttempts, retryBaseMs, retryMaxMs } = this.options;
    this.transientStreak += 1;
    if (this.transientStreak >= OUTAGE_STREAK) {
      // Several sends in a row failed: Telegram or the network is down. Everything waits, and
      // the attempt is not counted, so an outage of minutes fails no message for good.
      const pause = transientDelayMs(this.transientStreak - OUTAGE_STREAK + 1, retryBaseMs, retryMaxMs);
      this.controls.pauseAll(now + pause);
      log.warn(
        { reason: failure.reason, streak: this.transientStreak, pauseMs: pause },
        'Telegram or the network looks down: all sending paused',
      );
      return { type: 'retry', id: message.id, at: now + pause, error: failure.reason, refund: true };
    }
    const attempt = message.attempts + 1;
    if (attempt >= maxAttempts) {
      log.error({ reason: failure.reason }, 'send failed for good after repeated errors');
      this.controls.emit({ type: 'failed', kind: message.kind, reason: 'retries_exhausted' });
      return { type: 'failed', id: message.id, error: failure.reason };
    }
    const delay = transientDelayMs(attempt, retryBaseMs, retryMaxMs);
    log.warn({ reason: failure.reason, retryInMs: delay }, 'send failed; will retry');
    return { type: 'retry', id: message.id, at: now + delay, error: failure.reason };
  }

  /** Our HTML was refused: a rendering bug, logged with the message; the reader still gets the text. */
  private asPlainText(message: OutboxMessage, failure: SendFailure, log: Logger): Outcome {
    log.error({ reason: failure.reason, text: message.text }, 'Telegram refused our HTML; the message goes again as plain text');
    if (message.parseMode === null) {
      this.controls.emit({ type: 'failed', kind: message.kind, reason: 'unrenderable' });
      return { type: 'failed', id: message.id, error: failure.reason };
    }
    // Queued again as plain text rather than sent from here: it then keeps to the rate, the chat's
    // pace and the shutdown budget like any other message.
    const plain = cutAtSentence(htmlToPlainText(message.text), TELEGRAM_MESSAGE_LIMIT);
    return { type: 'rewrite', id: message.id, text: plain, note: `sent as plain text: ${failure.reason}` };
  }
}
