import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { classifySendError, transientDelayMs } from '../../src/delivery/send-error.ts';

function telegram(code: number, description: string, parameters: Record<string, number> = {}): GrammyError {
  return new GrammyError(`Call to 'sendMessage' failed!`, { ok: false, error_code: code, description, parameters }, 'sendMessage', {});
}

describe('classifySendError', () => {
  it.each([
    [telegram(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), { kind: 'flood', retryAfterSeconds: 7 }],
    [telegram(429, 'Too Many Requests'), { kind: 'flood', retryAfterSeconds: 1 }],
    [telegram(403, 'Forbidden: bot was blocked by the user'), { kind: 'blocked' }],
    [telegram(403, 'Forbidden: user is deactivated'), { kind: 'blocked' }],
    [telegram(403, 'Forbidden: bot was kicked from the group chat'), { kind: 'blocked' }],
    [telegram(400, 'Bad Request: chat not found'), { kind: 'blocked' }],
    [telegram(400, 'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0'), { kind: 'unrenderable' }],
    [telegram(400, 'Bad Request: message is too long'), { kind: 'unrenderable' }],
    [telegram(500, 'Internal Server Error'), { kind: 'transient' }],
    [telegram(502, 'Bad Gateway'), { kind: 'transient' }],
    [telegram(400, 'Bad Request: message text is empty'), { kind: 'rejected' }],
    [telegram(400, 'Bad Request: message thread not found'), { kind: 'thread-gone' }],
    [telegram(400, 'Bad Request: TOPIC_CLOSED'), { kind: 'thread-gone' }],
    [
      telegram(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001 }),
      { kind: 'migrated', toChatId: -1001 },
    ],
    [telegram(403, 'Forbidden: bot is not a member of the channel chat'), { kind: 'blocked' }],
    [telegram(400, 'Bad Request: need administrator rights in the channel chat'), { kind: 'blocked' }],
    [new HttpError('Network request for sendMessage failed!', new Error('socket hang up')), { kind: 'transient' }],
    [new Error('something odd'), { kind: 'transient' }],
  ])('%s', (error, expected) => {
    expect(classifySendError(error)).toMatchObject(expected);
  });

  it('keeps Telegram’s code and words as the reason', () => {
    expect(classifySendError(telegram(403, 'Forbidden: bot was blocked by the user')).reason).toBe(
      '403 Forbidden: bot was blocked by the user',
    );
  });
});

describe('transientDelayMs', () => {
  it('doubles from the base, stops at the maximum, and jitters by at most a fifth', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((attempt) => transientDelayMs(attempt, 1000, 5000, middle))).toEqual([1000, 2000, 4000, 5000]);
    expect(transientDelayMs(1, 1000, 5000, () => 0)).toBe(800);
    expect(transientDelayMs(1, 1000, 5000, () => 0.999_999)).toBe(1200);
  });
});
