import { createRequire } from 'node:module';
import type { Language } from '../model/language.ts';
import { foldForSearch } from './fold.ts';

/**
 * Function words per language, from stopwords-iso, folded like every other token so that
 * "إلى" and "الى", "её" and "ее" are the same stopword.
 */
const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  ar: fold(lists.ar ?? []),
  ru: fold(lists.ru ?? []),
  en: fold(lists.en ?? []),
};

function fold(words: string[]): ReadonlySet<string> {
  return new Set(words.map(foldForSearch).filter((word) => word.length > 0 && !word.includes(' ')));
}

/** Whether a folded token (see wordTokens) is a function word of the language. */
export function isStopword(token: string, language: Language): boolean {
  return STOPWORDS[language].has(token);
}
