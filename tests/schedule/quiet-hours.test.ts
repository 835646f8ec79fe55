import { describe, expect, it } from 'vitest';
import { isQuietMinute, parseQuietHours, quietUntil } from '../../src/schedule/quiet-hours.ts';

const at = (iso: string) => Date.parse(iso);

describe('parseQuietHours', () => {
  it('reads HH:MM-HH:MM with any dash and spaces, as minutes of the day', () => {
    expect(parseQuietHours('22:00-07:00')).toEqual({ from: 1320, to: 420 });
    expect(parseQuietHours(' 23:30 – 6:15 ')).toEqual({ from: 1410, to: 375 });
    expect(parseQuietHours('13.00—14.00')).toEqual({ from: 780, to: 840 });
    expect(parseQuietHours('٢٢:٠٠-٠٧:٠٠')).toEqual({ from: 1320, to: 420 });
  });

  it('refuses what is not a range of two real times, or an empty one', () => {
    for (const text of ['', 'tonight', '22:00', '24:00-07:00', '22:60-07:00', '22:00-22:00', '22:00 07:00', '22-07'])
      expect(parseQuietHours(text), text).toBeUndefined();
  });
});

describe('isQuietMinute', () => {
  it('takes from inclusive and to exclusive, across midnight too', () => {
    const night = { from: 22 * 60, to: 7 * 60 };
    expect([21 * 60 + 59, 22 * 60, 0, 6 * 60 + 59, 7 * 60].map((minute) => isQuietMinute(night, minute))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const lunch = { from: 13 * 60, to: 14 * 60 };
    expect([12 * 60 + 59, 13 * 60, 14 * 60].map((minute) => isQuietMinute(lunch, minute))).toEqual([false, true, false]);
  });
});

describe('quietUntil', () => {
  it('is the end of the quiet hours around the moment, in the chat’s zone; undefined outside them', () => {
    const night = { from: 22 * 60, to: 7 * 60 };
    // 23:00 in Riyadh (UTC+3) is 20:00 UTC; the hours end at 07:00 Riyadh, 04:00 UTC the next day.
    expect(quietUntil(night, 'Asia/Riyadh', at('2026-03-04T20:00:00Z'))).toBe(at('2026-03-05T04:00:00Z'));
    expect(quietUntil(night, 'Asia/Riyadh', at('2026-03-05T01:00:00Z'))).toBe(at('2026-03-05T04:00:00Z'));
    expect(quietUntil(night, 'Asia/Riyadh', at('2026-03-05T04:00:00Z'))).toBeUndefined();
    expect(quietUntil(night, 'UTC', at('2026-03-05T12:00:00Z'))).toBeUndefined();
  });

  it('ends at the local time on the night the clocks change', () => {
    // Europe/Berlin moves to summer time at 02:00 on 29 March 2026: 07:00 is then 05:00 UTC, not 06:00.
    expect(quietUntil({ from: 22 * 60, to: 7 * 60 }, 'Europe/Berlin', at('2026-03-28T23:00:00Z'))).toBe(at('2026-03-29T05:00:00Z'));
  });
});
