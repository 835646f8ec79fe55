/**
 * Spelling normalisation: the many ways one Arabic or Russian word is written, folded to one form,
 * so that the classifier, story matching and full-text search (index and query alike) agree.
 */

/**
 * Harakat and tanwin (U+064B–U+065F, with hamza above/below as marks), superscript alef (U+0670),
 * Quranic annotation signs (U+06D6–U+06ED), honorific signs (U+0610–U+061A) and the extended-A
 * marks (U+08D3–U+08FF): vowelling a writer may or may not put in, never part of the word.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF]/gu;

/** Tatweel (U+0640) stretches a word on the line (الخـــارجية) and means nothing. */
const TATWEEL = /\u0640/gu;

/**
 * One letter for each group that writers use interchangeably:
 * - alef with hamza above/below, with madda, and alef wasla → bare alef (أمن/امن, إيران/ايران);
 * - taa marbuta → haa, alef maqsura → yaa: both are written either way at the end of a word;
 * - hamza on a waw or yaa seat → the bare seat. Writers drop the hamza far more often than they
 *   move it, and no two common words differ only there; standalone hamza (ء) is kept, since
 *   dropping it would merge words such as سماء and سما;
 * - Persian yeh and keheh (ی ک) → Arabic yaa and kaf: Arabic typed on a Persian keyboard.
 */
const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0629': '\u0647',
  '\u0649': '\u064A',
  '\u0624': '\u0648',
  '\u0626': '\u064A',
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
};
const ARABIC_FOLDED_LETTER = new RegExp(`[${Object.keys(ARABIC_LETTER_FOLDS).join('')}]`, 'gu');

/** Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹) digits: written either way, searched as 0–9. */
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** The Arabic spelling normalisation; other scripts in the text pass through (after NFKC). */
export function normalizeArabic(text: string): string {
  return (
    text
      .normalize('NFKC') // presentation forms (U+FB50–U+FEFF) and lam-alef ligatures → plain letters
      .replace(ARABIC_MARKS, '')
      .replace(TATWEEL, '')
      .replace(ARABIC_FOLDED_LETTER, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter)
      // Both digit blocks start at a code point ending in hex 0, so the low four bits are the value.
      .replace(ARABIC_INDIC_DIGIT, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
  );
}

/**
 * Acute and grave stress marks on Cyrillic letters (ударе́ние) — in dictionaries, textbooks and
 * some news copy — after NFD has split any precomposed stressed letter (ѐ, ѝ).
 */
const CYRILLIC_STRESS_MARKS = /(\p{Script=Cyrillic})[\u0300\u0301]+/gu;

/** The Russian spelling normalisation: lower case, no stress marks, ё written е (as most copy does). */
export function normalizeRussian(text: string): string {
  return text.normalize('NFD').replace(CYRILLIC_STRESS_MARKS, '$1').normalize('NFKC').toLowerCase().replace(/ё/gu, 'е');
}

/** Zero-width joiners, bidi controls, soft hyphens, BOMs: invisible, and they would split words. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A base character and the combining marks that follow it (marks at the very start have no base). */
const BASE_WITH_MARKS = /(^|\P{M})(\p{M}+)/gu;

const LETTER = /\p{L}/u;
const STRIPPED_MARK_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Arabic}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const BREVE = '\u0306';

/**
 * Which combining marks (after NFD) a search token keeps. Latin, Greek and Arabic lose them all
 * (é → e; Arabic vowel signs the table above does not know). Cyrillic keeps only the breve, which
 * makes й and ў letters of their own, and so loses the diaeresis (ё → е) and stress marks. Other
 * scripts (Devanagari, Hebrew…) keep theirs: there the marks are vowels, part of the spelling.
 * A mark on a non-letter (an emoji variation selector, a keycap) goes with its base.
 */
function keptMarks(base: string, marks: string): string {
  if (!LETTER.test(base) || STRIPPED_MARK_SCRIPTS.test(base)) return '';
  if (CYRILLIC.test(base)) return marks.includes(BREVE) ? BREVE : '';
  return marks;
}

/** Anything that is not a letter, a digit or a kept mark: punctuation, symbols, emoji, spaces. */
const NOT_WORD_CHARACTERS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The one form both the full-text index and every query go through: NFKC; Arabic normalisation
 * (on Arabic letters, wherever they are in mixed text); lower case; no accents or stress marks in
 * Latin, Greek and Cyrillic (ё → е, é → e, й kept); punctuation and symbols turned into single
 * spaces, so SQLite FTS5's unicode61 tokenizer sees clean words. Harakat must go before the
 * tokenizer sees the text: unicode61 treats them as separators and would cut words apart.
 *
 * It depends on the characters only, never on a language tag: an article and the query that
 * should find it may be tagged differently (or not at all), and they must still fold alike.
 * Idempotent: foldForSearch(foldForSearch(x)) === foldForSearch(x).
 */
export function foldForSearch(text: string): string {
  return normalizeArabic(text.replace(FORMAT_CHARACTERS, ''))
    .toLowerCase()
    .normalize('NFD')
    .replace(BASE_WITH_MARKS, (_match, base: string, marks: string) => base + keptMarks(base, marks))
    .normalize('NFC')
    .replace(NOT_WORD_CHARACTERS, ' ')
    .trim();
}

/** The shortest remainder worth trying after prefixes: Arabic content words have three radicals or more, a few two. */
const MIN_ARABIC_STEM_LENGTH = 2;

/**
 * Every attachable prefix chain, written as it is after normalisation: conjunction (و ف), then
 * preposition (ب ك ل), then the article (ال); ل + ال is written لل.
 */
export const ARABIC_PREFIXES: readonly string[] = (() => {
  const prefixes = new Set<string>();
  for (const conjunction of ['', '\u0648', '\u0641']) {
    for (const preposition of ['', '\u0628', '\u0643', '\u0644']) {
      for (const article of ['', '\u0627\u0644']) {
        const chain = preposition === '\u0644' && article ? `${conjunction}\u0644\u0644` : conjunction + preposition + article;
        if (chain) prefixes.add(chain);
      }
    }
  }
  return [...prefixes];
})();

/**
 * The forms a normalised Arabic token may stand for once attached prefixes are taken off:
 * والخارجيه → الخارجيه, خارجيه; للخارجيه → الخارجيه, خارجيه. The token itself comes first, then
 * longer forms before shorter. Nothing is stripped for good: a caller keeps a variant only when it
 * is a term it knows, since وزير is not و + زير.
 */
export function arabicPrefixVariants(token: string): string[] {
  const variants = new Set<string>([token]);
  for (const prefix of ARABIC_PREFIXES) {
    if (!token.startsWith(prefix) || token.length - prefix.length < MIN_ARABIC_STEM_LENGTH) continue;
    const stem = token.slice(prefix.length);
    variants.add(stem);
    // لل hides an article: لل + خارجيه is "to the" + خارجيه, so الخارجيه is a reading too.
    if (prefix.endsWith('\u0644\u0644')) variants.add(`\u0627\u0644${stem}`);
  }
  return [...variants].sort((a, b) => (a === token ? -1 : b === token ? 1 : b.length - a.length));
}
