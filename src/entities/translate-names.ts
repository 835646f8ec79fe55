import type { Language } from '../model/language.ts';
import { entityEntry, entityMatcher } from './gazetteer.ts';

/** A name this short is an acronym or a stub that full-text search reads poorly ("US", "РФ"). */
const MIN_SEARCH_NAME = 4;

/**
 * The names a text names, written in another language, for searching that language's articles:
 * "Lavrov Kuwait" in English → "Лавров Кувейт" in Russian. Only the gazetteer's names cross: words
 * that are not names have no counterpart here and are left out. Undefined when the text names none.
 */
export function namesInLanguage(text: string, from: Language, to: Language): string | undefined {
  const names = entityMatcher(from)
    .find(text)
    .map((match) => searchName(entityEntry(match.id)?.names[to] ?? []))
    .filter((name): name is string => name !== undefined);
  return names.length > 0 ? [...new Set(names)].join(' ') : undefined;
}

/**
 * The name to search by: one word if the entity has one (the surname, the short name), the shortest
 * of at least MIN_SEARCH_NAME letters, else the shortest; else its first name in full.
 */
function searchName(names: readonly string[]): string | undefined {
  const single = names.filter((name) => !/\s/u.test(name.trim()));
  const byLength = (a: string, b: string) => a.length - b.length;
  return single.filter((name) => name.length >= MIN_SEARCH_NAME).sort(byLength)[0] ?? [...single].sort(byLength)[0] ?? names[0];
}
