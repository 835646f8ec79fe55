import { foldForSearch } from './normalize.ts';

/** A word: letters with their marks, and digits inside it ("G20", "2025"). */
const WORD_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The words of a text, folded the way the search index folds them (lower case, Arabic letter forms
 * unified, harakat and accents gone, ё → е), in order. Punctuation and symbols are not words.
 */
export function wordTokens(text: string): string[] {
  return foldForSearch(text).match(WORD_TOKEN) ?? [];
}
