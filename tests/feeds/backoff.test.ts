import { describe, expect, it } from 'vitest';
import { BACKOFF, nextPollAfterFailure } from '../../src/feeds/backoff.ts';
import { runLimited } from '../../src/feeds/concurrency.ts';

describe('nextPollAfterFailure', () => {
  const middle = () => 0.5; // no jitter
  it('doubles from the base and stops at the cap', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => nextPollAfterFailure(n, 0, { random: middle }));
    expect(waits.slice(0, 4)).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(Math.max(...waits)).toBe(BACKOFF.capMs);
    expect(waits.at(-1)).toBe(BACKOFF.capMs);
  });

  it('spreads retries by ±20 %', () => {
    expect(nextPollAfterFailure(1, 0, { random: () => 0 })).toBe(4 * 60_000);
    expect(nextPollAfterFailure(1, 0, { random: () => 1 })).toBe(6 * 60_000);
  });

  it('obeys a longer Retry-After, within the cap', () => {
    expect(nextPollAfterFailure(1, 1000, { random: middle, retryAfterMs: 3_600_000 })).toBe(1000 + 3_600_000);
    expect(nextPollAfterFailure(1, 0, { random: middle, retryAfterMs: 60_000 })).toBe(5 * 60_000);
    expect(nextPollAfterFailure(1, 0, { random: middle, retryAfterMs: 48 * 3_600_000 })).toBe(BACKOFF.capMs);
  });
});

describe('runLimited', () => {
  it('keeps to the total and per-key limits and returns results in order, failures included', async () => {
    let active = 0;
    let peak = 0;
    const perKey = new Map<string, number>();
    let peakPerKey = 0;
    const items = Array.from({ length: 30 }, (_, i) => ({ i, host: `h${i % 3}` }));
    const results = await runLimited(
      items,
      (item) => item.host,
      { total: 5, perKey: 2 },
      async (item) => {
        active += 1;
        perKey.set(item.host, (perKey.get(item.host) ?? 0) + 1);
        peak = Math.max(peak, active);
        peakPerKey = Math.max(peakPerKey, perKey.get(item.host)!);
        await new Promise((resolve) => setTimeout(resolve, 2));
        active -= 1;
        perKey.set(item.host, perKey.get(item.host)! - 1);
        if (item.i === 7) throw new Error('seven');
        return item.i * 2;
      },
    );
    expect(peak).toBeLessThanOrEqual(5);
    expect(peakPerKey).toBe(2);
    expect(results).toHaveLength(30);
    expect(results[7]).toMatchObject({ status: 'rejected' });
    expect(results[8]).toEqual({ status: 'fulfilled', value: 16 });
  });

  it('resolves at once for no items', async () => {
    expect(
      await runLimited(
        [],
        () => 'x',
        { total: 1, perKey: 1 },
        async () => 1,
      ),
    ).toEqual([]);
  });
});
