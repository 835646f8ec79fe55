import type { Language } from '../model/language.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { cachedWordTokens } from './tokens.ts';

/** A word that carries content: two letters or more, and not a function word of the language. */
export function isContentWord(token: string, language: Language): boolean {
  return token.length >= 2 && !isStopword(token, language);
}

/**
 * Snowball stemming is the largest cost of comparing texts (summaries at ingest, stories on every
 * /latest), and a day's news repeats its words: stems are remembered, per language, in a bounded
 * cache. It only remembers a pure function's results, so nothing observable changes.
 */
const CACHE_SIZE = 200_000;
const stemCache: Record<Language, Map<string, string>> = { ar: new Map(), ru: new Map(), en: new Map() };

export function cachedStem(token: string, language: Language): string {
  const cache = stemCache[language];
  let result = cache.get(token);
  if (result === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    result = stem(token, language);
    cache.set(token, result);
  }
  return result;
}

/** The stems of the content words among folded tokens, in order. */
export function contentStemsOf(tokens: readonly string[], language: Language): string[] {
  const stems: string[] = [];
  for (const token of tokens) if (isContentWord(token, language)) stems.push(cachedStem(token, language));
  return stems;
}

/** The content stems of a text: folded word tokens, stopwords and one-letter tokens dropped, stemmed. */
export function contentStems(text: string, language: Language): string[] {
  return contentStemsOf(cachedWordTokens(text), language);
}
