import { foldForSearch } from './fold.ts';

/**
 * A word: letters with their marks, and digits inside it ("G20", "2025"). Run on original text it
 * finds the same words as wordTokens, with their marks (harakat, tatweel) still on.
 */
export const WORD_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The words of a text, folded the way the search index folds them (lower case, Arabic letter forms
 * unified, harakat and accents gone, ё → е), in order. Punctuation and symbols are not words.
 */
export function wordTokens(text: string): string[] {
  return foldForSearch(text).match(WORD_TOKEN) ?? [];
}

/**
 * wordTokens, a white-space-separated chunk at a time, each chunk's tokens remembered. Folding
 * works character by character and never joins across white space, so the tokens are the same;
 * but foldForSearch costs tens of microseconds per lead and a day's news repeats its words, so
 * this is what keeps grouping 5,000 articles (and summarising and tagging at ingest) well inside
 * their budgets. Bounded, and it only remembers a pure function's results, so nothing observable changes.
 */
const CACHE_SIZE = 200_000;
const foldCache = new Map<string, string[]>();
const WHITE_SPACE = /\s+/u;
export function cachedWordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of text.split(WHITE_SPACE)) {
    if (chunk === '') continue;
    let folded = foldCache.get(chunk);
    if (folded === undefined) {
      if (foldCache.size >= CACHE_SIZE) foldCache.clear();
      folded = wordTokens(chunk);
      foldCache.set(chunk, folded);
    }
    for (const token of folded) tokens.push(token);
  }
  return tokens;
}
