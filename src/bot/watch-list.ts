import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Translate } from '../model/translate.ts';
import { MAX_WATCHES, type Watch } from '../store/watches.ts';
import { escapeMarkup } from '../text/escape.ts';
import { unwatchButtons } from './buttons.ts';

/** Remove buttons on a row, at most: five fit a phone's width. */
const BUTTONS_PER_ROW = 5;

/** A chat's watches as /watches and a channel's panel number them: "1. Lavrov", one a line, escaped. */
export function watchLines(watches: readonly Watch[]): string {
  return watches.map((watch, index) => `${index + 1}. ${escapeMarkup(watch.text)}`).join('\n');
}

/** A ✖ button for each watch, numbered as watchLines numbers them, in rows; `data` is what a press carries. */
export function removeButtonRows(t: Translate, watches: readonly Watch[], data: (watch: Watch) => string): InlineKeyboardButton[][] {
  const buttons = watches.map((watch, index) => ({ text: t('watches-remove-button', { number: index + 1 }), callback_data: data(watch) }));
  const rows: InlineKeyboardButton[][] = [];
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_ROW) rows.push(buttons.slice(start, start + BUTTONS_PER_ROW));
  return rows;
}

/** What /watches shows: the numbered watches with a remove button each, or that there are none. */
export function watchListScreen(t: Translate, watches: readonly Watch[]): { text: string; keyboard: InlineKeyboard } {
  if (watches.length === 0) return { text: t('watches-none'), keyboard: new InlineKeyboard() };
  return {
    text: t('watches-list', { count: watches.length, max: MAX_WATCHES, list: watchLines(watches) }),
    keyboard: InlineKeyboard.from(removeButtonRows(t, watches, (watch) => unwatchButtons.encode(watch.id))),
  };
}
