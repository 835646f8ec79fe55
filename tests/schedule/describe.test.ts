import { describe, expect, it } from 'vitest';
import { dailyTimes, formatTimeOfDay, nextCronRun } from '../../src/schedule/describe.ts';
import { languageForClient } from '../../src/bot/language.ts';

describe('dailyTimes', () => {
  it.each([
    ['0 8 * * *', [480]],
    ['30 7 * * *', [450]],
    ['0 15 6 * * *', [375]],
    ['0 8,20 * * *', [480, 1200]],
    ['0,30 9 * * *', [540, 570]],
    ['0 8 * * 1-5', undefined],
    ['*/10 * * * *', undefined],
    ['5 0 8 * * *', undefined],
    ['0 25 * * *', undefined],
  ])('%s', (expression, expected) => {
    expect(dailyTimes(expression)).toEqual(expected);
  });

  it('tells when any cron expression fires next', () => {
    const next = nextCronRun('0 8 * * 1-5', 'UTC')!;
    expect(next).toBeGreaterThan(Date.now());
    expect(new Date(next).getUTCHours()).toBe(8);
    expect([1, 2, 3, 4, 5]).toContain(new Date(next).getUTCDay());
  });

  it('formats the time for the locale', () => {
    expect(formatTimeOfDay(8, 0, 'en')).toBe('08:00');
    expect(formatTimeOfDay(18, 5, 'ru')).toBe('18:05');
    expect(formatTimeOfDay(8, 0, 'ar')).toMatch(/08|٠٨/);
  });
});

describe('languageForClient', () => {
  it.each([
    ['ar', 'ar'],
    ['ru', 'ru'],
    ['en-GB', 'en'],
    ['pt-br', 'ru'],
    ['de', 'ru'],
    [undefined, 'ru'],
  ])('%s -> %s (default ru)', (code, expected) => {
    expect(languageForClient(code, 'ru')).toBe(expected);
  });
});
