import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FailurePolicy, type SenderControls } from '../../src/delivery/failure-policy.ts';
import type { SendFailure } from '../../src/delivery/send-error.ts';
import type { SenderEvent } from '../../src/delivery/sender.ts';
import type { OutboxMessage } from '../../src/store/outbox-records.ts';

const NOW = 1_000_000;

/** A policy whose levers only write down what they were asked to do. */
function policy(options: { maxAttempts?: number } = {}) {
  const pulled: string[] = [];
  const events: SenderEvent[] = [];
  const controls: SenderControls = {
    pauseAll: (until) => pulled.push(`pause all until +${until - NOW}`),
    drainBucket: () => pulled.push('drain bucket'),
    holdChat: (chatId, until) => pulled.push(`hold ${chatId} until +${until - NOW}`),
    onBlocked: (chatId, reason) => pulled.push(`blocked ${chatId}: ${reason}`),
    onThreadGone: (chatId) => pulled.push(`thread gone ${chatId}`),
    onMigrated: (fromChatId, toChatId) => pulled.push(`migrated ${fromChatId} to ${toChatId}`),
    emit: (event) => events.push(event),
  };
  const failures = new FailurePolicy(
    { maxAttempts: options.maxAttempts ?? 3, retryBaseMs: 1_000, retryMaxMs: 10_000, logger: pino({ level: 'silent' }) },
    controls,
  );
  return { failures, pulled, events };
}

function message(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: 7,
    kind: 'briefing',
    runId: 'r',
    chatId: 42,
    threadId: null,
    part: 0,
    text: '<b>Hello</b> world.',
    parseMode: 'HTML',
    replyMarkup: undefined,
    attempts: 0,
    ...overrides,
  };
}

const transient: SendFailure = { kind: 'transient', reason: '502 Bad Gateway' };

describe('FailurePolicy', () => {
  it('a 429 in a private chat pauses all sending and empties the bucket; in a group only that chat waits', () => {
    const { failures, pulled, events } = policy();
    const flood: SendFailure = { kind: 'flood', retryAfterSeconds: 5, reason: '429 Too Many Requests' };
    expect(failures.outcomeOf(message(), flood, NOW)).toEqual({ type: 'retry', id: 7, at: NOW + 5_000, error: flood.reason, refund: true });
    expect(failures.outcomeOf(message({ chatId: -100 }), flood, NOW)).toEqual({
      type: 'retry',
      id: 7,
      at: NOW + 5_000,
      error: flood.reason,
      refund: true,
    });
    expect(pulled).toEqual(['pause all until +5000', 'drain bucket', 'hold -100 until +5000']);
    expect(events).toEqual([
      { type: 'flood', retryAfterSeconds: 5 },
      { type: 'flood', retryAfterSeconds: 5 },
    ]);
  });

  it('a gone chat is deactivated and its message dropped', () => {
    const { failures, pulled, events } = policy();
    expect(failures.outcomeOf(message(), { kind: 'blocked', reason: '403 Forbidden' }, NOW)).toEqual({
      type: 'blocked',
      id: 7,
      chatId: 42,
    });
    expect(pulled).toEqual(['blocked 42: 403 Forbidden']);
    expect(events).toEqual([{ type: 'blocked', kind: 'briefing' }]);
  });

  it('a forum topic that is gone sends the chat to General and the message goes again at once, attempt refunded', () => {
    const { failures, pulled } = policy();
    const gone: SendFailure = { kind: 'thread-gone', reason: '400 Bad Request: message thread not found' };
    expect(failures.outcomeOf(message({ chatId: -100, threadId: 5 }), gone, NOW)).toEqual({
      type: 'retry',
      id: 7,
      at: NOW,
      error: gone.reason,
      refund: true,
    });
    expect(pulled).toEqual(['thread gone -100']);
  });

  it('a group that became a supergroup moves to its new id and the message goes again at once', () => {
    const { failures, pulled } = policy();
    const migrated: SendFailure = {
      kind: 'migrated',
      toChatId: -1001,
      reason: '400 Bad Request: group chat was upgraded to a supergroup chat',
    };
    expect(failures.outcomeOf(message({ chatId: -42 }), migrated, NOW)).toEqual({
      type: 'retry',
      id: 7,
      at: NOW,
      error: migrated.reason,
      refund: true,
    });
    expect(pulled).toEqual(['migrated -42 to -1001']);
  });

  it('refused HTML goes again as plain text; refused plain text fails', () => {
    const { failures, events } = policy();
    const unrenderable: SendFailure = { kind: 'unrenderable', reason: "400 can't parse entities" };
    expect(failures.outcomeOf(message(), unrenderable, NOW)).toEqual({
      type: 'rewrite',
      id: 7,
      text: 'Hello world.',
      note: `sent as plain text: ${unrenderable.reason}`,
    });
    expect(failures.outcomeOf(message({ parseMode: null }), unrenderable, NOW)).toEqual({
      type: 'failed',
      id: 7,
      error: unrenderable.reason,
    });
    expect(events).toEqual([{ type: 'failed', kind: 'briefing', reason: 'unrenderable' }]);
  });

  it('transient errors back off until the last attempt; a success in between keeps them apart from an outage', () => {
    const { failures, pulled, events } = policy({ maxAttempts: 3 });
    const first = failures.outcomeOf(message({ attempts: 0 }), transient, NOW);
    expect(first).toMatchObject({ type: 'retry', id: 7, error: transient.reason });
    expect(first).not.toHaveProperty('refund');
    failures.succeeded();
    expect(failures.outcomeOf(message({ attempts: 1 }), transient, NOW)).toMatchObject({ type: 'retry' });
    failures.succeeded();
    expect(failures.outcomeOf(message({ attempts: 2 }), transient, NOW)).toEqual({ type: 'failed', id: 7, error: transient.reason });
    expect(events).toEqual([{ type: 'failed', kind: 'briefing', reason: 'retries_exhausted' }]);
    expect(pulled).toEqual([]);
  });

  it('three transient errors in a row are an outage: all sending pauses and the attempt does not count', () => {
    const { failures, pulled, events } = policy({ maxAttempts: 1 });
    failures.outcomeOf(message({ id: 1, attempts: 0 }), transient, NOW);
    failures.outcomeOf(message({ id: 2, attempts: 0 }), transient, NOW);
    const third = failures.outcomeOf(message({ id: 3, attempts: 0 }), transient, NOW);
    expect(third).toMatchObject({ type: 'retry', id: 3, refund: true });
    expect(pulled).toHaveLength(1);
    expect(pulled[0]).toMatch(/^pause all until \+\d+$/);
    expect(events.filter((event) => event.type === 'failed')).toHaveLength(2);
  });

  it('any other refusal fails the message', () => {
    const { failures, events } = policy();
    expect(failures.outcomeOf(message(), { kind: 'rejected', reason: '400 Bad Request: button URL invalid' }, NOW)).toEqual({
      type: 'failed',
      id: 7,
      error: '400 Bad Request: button URL invalid',
    });
    expect(events).toEqual([{ type: 'failed', kind: 'briefing', reason: 'rejected' }]);
  });
});
