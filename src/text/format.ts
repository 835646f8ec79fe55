import type { Language } from '../model/language.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per (style, language, time zone): building one costs far more than using
 * it, and a scheduled run formats a date for every reader.
 */
function formatter(style: 'day' | 'moment', language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${language}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      style === 'day' ? { dateStyle: 'long', timeZone } : { dateStyle: 'short', timeStyle: 'short', timeZone },
    );
    formatters.set(key, format);
  }
  return format;
}

/** A moment in the reader's locale and the configured time zone, e.g. "29.11.2026, 08:00". */
export function formatDateTime(at: number, language: Language, timeZone: string): string {
  return formatter('moment', language, timeZone).format(at);
}

/** A day in the reader's locale and the configured time zone, e.g. "29 November 2026". */
export function formatDate(at: number, language: Language, timeZone: string): string {
  return formatter('day', language, timeZone).format(at);
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never half an emoji: a lone surrogate is not UTF-8, and Telegram refuses the whole message.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
