import type { Logger } from 'pino';
import type { OutboxStore } from '../store/outbox.ts';
import type { OutboxMessage, Outcome } from '../store/outbox-records.ts';
import { FailurePolicy } from './failure-policy.ts';
import { GroupCommit } from './group-commit.ts';
import { burstFor, ChatSpacing, SlidingSecond, TokenBucket } from './rate-limit.ts';
import { classifySendError } from './send-error.ts';

/** One message as the Bot API takes it. */
export interface SendRequest {
  chatId: number;
  /** A forum topic's thread; null: the chat itself (a forum's General topic). */
  threadId: number | null;
  text: string;
  parseMode: 'HTML' | null;
  replyMarkup: unknown;
}

/** Sends one message and returns Telegram's message_id; throws grammY's errors as they come. */
export type SendFunction = (request: SendRequest) => Promise<number>;

/** What the sender saw, for an observer (metrics); purely informative, it changes nothing. */
export type SenderEvent =
  | { type: 'sent'; kind: OutboxMessage['kind']; asPlainText: boolean }
  /** Given up for good: 5xx/network errors on every attempt, a refusal, or text Telegram would not take even plain. */
  | { type: 'failed'; kind: OutboxMessage['kind']; reason: 'retries_exhausted' | 'rejected' | 'unrenderable' }
  | { type: 'blocked'; kind: OutboxMessage['kind'] }
  /** A 429: the message waits retry_after and goes again. */
  | { type: 'flood'; retryAfterSeconds: number };

export interface SenderOptions {
  outbox: OutboxStore;
  send: SendFunction;
  /** Telegram said the chat is gone (blocked, deactivated, not found): deactivate its subscriber. */
  onBlocked: (chatId: number, reason: string) => void;
  /** The chat's forum topic is gone or closed: send to its General topic from now on. */
  onThreadGone: (chatId: number) => void;
  /** A group became a supergroup: move its record, settings and queue to the new id. */
  onMigrated: (fromChatId: number, toChatId: number) => void;
  /** Called after outcomes are recorded (progress of a broadcast, metrics). */
  onRecorded?: (outcomes: readonly Outcome[]) => void;
  /** Told of every send, final failure, block and 429 as it happens (metrics); must not throw. */
  onEvent?: (event: SenderEvent) => void;
  logger: Logger;
  now?: () => number;
  /** SEND_RATE: most messages a second in all. */
  ratePerSecond: number;
  /** About one message a second to a private chat (Telegram's advice). */
  perChatIntervalMs?: number;
  /** Between two messages to one group or channel: Telegram allows 20 a minute there. */
  groupIntervalMs?: number;
  /** Most sends awaiting Telegram's answer at once: also the most that may repeat after a hard crash. */
  concurrency?: number;
  /** 5xx and network errors: tried this many times in all, then failed. */
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How often an idle sender looks at the queue (messages queued by another process, e.g. the CLI). */
  idlePollMs?: number;
}

/** After a failing loop turn (database busy or failing), the sender waits this long. */
const LOOP_ERROR_PAUSE_MS = 1_000;

/** 20 a minute to a group or channel, evenly spaced, with 0.1 s spare so network jitter never makes a 21st. */
export const GROUP_INTERVAL_MS = 3_100;

const DEFAULTS = {
  perChatIntervalMs: 1_000,
  groupIntervalMs: GROUP_INTERVAL_MS,
  maxAttempts: 5,
  retryBaseMs: 2_000,
  retryMaxMs: 300_000,
  idlePollMs: 2_000,
};

/** Enough concurrent sends to keep the rate up over a real network; few enough that a crash repeats little. */
export function defaultConcurrency(ratePerSecond: number): number {
  return Math.min(32, Math.max(4, Math.ceil(ratePerSecond / 20)));
}

/**
 * The one sender loop of the outbox: takes due messages in order, keeps to the global rate and to
 * about one message a second per chat, and records every outcome; what a failed send becomes (a
 * retry, a pause, a deactivated chat, plain text) is FailurePolicy's to say.
 */
export class OutboxSender {
  private readonly options: Required<Omit<SenderOptions, 'onRecorded' | 'onEvent' | 'now'>> & Pick<SenderOptions, 'onRecorded' | 'onEvent'>;
  private readonly now: () => number;
  private readonly bucket: TokenBucket;
  private readonly cap: SlidingSecond;
  private readonly spacing: ChatSpacing;
  private readonly log: Logger;
  /** message id -> chat id of the sends awaiting an answer (or their outcome's commit). */
  private readonly inFlight = new Map<number, number>();
  private readonly deliveries = new Set<Promise<void>>();
  private pausedUntil = 0;
  private readonly failures: FailurePolicy;
  private stopping = false;
  private loop: Promise<void> | undefined;
  /** The loop's current sleep: ended by wake() when wakeable, by stop() always. */
  private sleeping: { end: () => void; wakeable: boolean } | undefined;
  private readonly commits: GroupCommit;

  constructor(options: SenderOptions) {
    this.options = { ...DEFAULTS, concurrency: defaultConcurrency(options.ratePerSecond), ...options };
    this.now = options.now ?? Date.now;
    this.bucket = new TokenBucket(options.ratePerSecond, burstFor(options.ratePerSecond), this.now());
    this.cap = new SlidingSecond(options.ratePerSecond);
    this.spacing = new ChatSpacing(this.options.perChatIntervalMs, this.options.groupIntervalMs);
    this.log = options.logger.child({ component: 'sender' });
    this.commits = new GroupCommit({
      outbox: options.outbox,
      logger: this.log,
      groupSize: Math.ceil(this.options.concurrency / 2),
      ...(options.onRecorded ? { onRecorded: options.onRecorded } : {}),
    });
    const { maxAttempts, retryBaseMs, retryMaxMs } = this.options;
    this.failures = new FailurePolicy(
      { maxAttempts, retryBaseMs, retryMaxMs, logger: this.log },
      {
        pauseAll: (until) => {
          this.pausedUntil = Math.max(this.pausedUntil, until);
        },
        drainBucket: (now) => this.bucket.drain(now),
        holdChat: (chatId, until) => this.spacing.holdUntil(chatId, until),
        onBlocked: (chatId, reason) => this.options.onBlocked(chatId, reason),
        onThreadGone: (chatId) => this.options.onThreadGone(chatId),
        onMigrated: (fromChatId, toChatId) => this.options.onMigrated(fromChatId, toChatId),
        emit: (event) => this.emit(event),
      },
    );
  }

