/**
 * Escapes the four characters that are special in HTML and XML text and in double-quoted
 * attributes: &, <, > and ". These are also the only named entities Telegram's HTML knows, so the
 * one function serves Telegram messages, sanitised article HTML and repaired feed XML.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/** Escapes the characters that are special in a regular expression, to match the text literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
