import { describe, expect, it } from 'vitest';
import { describeSchedule, formatTimeOfDay } from '../../src/schedule/describe.ts';
import { languageForClient } from '../../src/bot/language.ts';

describe('describeSchedule', () => {
  it.each([
    ['0 8 * * *', { kind: 'daily', hour: 8, minute: 0 }],
    ['30 7 * * *', { kind: 'daily', hour: 7, minute: 30 }],
    ['0 15 6 * * *', { kind: 'daily', hour: 6, minute: 15 }],
    ['0 8 * * 1-5', { kind: 'cron', expression: '0 8 * * 1-5' }],
    ['*/10 * * * *', { kind: 'cron', expression: '*/10 * * * *' }],
    ['5 0 8 * * *', { kind: 'cron', expression: '5 0 8 * * *' }],
  ])('%s', (expression, expected) => {
    expect(describeSchedule(expression)).toEqual(expected);
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
