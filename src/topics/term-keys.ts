import type { Language } from '../model/language.ts';
import { arabicPrefixVariants } from '../text/fold.ts';
import { cachedStem } from '../text/content-stems.ts';
import { stem } from '../text/stem.ts';
import { wordTokens } from '../text/tokens.ts';

/**
 * How a term's words and an article's words are compared: both sides reduced to a key, so that
 * "Ирана" meets "Иран", "sanctions" meets "sanction" and "بالخليج" meets "الخليج".
 */

/** Arabic suffixes that may follow a known name (الإيرانية, الكويتيين, السوريون); peeled at most twice. */
const ARABIC_SUFFIXES = ['يين', 'يون', 'يه', 'ين', 'ون', 'ات', 'ي', 'ه'];
const MIN_ARABIC_KEY = 2;

/** The Arabic key of a folded word: without the article, so الخليج and خليج are one key. */
function arabicKey(word: string): string {
  return word.startsWith('ال') && word.length - 2 >= MIN_ARABIC_KEY ? word.slice(2) : word;
}

/**
 * Russian case forms of a word given in the nominative. Snowball does not stem a word's forms to one
 * stem (иран → ира but ираном → иран; кувейт → кувейт but кувейте → кув), so a term carries the stems of
 * all its forms, and an article's word matches when its stem is any of them.
 */
function russianForms(word: string): string[] {
  const last = word.at(-1) ?? '';
  const base = word.slice(0, -1);
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last))
    return [word, ...['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'и', 'ей'].map((e) => word + e)];
  if (last === 'а') return [word, ...['ы', 'и', 'е', 'у', 'ой', 'ам', 'ами', 'ах'].map((e) => base + e)];
  if (last === 'я') return [word, ...['и', 'е', 'ю', 'ей', 'ям', 'ях'].map((e) => base + e)];
  if (last === 'ь') return [word, ...['я', 'ю', 'ем', 'е', 'и', 'ей'].map((e) => base + e)];
  if (/(ий|ый|ой)$/.test(word))
    return [word, ...['ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ими'].map((e) => word.slice(0, -2) + e)];
  return [word];
}

/** The keys a term's own word may match (terms are written in their base form). */
export function termWordKeys(word: string, language: Language): string[] {
  if (language === 'ar') return [arabicKey(word)];
  if (language === 'ru' && /\p{Script=Cyrillic}/u.test(word)) return [...new Set(russianForms(word).map((form) => stem(form, 'ru')))];
  return [stem(word, language)];
}

/**
 * Every key an article's word may stand for. Russian and English: one Snowball stem. Arabic: the word
 * with attached prefixes (و ب ل ك ف ال) and then common suffixes peeled off in turn; the matcher keeps
 * a candidate only when it is a known term key, so وزير never becomes و + زير.
 */
export function articleWordKeys(word: string, language: Language): readonly string[] {
  // Every word of every article passes here at ingest, and a day's news repeats its words: the keys
  // are remembered per language (bounded), as content-stems.ts remembers stems.
  const cache = keyCache[language];
  let keys = cache.get(word);
  if (keys === undefined) {
    if (cache.size >= KEY_CACHE_SIZE) cache.clear();
    keys = language === 'ar' ? arabicWordKeys(word) : [cachedStem(word, language)];
    cache.set(word, keys);
  }
  return keys;
}

const KEY_CACHE_SIZE = 200_000;
const keyCache: Record<Language, Map<string, readonly string[]>> = { ar: new Map(), ru: new Map(), en: new Map() };

function arabicWordKeys(word: string): string[] {
  const keys = new Set<string>();
  for (const variant of arabicPrefixVariants(word)) {
    const base = arabicKey(variant);
    keys.add(base);
    for (const once of peelSuffix(base)) {
      keys.add(once);
      for (const twice of peelSuffix(once)) keys.add(twice);
    }
  }
  return [...keys];
}

function peelSuffix(word: string): string[] {
  return ARABIC_SUFFIXES.filter((suffix) => word.endsWith(suffix) && word.length - suffix.length >= MIN_ARABIC_KEY + 1).map((suffix) =>
    word.slice(0, -suffix.length),
  );
}

/** A term as a sequence of words, each with the keys it may match ("مجلس الأمن" → [[مجلس], [امن]]). */
export function termKeys(term: string, language: Language): string[][] {
  return wordTokens(term).map((word) => termWordKeys(word, language));
}
