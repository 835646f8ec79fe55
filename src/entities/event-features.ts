import type { Language } from '../model/language.ts';
import { LANGUAGES } from '../model/language.ts';
import { cachedWordTokens } from '../text/tokens.ts';
import { weekdaysIn } from '../text/weekdays.ts';
import { CONCEPT_WORDS, type Concept } from './concepts.ts';
import { entityKind, entityMatcher } from './gazetteer.ts';
import { NameMatcher, wordsOf } from './name-matcher.ts';
import { numbersIn } from './numbers.ts';

/**
 * What a report says happened, in terms that do not depend on its language: who and where (the
 * gazetteer's entity ids), what kind of event (concepts.ts), and the particulars that tell one
 * occasion from another (numbers, weekdays). Two reports in different languages are compared
 * through these alone (same-event.ts). Kept as plain sorted arrays, so they store as JSON.
 */
export interface EventFeatures {
  language: Language;
  /** Entity ids named in the headline, and in headline and lead together. */
  headlineEntities: string[];
  entities: string[];
  concepts: Concept[];
  /** Numbers written in digits (normalised: "1,000", "1 000" and "١٠٠٠" are "1000"; "2,5" is "2.5"), years left out. */
  numbers: string[];
  headlineNumbers: string[];
  /** Weekdays named (0 = Monday). */
  weekdays: number[];
}

export function eventFeatures(headline: string, lead: string, language: Language): EventFeatures {
  const entities = entityMatcher(language);
  const concepts = conceptMatcher(language);
  const found = [headline, lead].map((text, k) => {
    const words = wordsOf(text);
    // A dateline's city is where the agency files from, not where the event is: "LONDON (Reuters) -".
    const dateline = k === 1 ? datelineWords(text) : 0;
    const names = entities.findIn(words).filter((name) => name.start >= dateline || entityKind(name.id) !== 'city');
    // The words of a name say who, not what happened: "Red Cross" is no border crossing.
    for (const name of names) words.words.fill('', name.start, name.start + name.length);
    return { entities: names.map((name) => name.id), concepts: concepts.findIn(words).map((match) => match.id) };
  });
  const headlineNumbers = numbersIn(headline, language);
  return {
    language,
    headlineEntities: sorted(found[0]!.entities),
    entities: sorted([...found[0]!.entities, ...found[1]!.entities]),
    concepts: sorted([...found[0]!.concepts, ...found[1]!.concepts]),
    numbers: sorted([...headlineNumbers, ...numbersIn(lead, language)]),
    headlineNumbers,
    weekdays: [...weekdaysIn([...cachedWordTokens(headline), ...cachedWordTokens(lead)], language)].sort((a, b) => a - b),
  };
}

/**
 * Where a dateline ends: the agency's mark after a place and a date ("МОСКВА, 7 декабря. /ТАСС/.",
 * "LONDON, Oct 4 (Reuters) -", "الرياض 4 أكتوبر (واس) --", "Москва. 14 октября. INTERFAX.RU -"),
 * within the lead's first characters. The number of words before it, or 0 when the lead has none.
 */
const DATELINE_MARK = /\(|\/|--|—|–|\s-\s|:/u;
const DATELINE_REACH = 60;
const MAX_DATELINE_WORDS = 6;

function datelineWords(lead: string): number {
  const mark = DATELINE_MARK.exec(lead.slice(0, DATELINE_REACH));
  if (!mark) return 0;
  const words = wordsOf(lead.slice(0, mark.index)).words.length;
  return words <= MAX_DATELINE_WORDS ? words : 0;
}

function sorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

let conceptMatchers: Record<Language, NameMatcher<Concept>> | undefined;
function conceptMatcher(language: Language): NameMatcher<Concept> {
  conceptMatchers ??= Object.fromEntries(
    LANGUAGES.map((lang) => {
      const names = (Object.entries(CONCEPT_WORDS) as [Concept, Record<Language, readonly string[]>][]).flatMap(([id, words]) =>
        words[lang].map((text) => ({ id, text })),
      );
      return [lang, new NameMatcher(names, lang)];
    }),
  ) as Record<Language, NameMatcher<Concept>>;
  return conceptMatchers[language];
}
