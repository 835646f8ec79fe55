import type { Language } from '../config.ts';

/** A moment in the reader's locale and the configured time zone, e.g. "29.11.2026, 08:00". */
export function formatDateTime(at: number, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(at);
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
