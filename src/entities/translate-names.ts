import type { Language } from '../model/language.ts';
import { entityEntry, entityMatcher } from './gazetteer.ts';

/** A name this short is an acronym or a stub that full-text search reads poorly ("US", "РФ"). */
const MIN_SEARCH_NAME = 3;

/**
 * The names a text names, written in another language, for searching that language's articles:
 * "Lavrov Kuwait" in English → "Лавров Кувейт" in Russian. Only the gazetteer's names cross: words
 * that are not names have no counterpart here and are left out. Undefined when the text names none.
 */
export function namesInLanguage(text: string, from: Language, to: Language): string | undefined {
  const names = entityMatcher(from)
    .find(text, { anyCase: true })
    .map((match) => searchName(entityEntry(match.id)?.names[to] ?? []))
    .filter((name): name is string => name !== undefined);
  return names.length > 0 ? [...new Set(names)].join(' ') : undefined;
}

/**
 * The name to search by: the first single word of the entity's names (the gazetteer lists a state's
 * own name before its adjectives, a person's full name then the surname), of at least
 * MIN_SEARCH_NAME letters; else its first name in full. Search matches word forms, not derived
 * words: "الكويت" finds "والكويت", while the adjective "كويتي" would miss the state.
 */
function searchName(names: readonly string[]): string | undefined {
  const single = names.filter((name) => !/\s/u.test(name.trim()));
  return single.find((name) => name.length >= MIN_SEARCH_NAME) ?? names[0];
}
