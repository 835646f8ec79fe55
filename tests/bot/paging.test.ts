import { describe, expect, it } from 'vitest';
import { decodeMore, encodeMore, type MoreRequest } from '../../src/bot/buttons.ts';

describe('more buttons', () => {
  const requests: MoreRequest[] = [
    { kind: 'latest', count: 30, before: Date.parse('2026-11-29T08:00:00Z') },
    { kind: 'topic', topic: 'palestine', count: 10, before: Date.parse('2099-12-31T23:59:59Z') },
    { kind: 'search', searchId: 123_456_789, offset: 990 },
  ];

  it.each(requests)('round-trips %j within 64 bytes', (request) => {
    const data = encodeMore(request);
    expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(64);
    expect(decodeMore(data)).toEqual(request);
  });

  it.each([
    '',
    'more',
    'more:l',
    'more:l:abc:1',
    'more:t:sport:10:1',
    'more:s:zz:-1',
    'more:x:1:1',
    'lang:en',
    `more:l:10:${'9'.repeat(40)}`,
  ])('refuses %j', (data) => {
    expect(decodeMore(data)).toBeUndefined();
  });
});
