import { describe, expect, it } from 'vitest';
import {
  briefingDue,
  MISSED_BRIEFING_GRACE_MS,
  nextBriefingAt,
  parseScheduleInput,
  previousBriefingAt,
} from '../../src/schedule/chat-schedule.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseScheduleInput', () => {
  it('reads times and a zone', () => {
    expect(parseScheduleInput('07:30,19:00 Asia/Riyadh')).toEqual({ ok: true, times: [450, 1140], zone: 'Asia/Riyadh' });
    expect(parseScheduleInput('7:30')).toEqual({ ok: true, times: [450], zone: undefined });
    expect(parseScheduleInput('19:00, 07:30 UTC+3')).toEqual({ ok: true, times: [450, 1140], zone: 'UTC+3' });
  });

  it('reads Arabic-Indic digits and the Arabic comma', () => {
    expect(parseScheduleInput('٠٧:٣٠، ١٩:٠٠')).toEqual({ ok: true, times: [450, 1140], zone: undefined });
  });

  it('keeps each time once', () => {
    expect(parseScheduleInput('08:00 08:00')).toEqual({ ok: true, times: [480], zone: undefined });
  });

  it('names what is wrong', () => {
    expect(parseScheduleInput('25:99')).toEqual({ ok: false, problem: 'bad-time', input: '25:99' });
    expect(parseScheduleInput('08:00 Mars/Base')).toEqual({ ok: false, problem: 'bad-zone', input: 'Mars/Base' });
    expect(parseScheduleInput('06:00 09:00 12:00 15:00 18:00')).toMatchObject({ ok: false, problem: 'too-many' });
    expect(parseScheduleInput('Asia/Riyadh')).toMatchObject({ ok: false, problem: 'no-times' });
    expect(parseScheduleInput('8')).toEqual({ ok: false, problem: 'bad-time', input: '8' });
    expect(parseScheduleInput('(a+)+$')).toEqual({ ok: false, problem: 'bad-zone', input: '(a+)+$' });
  });
});

describe('briefing times', () => {
  const riyadh = { times: [450, 1140], zone: 'Asia/Riyadh' };

  it('finds the next and the previous time', () => {
    expect(iso(nextBriefingAt(riyadh, at('2026-03-02T04:00:00Z')))).toBe('2026-03-02T04:30:00.000Z');
    expect(iso(nextBriefingAt(riyadh, at('2026-03-02T04:30:00Z')))).toBe('2026-03-02T16:00:00.000Z');
    expect(iso(nextBriefingAt(riyadh, at('2026-03-02T20:00:00Z')))).toBe('2026-03-03T04:30:00.000Z');
    expect(iso(previousBriefingAt(riyadh, at('2026-03-02T04:30:00Z')))).toBe('2026-03-02T04:30:00.000Z');
    expect(iso(previousBriefingAt(riyadh, at('2026-03-02T04:29:00Z')))).toBe('2026-03-01T16:00:00.000Z');
  });

  it('sends each time once across the night the clocks go back', () => {
    const newYork = { times: [90], zone: 'America/New_York' };
    let next = nextBriefingAt(newYork, at('2026-10-31T12:00:00Z'));
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) {
      sent.push(iso(next));
      next = nextBriefingAt(newYork, next);
    }
    // 01:30 happens twice on 1 November (EDT, then EST): one briefing, at the first.
    expect(sent).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z', '2026-11-03T06:30:00.000Z']);
  });

  it('skips no day across the night the clocks go forward', () => {
    const newYork = { times: [150], zone: 'America/New_York' };
    const first = nextBriefingAt(newYork, at('2026-03-07T12:00:00Z'));
    const second = nextBriefingAt(newYork, first);
    const third = nextBriefingAt(newYork, second);
    expect([iso(first), iso(second), iso(third)]).toEqual([
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
  });
});

describe('briefingDue', () => {
  const utc = { times: [480], zone: 'UTC' };

  it('waits until the time comes', () => {
    expect(briefingDue(utc, at('2026-03-02T08:00:00Z'), at('2026-03-02T07:59:00Z'))).toEqual({
      send: undefined,
      nextAt: at('2026-03-02T08:00:00Z'),
    });
  });

  it('sends at the time and moves to the next day', () => {
    expect(briefingDue(utc, at('2026-03-02T08:00:00Z'), at('2026-03-02T08:00:30Z'))).toEqual({
      send: at('2026-03-02T08:00:00Z'),
      nextAt: at('2026-03-03T08:00:00Z'),
    });
  });

  it('sends a time missed while the bot was down once, when less than six hours late', () => {
    const due = at('2026-03-02T08:00:00Z');
    expect(briefingDue(utc, due, due + MISSED_BRIEFING_GRACE_MS - 60_000).send).toBe(due);
    expect(briefingDue(utc, due, due + MISSED_BRIEFING_GRACE_MS)).toEqual({ send: undefined, nextAt: at('2026-03-03T08:00:00Z') });
  });

  it('sends one briefing, not one per missed time, after days down', () => {
    const result = briefingDue(utc, at('2026-03-02T08:00:00Z'), at('2026-03-05T09:00:00Z'));
    expect(result).toEqual({ send: at('2026-03-05T08:00:00Z'), nextAt: at('2026-03-06T08:00:00Z') });
  });
});
