// Checking query words against an article's folded text in JavaScript, where that gives exactly
// FTS5's answer (src/store/search.ts uses it to recheck a few candidates instead of a long walk).

/**
 * Whether any of the forms is a whole word of a text padded with a space at each end. The forms of a
 * word share a stem at one end (Russian and English endings after it, Arabic clitics before it), so the
 * text is searched for that stem at a word's edge, and only the words found there are compared: a few
 * string searches rather than splitting ~100 words.
 */
export function wordFinder(forms: readonly string[]): (paddedText: string) => boolean {
  const set = new Set(forms);
  const prefix = forms.reduce((common, form) => commonStart(common, form));
  const suffix = forms.reduce((common, form) => commonEnd(common, form));
  if (prefix.length >= suffix.length && prefix.length > 0) {
    const needle = ` ${prefix}`;
    return (text) => {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (set.has(text.slice(at + 1, text.indexOf(' ', at + needle.length)))) return true;
      }
      return false;
    };
  }
  if (suffix.length > 0) {
    const needle = `${suffix} `;
    return (text) => {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (set.has(text.slice(text.lastIndexOf(' ', at) + 1, at + suffix.length))) return true;
      }
      return false;
    };
  }
  return (text) => text.split(' ').some((word) => set.has(word));
}

/** The longest start two words share. */
export function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function commonEnd(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return a.slice(a.length - i);
}

/**
 * Characters that FTS5's unicode61 tokenizer (remove_diacritics 2) keeps as they are, one token per
 * run: 0–9, a–z, Cyrillic а–џ and the Arabic letters (folded text has no capitals, and no punctuation
 * but spaces). In text made only of these and spaces, the tokens are exactly the space-separated
 * words; a test checks each of these characters against the index's tokenizer. Others may be changed
 * or split by it (a breve on a Cyrillic consonant is dropped, Devanagari is cut at its vowel signs),
 * so a row whose text holds them is left to FTS5.
 */
export const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x61, 0x7a],
  [0x430, 0x45f],
  [0x621, 0x64a],
  [0x671, 0x6d3],
];
const PLAIN_CLASS = PLAIN_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('');
const PLAIN_WORD = new RegExp(`^[${PLAIN_CLASS}]+$`, 'u');
export const PLAIN_TEXT = new RegExp(`^[ ${PLAIN_CLASS}]*$`, 'u');

export function isPlainWord(form: string): boolean {
  return PLAIN_WORD.test(form);
}
