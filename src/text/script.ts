/**
 * Which writing system a letter belongs to, and which letters of a script belong to which language.
 * Language detection and normalisation both lean on these sets, so they are defined once here.
 */

export type Script = 'arabic' | 'cyrillic' | 'latin' | 'other';

export const SCRIPTS: readonly Script[] = ['arabic', 'cyrillic', 'latin', 'other'];

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** A run of letters and the marks attached to them: one word, as detection counts words. */
export const WORD = /[\p{L}\p{M}]+/gu;

/** The script of one character that is a letter (callers filter with `\p{L}` first). */
export function scriptOfLetter(letter: string): Script {
  if (ARABIC_LETTER.test(letter)) return 'arabic';
  if (CYRILLIC_LETTER.test(letter)) return 'cyrillic';
  if (LATIN_LETTER.test(letter)) return 'latin';
  return 'other';
}

export type ScriptCounts = Record<Script, number>;

/** How many letters of each script the text holds (digits, marks and punctuation are not letters). */
export function countLettersByScript(text: string): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, cyrillic: 0, latin: 0, other: 0 };
  for (const match of text.matchAll(/\p{L}/gu)) counts[scriptOfLetter(match[0])]++;
  return counts;
}

/** The script with the most letters, or undefined when there are none; ties go to the earlier script. */
export function dominantScript(counts: ScriptCounts): Script | undefined {
  let best: Script | undefined;
  for (const script of SCRIPTS) {
    if (counts[script] > 0 && (best === undefined || counts[script] > counts[best])) best = script;
  }
  return best;
}

/**
 * The 28 letters of the Arabic alphabet plus hamza and its carriers, taa marbuta and alef maqsura
 * (U+0621–U+063A, U+0641–U+064A), and alef wasla. Any other Arabic-script letter is one that
 * Persian, Urdu, Pashto, Kurdish or Sindhi add.
 */
export function isArabicAlphabetLetter(letter: string): boolean {
  const code = letter.codePointAt(0) ?? 0;
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || code === 0x0671;
}

/**
 * Do-chashmi heh (ھ) is left out of the "not Arabic" letters although Arabic orthography has no
 * use for it: several Gulf and Egyptian sites set initial heh with it, so it says nothing.
 */
export const AMBIGUOUS_ARABIC_SCRIPT_LETTERS = new Set(['\u06BE']);

/** Letters the Arabic alphabet has and Persian and Urdu replace (ی for ي and ى, ک for ك, ہ/ۃ for ة). */
export const ARABIC_ONLY_LETTERS = new Set(['\u064A', '\u0643', '\u0649', '\u0629']);

/**
 * An Arabic-script letter that Arabic itself does not write: evidence of Persian, Urdu and their kin.
 * Quranic annotation marks are Arabic script too, but not letters.
 */
export function isNonArabicArabicScriptLetter(char: string): boolean {
  return LETTER.test(char) && ARABIC_LETTER.test(char) && !isArabicAlphabetLetter(char) && !AMBIGUOUS_ARABIC_SCRIPT_LETTERS.has(char);
}

/** Extended Arabic-Indic digits ۰–۹ (U+06F0–U+06F9): Persian and Urdu numerals, never Arabic ones. */
export const EXTENDED_ARABIC_INDIC_DIGIT = /[\u06F0-\u06F9]/gu;

/** The Russian alphabet, lower case; any other Cyrillic letter belongs to another language. */
export function isRussianLetter(lowerCaseLetter: string): boolean {
  return /[а-яё]/u.test(lowerCaseLetter);
}
