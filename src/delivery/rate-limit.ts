/**
 * A token bucket for the global send rate. The bucket holds at most `burst` tokens, so in any one
 * second at most rate + burst messages leave: with a small burst the bot stays under Telegram's
 * ceiling (about 30 a second) even when SEND_RATE is set close to it.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number,
    now: number,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError('rate must be positive');
    this.tokens = Math.min(1, burst);
    this.updatedAt = now;
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) * this.ratePerSecond) / 1000);
      this.updatedAt = now;
    }
  }

  /** Takes a token when there is one; otherwise says how many ms until there will be. */
  take(now: number): { ok: true } | { ok: false; waitMs: number } {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, waitMs: Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond) };
  }

  /** Spends a token whether or not there is one (a message sent outside the queue); the debt delays the queue. */
  spend(now: number): void {
    this.refill(now);
    this.tokens = Math.max(-this.burst, this.tokens - 1);
  }

  /** Empties the bucket (after Telegram said "too many requests"). */
  drain(now: number): void {
    this.refill(now);
    this.tokens = 0;
  }
}

/** The burst allowed for a rate: 50 ms worth of messages, at least one. */
export function burstFor(ratePerSecond: number): number {
  return Math.max(1, Math.ceil(ratePerSecond / 20));
}

/**
 * When each chat may next be sent to: about one message a second to a private chat, and to a group
 * or channel (negative ids) at most 20 a minute (Telegram's limits), longer after a 429 for that
 * chat. Old entries are pruned so the map stays small.
 */
export class ChatSpacing {
  private readonly nextAt = new Map<number, number>();

  constructor(
    readonly intervalMs: number,
    readonly groupIntervalMs: number = intervalMs,
  ) {}

  /** Records a send to the chat now. */
  sent(chatId: number, now: number): void {
    this.nextAt.set(chatId, now + (chatId < 0 ? this.groupIntervalMs : this.intervalMs));
  }

  /** Holds the chat back until `at`. */
  holdUntil(chatId: number, at: number): void {
    this.nextAt.set(chatId, Math.max(at, this.nextAt.get(chatId) ?? 0));
  }

  /** The chats not allowed yet, pruning those whose time has come. */
  waiting(now: number): Set<number> {
    const waiting = new Set<number>();
    for (const [chatId, at] of this.nextAt) {
      if (at > now) waiting.add(chatId);
      else this.nextAt.delete(chatId);
    }
    return waiting;
  }

  /** The earliest moment a waiting chat frees up, if any waits. */
  earliest(now: number): number | undefined {
    let earliest: number | undefined;
    for (const at of this.nextAt.values()) if (at > now && (earliest === undefined || at < earliest)) earliest = at;
    return earliest;
  }
}

/**
 * A hard cap of `limit` sends in any sliding second, on top of the bucket: the bucket alone lets
 * rate + burst through in some second, which at SEND_RATE=30 would cross Telegram's ceiling.
 * A ring of the last `limit` send times: a send may go once the one `limit` sends ago is a second old.
 */
export class SlidingSecond {
  private readonly times: Float64Array;
  private next = 0;

  constructor(readonly limit: number) {
    this.times = new Float64Array(Math.max(1, Math.floor(limit))).fill(Number.NEGATIVE_INFINITY);
  }

  /** Ms until a send is allowed (0: now). */
  waitMs(now: number): number {
    return Math.max(0, Math.ceil(this.times[this.next]! + 1000 - now));
  }

  record(now: number): void {
    this.times[this.next] = now;
    this.next = (this.next + 1) % this.times.length;
  }
}
