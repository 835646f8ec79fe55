/**
 * Time zones a chat may choose: an IANA name (`Asia/Riyadh`, any case) or a fixed offset from UTC
 * (`UTC+3`, `GMT-03:30`). Offsets are kept in the form the reader typed them, cleaned (`UTC+3`,
 * `UTC+5:30`): Intl knows only the `Etc/GMT-3` spelling, whose sign is the reverse of what people mean.
 */

/** Offsets people live in run from UTC−12 to UTC+14. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

const FIXED_OFFSET = /^(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** The zone in its canonical spelling, or undefined when it is not a zone. */
export function parseTimeZone(input: string): string | undefined {
  const text = input.trim();
  if (/^(UTC|GMT|Z)$/i.test(text)) return 'UTC';
  const fixed = FIXED_OFFSET.exec(text);
  if (fixed) {
    const [, sign, hours, minutes] = fixed;
    const total = Number(hours) * 60 + Number(minutes ?? 0);
    if (Number(minutes ?? 0) >= 60) return undefined;
    const signed = sign === '+' ? total : -total;
    if (signed < MIN_OFFSET_MINUTES || signed > MAX_OFFSET_MINUTES) return undefined;
    return formatFixedOffset(signed);
  }
  // Names only: Intl also takes abbreviations (EST, which it maps to Panama) that mean different
  // things in different places.
  if (!/^[A-Za-z][A-Za-z_+-]*(\/[A-Za-z0-9_+-]+){1,2}$/.test(text)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatFixedOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
export function zoneOffsetMinutes(zone: string, at: number): number {
  const fixed = FIXED_OFFSET.exec(zone);
  if (fixed) {
    const [, sign, hours, minutes] = fixed;
    const total = Number(hours) * 60 + Number(minutes ?? 0);
    return sign === '+' ? total : -total;
  }
  if (zone === 'UTC') return 0;
  let format = offsetFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const total = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? total : -total;
}

/** The wall clock in a zone at an instant: its calendar day (as a UTC midnight) and minute of the day. */
export function localClock(zone: string, at: number): { day: number; minute: number } {
  const local = at + zoneOffsetMinutes(zone, at) * 60_000;
  const day = Math.floor(local / 86_400_000) * 86_400_000;
  return { day, minute: Math.floor((local - day) / 60_000) };
}

/**
 * The instant at which the zone's clock shows `minute` on `day` (a UTC midnight naming the calendar
 * day). When the clocks go back and that minute happens twice, the first; when they go forward and
 * it never happens, the same distance after the jump (02:30 on a day that skips 02:00–03:00 is 03:30).
 */
export function instantOf(zone: string, day: number, minute: number): number {
  const wall = day + minute * 60_000;
  // At most one transition a day: the offsets a day either side cover both sides of it.
  const before = zoneOffsetMinutes(zone, wall - 86_400_000);
  const after = zoneOffsetMinutes(zone, wall + 86_400_000);
  const candidates = [wall - before * 60_000, wall - after * 60_000].filter((at) => {
    const clock = localClock(zone, at);
    return clock.day === day && clock.minute === minute;
  });
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before * 60_000;
}

/**
 * An instant and an Intl time zone that show the zone's wall clock: the zone itself for an IANA
 * name; for a fixed offset (which Intl cannot take) the instant moved by the offset, shown as UTC.
 */
export function wallClockFor(zone: string, at: number): { at: number; timeZone: string } {
  if (!FIXED_OFFSET.test(zone)) return { at, timeZone: zone };
  return { at: at + zoneOffsetMinutes(zone, at) * 60_000, timeZone: 'UTC' };
}
