import { describe, expect, it } from 'vitest';
import { burstFor, ChatSpacing, SlidingSecond, TokenBucket } from '../../src/delivery/rate-limit.ts';

/** Sends as fast as the limiters allow over `ms`, on a simulated clock; returns the send times. */
function simulate(rate: number, ms: number): number[] {
  const bucket = new TokenBucket(rate, burstFor(rate), 0);
  const cap = new SlidingSecond(rate);
  const sent: number[] = [];
  for (let now = 0; now < ms;) {
    const wait = cap.waitMs(now);
    if (wait > 0) {
      now += wait;
      continue;
    }
    const token = bucket.take(now);
    if (token.ok) {
      cap.record(now);
      sent.push(now);
    } else now += token.waitMs;
  }
  return sent;
}

function busiestSecond(times: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('send rate limiters', () => {
  it.each([1, 25, 30, 1000])('at %i a second: never more in any sliding second, and the rate is reached', (rate) => {
    const times = simulate(rate, 10_000);
    expect(busiestSecond(times)).toBeLessThanOrEqual(rate);
    expect(times.length / 10).toBeGreaterThanOrEqual(rate * 0.97);
  });

  it('the bucket refills with time, up to its burst, and drains on a 429', () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect(bucket.take(0)).toEqual({ ok: true });
    expect(bucket.take(0)).toEqual({ ok: false, waitMs: 100 });
    expect(bucket.take(10_000)).toEqual({ ok: true });
    expect(bucket.take(10_000)).toEqual({ ok: true });
    expect(bucket.take(10_000).ok).toBe(false);
    bucket.drain(20_000);
    expect(bucket.take(20_000)).toEqual({ ok: false, waitMs: 100 });
  });

  it('messages sent outside the queue (replies) are paid for: the queue waits longer', () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect(bucket.take(1000).ok).toBe(true);
    bucket.spend(1000);
    bucket.spend(1000);
    expect(bucket.take(1000)).toEqual({ ok: false, waitMs: 200 });
    expect(bucket.take(1199).ok).toBe(false);
    expect(bucket.take(1200)).toEqual({ ok: true });
  });

  it('spaces a chat’s messages, holds a chat after its own 429, and forgets chats whose time has come', () => {
    const spacing = new ChatSpacing(1000);
    spacing.sent(1, 0);
    spacing.sent(2, 500);
    expect(spacing.waiting(600)).toEqual(new Set([1, 2]));
    expect(spacing.earliest(600)).toBe(1000);
    expect(spacing.waiting(1000)).toEqual(new Set([2]));
    spacing.holdUntil(2, 5000);
    expect(spacing.waiting(2000)).toEqual(new Set([2]));
    expect(spacing.waiting(5000)).toEqual(new Set());
  });

  it('spaces a group’s or channel’s messages by its own interval: 20 a minute', () => {
    const spacing = new ChatSpacing(1000, 3000);
    spacing.sent(7, 0);
    spacing.sent(-100123, 0);
    expect(spacing.waiting(1000)).toEqual(new Set([-100123]));
    expect(spacing.waiting(2999)).toEqual(new Set([-100123]));
    expect(spacing.waiting(3000)).toEqual(new Set());
  });
});
