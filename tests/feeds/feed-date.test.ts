import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/feed-date.ts';

const iso = (raw: string) => parseFeedDate(raw)?.toISOString();

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 10 Jun 2025 09:00:00 GMT', '2025-06-10T09:00:00.000Z'],
    ['Tue, 10 Jun 2025 09:00:00 +0300', '2025-06-10T06:00:00.000Z'],
    ['Wed, 17 Jan 2018 15:50:00 EST', '2018-01-17T20:50:00.000Z'],
    ['10 Jun 2025 09:00 MSK', '2025-06-10T06:00:00.000Z'],
    ['Tue, 10 Jun 25 09:00:00 GMT+4', '2025-06-10T05:00:00.000Z'],
    ['Tuesday, 10 June 2025 09:00:00 UTC+03:00', '2025-06-10T06:00:00.000Z'],
    ['Tue, 10 Jun 2025 09:00:00 GST', '2025-06-10T05:00:00.000Z'],
    ['2025-06-10T09:00:00Z', '2025-06-10T09:00:00.000Z'],
    ['2025-06-10T09:00:00.52+03:00', '2025-06-10T06:00:00.000Z'],
    ['2019-05-18 10:58:46 +0300', '2019-05-18T07:58:46.000Z'],
    ['2025-06-10', '2025-06-10T00:00:00.000Z'],
  ])('%s', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it('gives undefined for nothing or nonsense', () => {
    expect(parseFeedDate(undefined)).toBeUndefined();
    expect(parseFeedDate('  ')).toBeUndefined();
    expect(parseFeedDate('soon')).toBeUndefined();
    expect(parseFeedDate('2025-13-45')).toBeUndefined();
  });
});
