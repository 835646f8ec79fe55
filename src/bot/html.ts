/** Escapes text for Telegram's HTML parse mode: only <, > and & are special outside attributes, " inside them. */
export { escapeMarkup as escapeHtml } from '../text/escape.ts';
