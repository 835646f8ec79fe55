import type { Language } from '../model/language.ts';

/**
 * The gazetteer's vocabulary: the named things of this field — states, their capitals and cities,
 * leaders and ministers, organisations, armed groups and places — each with its names in Arabic,
 * Russian and English. An entity's id is the same in every language, which is what lets a story
 * in one language be recognised in another.
 */
export type EntityKind = 'country' | 'city' | 'person' | 'org' | 'group' | 'place';

export interface EntityEntry {
  /** Stable and language-free: `country:RU`, `city:moscow`, `person:lavrov`, `org:opec`. */
  id: string;
  kind: EntityKind;
  /** A city's or a person's country (`country:RU`): a capital often stands for its state ("Moscow says"). */
  country?: string;
  /** A city that is its country's capital. */
  capital?: boolean;
  /**
   * Names as written in running text, base forms (the matcher adds Russian case endings, Arabic
   * clitics and the article, English plurals and possessives): full names, short names, surnames,
   * acronyms, and for states the adjectives and demonyms ("Russian", "российский", "روسي").
   */
  names: Readonly<Record<Language, readonly string[]>>;
}
