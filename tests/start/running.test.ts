import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RunningParts } from '../../src/start/running.ts';

/** A promise with its resolve function outside, to settle it when the test says. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RunningParts', () => {
  it('stops every part at once, waits for their ends, then closes the database, once', async () => {
    const events: string[] = [];
    const running = new RunningParts(() => events.push('close'), pino({ level: 'silent' }));
    const slow = deferred();
    const ended = deferred();
    running.add({ stop: () => (events.push('stop slow'), slow.promise) });
    running.add({ stop: () => (events.push('stop quick'), Promise.resolve()) });
    running.add({ stop: () => (events.push('stop updates'), undefined), ended: ended.promise.then(() => events.push('updates ended')) });

    const first = running.stop('test');
    const second = running.stop('again');
    expect(second).toBe(first);
    await Promise.resolve();
    // Every stop has been asked for while the slow one is still going.
    expect(events).toEqual(['stop slow', 'stop quick', 'stop updates']);
    slow.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(events).not.toContain('close');
    ended.resolve();
    await first;
    expect(events).toEqual(['stop slow', 'stop quick', 'stop updates', 'updates ended', 'close']);
  });

  it('an end that fails does not keep the database open', async () => {
    let closed = false;
    const running = new RunningParts(() => (closed = true), pino({ level: 'silent' }));
    const failed = Promise.reject(new Error('polling failed'));
    failed.catch(() => undefined);
    running.add({ stop: () => undefined, ended: failed });
    await running.stop('polling failed');
    expect(closed).toBe(true);
  });
});
