import type { ChatSchedule } from '../model/chat.ts';
import { instantOf, localClock, parseTimeZone } from './zone.ts';

/** Enough for morning, noon, evening and night; more would be a news ticker, which alerts are for. */
export const MAX_BRIEFING_TIMES = 4;

/** A briefing missed while the bot was down is still worth sending this late, and no later. */
export const MISSED_BRIEFING_GRACE_MS = 6 * 3600_000;

export type ScheduleInput =
  | { ok: true; times: number[]; zone: string | undefined }
  | { ok: false; problem: 'no-times' | 'bad-time' | 'too-many' | 'bad-zone'; input: string };

/** Arabic-Indic and Persian digits, which Arabic keyboards type, read as the ASCII digits they are. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(((digit.codePointAt(0)! - 0x0660) % 0x90) % 10));
}

const TIME = /^(\d{1,2})[:.٫](\d{2})$/;

/**
 * `/schedule`'s argument: times (`07:30`, `7:30`, several separated by commas or spaces) and, last,
 * an optional zone (`Asia/Riyadh`, `UTC+3`). Nothing in it is run as a pattern.
 */
export function parseScheduleInput(text: string): ScheduleInput {
  const words = asciiDigits(text)
    .split(/[\s,،]+/)
    .filter(Boolean);
  let zone: string | undefined;
  const last = words.at(-1);
  if (last !== undefined && !TIME.test(last) && !/^\d/.test(last)) {
    zone = parseTimeZone(last);
    if (!zone) return { ok: false, problem: 'bad-zone', input: last };
    words.pop();
  }
  if (words.length === 0) return { ok: false, problem: 'no-times', input: text.trim() };
  const times = new Set<number>();
  for (const word of words) {
    const match = TIME.exec(word);
    const hour = Number(match?.[1]);
    const minute = Number(match?.[2]);
    if (!match || hour > 23 || minute > 59) return { ok: false, problem: 'bad-time', input: word };
    times.add(hour * 60 + minute);
  }
  if (times.size > MAX_BRIEFING_TIMES) return { ok: false, problem: 'too-many', input: text.trim() };
  return { ok: true, times: [...times].sort((a, b) => a - b), zone };
}

/** "07:30" for a minute of the day. */
export function clockText(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** The first briefing time strictly after `after`. */
export function nextBriefingAt(schedule: ChatSchedule, after: number): number {
  const { day } = localClock(schedule.zone, after);
  let best = Infinity;
  // Yesterday's late times can fall after `after` across a transition; two days ahead always has one.
  for (let offset = -1; offset <= 2 && best === Infinity; offset++) {
    for (const minute of schedule.times) {
      const at = instantOf(schedule.zone, day + offset * 86_400_000, minute);
      if (at > after && at < best) best = at;
    }
  }
  return best;
}

/** The last briefing time at or before `at`. */
export function previousBriefingAt(schedule: ChatSchedule, at: number): number {
  const { day } = localClock(schedule.zone, at);
  let best = -Infinity;
  for (let offset = 1; offset >= -2 && best === -Infinity; offset--) {
    for (const minute of schedule.times) {
      const slot = instantOf(schedule.zone, day + offset * 86_400_000, minute);
      if (slot <= at && slot > best) best = slot;
    }
  }
  return best;
}

/**
 * What to do for a chat whose next briefing was due at `dueAt`, now: send the latest time that has
 * passed if it is less than MISSED_BRIEFING_GRACE_MS late (one briefing, however many times were
 * missed while the bot was down), and when the next one is.
 */
export function briefingDue(schedule: ChatSchedule, dueAt: number, now: number): { send: number | undefined; nextAt: number } {
  if (dueAt > now) return { send: undefined, nextAt: dueAt };
  const latest = previousBriefingAt(schedule, now);
  const send = latest >= dueAt && now - latest < MISSED_BRIEFING_GRACE_MS ? latest : undefined;
  return { send, nextAt: nextBriefingAt(schedule, now) };
}
