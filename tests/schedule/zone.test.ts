import { describe, expect, it } from 'vitest';
import { instantOf, localClock, parseTimeZone, zoneOffsetMinutes } from '../../src/schedule/zone.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseTimeZone', () => {
  it('takes IANA names in any case, in their canonical spelling', () => {
    expect(parseTimeZone('Asia/Riyadh')).toBe('Asia/Riyadh');
    expect(parseTimeZone('asia/riyadh')).toBe('Asia/Riyadh');
    expect(parseTimeZone('Europe/Moscow')).toBe('Europe/Moscow');
    // Three-part names and old aliases are taken too, in the spelling Intl gives them.
    expect(parseTimeZone('America/Argentina/Buenos_Aires')).toMatch(/Buenos_Aires$/);
  });

  it('takes UTC and GMT offsets, with hours or hours and minutes, and a typographic minus', () => {
    expect(parseTimeZone('UTC+3')).toBe('UTC+3');
    expect(parseTimeZone('utc+03:00')).toBe('UTC+3');
    expect(parseTimeZone('GMT-3:30')).toBe('UTC-3:30');
    expect(parseTimeZone('UTC+0530')).toBe('UTC+5:30');
    expect(parseTimeZone('UTC−5')).toBe('UTC-5');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(parseTimeZone('UTC+0')).toBe('UTC');
  });

  it('refuses what is not a zone: unknown names, abbreviations, offsets no one lives in, patterns', () => {
    for (const input of ['Mars/Olympus', 'EST', 'UTC+15', 'UTC-13', 'UTC+3:75', '.*', '(a+)+$', '', 'Riyadh']) {
      expect(parseTimeZone(input), input).toBeUndefined();
    }
  });
});

describe('zone arithmetic', () => {
  it('knows a fixed offset and a zone without daylight saving', () => {
    expect(zoneOffsetMinutes('UTC+5:30', 0)).toBe(330);
    expect(zoneOffsetMinutes('Asia/Riyadh', Date.parse('2026-07-01T00:00:00Z'))).toBe(180);
  });

  it('follows daylight saving', () => {
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-07-15T12:00:00Z'))).toBe(-240);
  });

  it('reads the wall clock', () => {
    expect(localClock('Asia/Riyadh', Date.parse('2026-03-01T22:30:00Z'))).toEqual({ day: day('2026-03-02'), minute: 90 });
  });

  it('turns a wall-clock time into its instant', () => {
    expect(new Date(instantOf('Asia/Riyadh', day('2026-03-02'), 7 * 60 + 30)).toISOString()).toBe('2026-03-02T04:30:00.000Z');
    expect(new Date(instantOf('UTC-3:30', day('2026-03-02'), 0)).toISOString()).toBe('2026-03-02T03:30:00.000Z');
  });

  it('gives the first of a time the clocks go back through', () => {
    // 1 November 2026: New York's clocks go from 02:00 EDT back to 01:00 EST; 01:30 happens twice.
    expect(new Date(instantOf('America/New_York', day('2026-11-01'), 90)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('moves a time the clocks skip to the same distance after the jump', () => {
    // 8 March 2026: New York's clocks go from 02:00 EST to 03:00 EDT; 02:30 does not happen.
    expect(new Date(instantOf('America/New_York', day('2026-03-08'), 150)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});
