/**
 * Dates as feeds write them: RFC 822 (RSS) with the zone names real servers use, ISO 8601
 * (Atom, JSON Feed, dc:date) with or without a `T`, seconds or zone. `Date.parse` alone misreads
 * too many of these (MSK, `GMT+3`, two-digit years, `2019-05-18 10:58:46 +0300`), so the two
 * common shapes are read here and `Date.parse` is only the last resort.
 */

/** Offsets in minutes. RFC 822's US zones, plus zones common in this project's feeds. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  WEST: 60,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  IST: 330,
  JST: 540,
  MSK: 180,
  MSD: 240, // Moscow
  GST: 240, // Gulf Standard Time (UAE, Oman)
};

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/;

/** The instant a feed date names, or undefined when it cannot be read. */
export function parseFeedDate(raw: string | undefined): Date | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const date = parseIso(value) ?? parseRfc822(value) ?? parseFallback(value);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function parseIso(value: string): Date | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const offset = m[7] ? zoneOffset(m[7]) : 0; // no zone: UTC, the only reading that is stable
  return build(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
}

function parseRfc822(value: string): Date | undefined {
  const m = RFC822.exec(value);
  if (!m) return undefined;
  const month = MONTHS[m[2]!.toLowerCase()];
  if (month === undefined) return undefined;
  let year = +m[3]!;
  if (m[3]!.length <= 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(m[7]!.trim());
  if (offset === undefined) return undefined;
  return build(year, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), offset);
}

/** Minutes east of UTC for `+0300`, `+03:00`, `-5`, `GMT+3`, `UTC+03:00`, `MSK`; empty is UTC. */
function zoneOffset(zone: string): number | undefined {
  const cleaned = zone.replace(/\(.*\)/, '').trim();
  if (cleaned === '') return 0;
  const named = /^([A-Za-z]{1,5})$/.exec(cleaned);
  if (named) return ZONES[named[1]!.toUpperCase()] ?? 0; // unknown names and military letters: UTC
  const numeric = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(cleaned);
  if (!numeric) return undefined;
  const minutes = +numeric[2]! * 60 + +(numeric[3] ?? 0);
  return numeric[1] === '-' ? -minutes : minutes;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number | undefined,
): Date | undefined {
  if (offset === undefined || month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  return new Date(Date.UTC(year, month, day, hour, minute, second) - offset * 60_000);
}

function parseFallback(value: string): Date | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
