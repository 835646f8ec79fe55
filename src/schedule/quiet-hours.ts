import { asciiDigits, nextBriefingAt } from './chat-schedule.ts';
import { localClock } from './zone.ts';

/** A chat's quiet hours: minutes after its local midnight; `to` before `from` runs past midnight. */
export interface QuietHours {
  from: number;
  to: number;
}

/** "22:00-07:00" (with a dash of any kind, spaces, Arabic-Indic digits), as minutes; undefined when it is not that. */
export function parseQuietHours(text: string): QuietHours | undefined {
  const match = /^\s*(\d{1,2})[:.٫](\d{2})\s*[-–—]\s*(\d{1,2})[:.٫](\d{2})\s*$/u.exec(asciiDigits(text));
  if (!match) return undefined;
  const [fromHour, fromMinute, toHour, toMinute] = match.slice(1).map(Number) as [number, number, number, number];
  if (fromHour > 23 || toHour > 23 || fromMinute > 59 || toMinute > 59) return undefined;
  const quiet = { from: fromHour * 60 + fromMinute, to: toHour * 60 + toMinute };
  return quiet.from === quiet.to ? undefined : quiet;
}

/** Whether a minute of the day falls in the quiet hours (from inclusive, to exclusive). */
export function isQuietMinute(quiet: QuietHours, minute: number): boolean {
  return quiet.from < quiet.to ? minute >= quiet.from && minute < quiet.to : minute >= quiet.from || minute < quiet.to;
}

/** When the quiet hours around `at` end, in the chat's zone; undefined when `at` is not in them. */
export function quietUntil(quiet: QuietHours, zone: string, at: number): number | undefined {
  if (!isQuietMinute(quiet, localClock(zone, at).minute)) return undefined;
  return nextBriefingAt({ times: [quiet.to], zone }, at);
}
