import { stemmer as englishSnowball } from '@orama/stemmers/english';
import { stemmer as russianSnowball } from '@orama/stemmers/russian';
import type { Language } from '../model/language.ts';

/**
 * Arabic light stemming (Larkey's "light10" rules), written here rather than taken from Snowball:
 * Snowball's Arabic stemmer strips root letters it takes for affixes (وزير → زير, فلسطين → لسط),
 * which merges unrelated words. Light stemming only removes the article, attached conjunctions and
 * prepositions, and common plural/feminine/pronoun suffixes, and always leaves at least three letters.
 * Input must already be folded (normalizeArabic/foldForSearch): ة is ه, أ/إ/آ are ا.
 */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const MIN_ARABIC_STEM = 3;

export function stemArabic(word: string): string {
  let stem = word;
  // A leading و (and) goes only when a long enough word remains: وزير, ورقة keep theirs.
  if (stem.startsWith('و') && stem.length >= 4 + 1 && !stem.startsWith('وال')) stem = stem.slice(1);
  for (const prefix of ARABIC_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= MIN_ARABIC_STEM) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_ARABIC_STEM) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/** The stem of one folded word in a language: Snowball for Russian and English, light stemming for Arabic. */
export function stem(word: string, language: Language): string {
  switch (language) {
    case 'ru':
      return /\p{Script=Cyrillic}/u.test(word) ? russianSnowball(word) : word;
    case 'en':
      return /^[a-z]+$/.test(word) ? englishSnowball(word) : word;
    case 'ar':
      return /\p{Script=Arabic}/u.test(word) ? stemArabic(word) : word;
  }
}

/** Stems a word by its own script, whatever the article's language (quotes and names cross languages). */
export function stemAnyScript(word: string): string {
  if (/\p{Script=Arabic}/u.test(word)) return stemArabic(word);
  if (/\p{Script=Cyrillic}/u.test(word)) return russianSnowball(word);
  if (/^[a-z]+$/.test(word)) return englishSnowball(word);
  return word;
}