  /** Starts the loop; messages left 'sending' by a crash go back to the queue first. */
  start(): void {
    if (this.loop) return;
    const recovered = this.options.outbox.recoverInterrupted();
    if (recovered > 0) {
      this.log.warn({ recovered }, 'messages interrupted by a crash are queued again (they may repeat)');
      // The crashed process's last sends still count in Telegram's per-chat and global windows.
      this.pausedUntil = this.now() + Math.max(1_000, this.options.perChatIntervalMs);
    }
    this.loop = this.run().catch((error: unknown) => {
      this.log.fatal({ err: error }, 'sender loop failed');
    });
  }

  /** Something was queued: look now instead of at the next idle poll. */
  wake(): void {
    if (this.sleeping && (this.sleeping.wakeable || this.stopping)) this.sleeping.end();
  }

  /** No new sends; waits for those in flight and records their outcomes. Safe to call twice. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.all([...this.deliveries]);
    this.commits.flush();
  }

  /**
   * A message went out outside the queue (a reply to a reader): it counts towards SEND_RATE, which
   * is the bot's total, so the queue slows down while the bot is busy answering.
   */
  noteDirectSend(): void {
    const now = this.now();
    this.bucket.spend(now);
    this.cap.record(now);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.step();
      } catch (error) {
        // The database was busy or failing: a lost loop would send nothing more, so wait and go on.
        this.log.error({ err: error }, 'sender step failed; trying again shortly');
        await this.sleep(LOOP_ERROR_PAUSE_MS, false);
      }
    }
  }

  /** One turn of the loop: wait for what holds sending back, or take due messages and send them. */
  private async step(): Promise<void> {
    const now = this.now();
    if (this.pausedUntil > now) {
      await this.sleep(this.pausedUntil - now, false);
      return;
    }
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) {
      await this.sleep(this.options.idlePollMs);
      return;
    }
    const skip = this.spacing.waiting(now);
    for (const chatId of this.inFlight.values()) skip.add(chatId);
    const batch = this.options.outbox.due(free, skip);
    if (batch.length === 0) {
      await this.sleep(this.idleWait(now));
      return;
    }
    this.options.outbox.markSending(batch.map((message) => message.id));
    for (const [index, message] of batch.entries()) {
      if (!(await this.takeToken())) {
        // Stopping, or paused by a 429 meanwhile: these go back to the queue untouched.
        this.commits.recordNow(
          batch
            .slice(index)
            .map((m) => ({ type: 'retry', id: m.id, at: Math.max(this.pausedUntil, 0), error: 'not sent yet', refund: true })),
        );
        return;
      }
      this.dispatch(message);
    }
  }

  /** Waits for a token of the global bucket; false when the sender stops or a 429 pauses sending meanwhile. */
  private async takeToken(): Promise<boolean> {
    for (;;) {
      if (this.stopping || this.pausedUntil > this.now()) return false;
      const capWait = this.cap.waitMs(this.now());
      if (capWait > 0) {
        await this.sleep(capWait, false);
        continue;
      }
      const token = this.bucket.take(this.now());
      if (token.ok) {
        this.cap.record(this.now());
        return true;
      }
      await this.sleep(token.waitMs, false);
    }
  }

  private idleWait(now: number): number {
    const candidates = [now + this.options.idlePollMs, this.spacing.earliest(now), this.options.outbox.nextDueAt()];
    const next = Math.min(...candidates.filter((at): at is number => at !== undefined && at > now));
    return Number.isFinite(next) ? Math.max(1, next - now) : this.options.idlePollMs;
  }

  private dispatch(message: OutboxMessage): void {
    this.inFlight.set(message.id, message.chatId);
    this.spacing.sent(message.chatId, this.now());
    const delivery = this.deliver(message).finally(() => {
      this.inFlight.delete(message.id);
      this.deliveries.delete(delivery);
      this.wake();
    });
    this.deliveries.add(delivery);
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    let outcome: Outcome;
    try {
      const messageId = await this.options.send({
        chatId: message.chatId,
        threadId: message.threadId,
        text: message.text,
        parseMode: message.parseMode,
        replyMarkup: message.replyMarkup,
      });
      outcome = { type: 'sent', id: message.id, messageId };
      this.failures.succeeded();
      this.emit({ type: 'sent', kind: message.kind, asPlainText: message.parseMode === null });
    } catch (error) {
      outcome = this.failures.outcomeOf(message, classifySendError(error), this.now());
    }
    await this.commits.add(outcome);
  }

  /** Tells the observer; an observer's bug must never stop or skew the sending. */
  private emit(event: SenderEvent): void {
    if (!this.options.onEvent) return;
    try {
      this.options.onEvent(event);
    } catch (error) {
      this.log.error({ err: error, event: event.type }, 'sender observer failed');
    }
  }

  /** Sleeps ms, or until wake() when `wakeable`, or until stop(). */
  private sleep(ms: number, wakeable = true): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        if (this.sleeping?.end === end) this.sleeping = undefined;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.sleeping = { end, wakeable };
    });
  }
}
