import { createRequire } from 'node:module';
import type { Language } from '../model/language.ts';
import { LANGUAGES } from '../model/language.ts';
import type { EntityEntry, EntityKind } from './entity.ts';
import { COUNTRY_FORMS, NOT_COUNTRY_NAMES } from './names/countries.ts';
import { CITIES } from './names/cities.ts';
import { ORGANISATIONS } from './names/organisations.ts';
import { PEOPLE } from './names/people.ts';
import { PLACES } from './names/places.ts';
import { NameMatcher, type Name } from './name-matcher.ts';
import { wordTokens } from '../text/tokens.ts';

/**
 * Every state's name in the three languages comes from i18n-iso-countries (MIT), used as data: its
 * official and short names. What news text adds (demonyms and adjectives, "Russian", "российский",
 * "روسي") and every other entity is this project's own list, in ./names.
 */
interface CountryNames {
  countries: Record<string, string | string[]>;
}
const require = createRequire(import.meta.url);
const COUNTRY_NAMES: Record<Language, CountryNames> = {
  ar: require('i18n-iso-countries/langs/ar.json') as CountryNames,
  ru: require('i18n-iso-countries/langs/ru.json') as CountryNames,
  en: require('i18n-iso-countries/langs/en.json') as CountryNames,
};

function countryEntries(): EntityEntry[] {
  const dropped = new Set(NOT_COUNTRY_NAMES);
  const codes = Object.keys(COUNTRY_NAMES.en.countries);
  return codes.map((code) => {
    const names = {} as Record<Language, string[]>;
    for (const language of LANGUAGES) {
      const listed = COUNTRY_NAMES[language].countries[code] ?? [];
      const own = [...(Array.isArray(listed) ? listed : [listed]), ...(COUNTRY_FORMS[code]?.[language] ?? [])];
      names[language] = [...new Set(own)].filter((name) => !dropped.has(name));
    }
    return { id: `country:${code}`, kind: 'country', names };
  });
}

/** Every entry of the gazetteer, states first. */
export const ENTITIES: readonly EntityEntry[] = [...countryEntries(), ...CITIES, ...PEOPLE, ...ORGANISATIONS, ...PLACES];

const byId = new Map(ENTITIES.map((entry) => [entry.id, entry]));

export function entityKind(id: string): EntityKind | undefined {
  return byId.get(id)?.kind;
}

/** A city's or person's state, when the gazetteer knows it. */
export function entityCountry(id: string): string | undefined {
  return byId.get(id)?.country;
}

export function entityEntry(id: string): EntityEntry | undefined {
  return byId.get(id);
}

/**
 * Entities that news text cannot tell apart, read as one: "OPEC+" loses its "+" to tokenising and
 * reads as OPEC, so "OPEC Plus" must read as OPEC too, or two reports of one decision would name
 * different bodies.
 */
const SAME_AS: Readonly<Record<string, string>> = { 'org:opec-plus': 'org:opec' };

let matchers: Record<Language, NameMatcher<string>> | undefined;

/** The gazetteer's matcher for a language, built on first use (some thousands of names). */
export function entityMatcher(language: Language): NameMatcher<string> {
  matchers ??= Object.fromEntries(
    LANGUAGES.map((lang) => {
      const names: Name<string>[] = ENTITIES.flatMap((entry) =>
        entry.names[lang].map((text) => ({ id: SAME_AS[entry.id] ?? entry.id, text })),
      );
      return [lang, new NameMatcher(names, lang)];
    }),
  ) as Record<Language, NameMatcher<string>>;
  return matchers[language];
}

/**
 * The entity a short text a user typed names and nothing else ("Лавров", "opec+", "Strait of
 * Hormuz"), in any case, or undefined: a watch that is one name can be followed in every language.
 */
export function entityNamedBy(text: string, language: Language): string | undefined {
  const found = entityMatcher(language).find(text, { anyCase: true });
  const words = wordTokens(text).length;
  return found.length === 1 && found[0]!.start === 0 && found[0]!.length === words ? found[0]!.id : undefined;
}
