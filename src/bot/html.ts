/** Escapes text for Telegram's HTML parse mode: only <, > and & are special outside attributes, " inside them. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}
