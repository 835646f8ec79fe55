import { ARABIC_PREFIXES, foldForSearch } from './fold.ts';
import { stem } from './stem.ts';
import { WORD_TOKEN, wordTokens } from './tokens.ts';
import { commonStart } from './word-finder.ts';

/**
 * What a reader types after /search, turned into an FTS5 MATCH expression over the folded index
 * (see foldForSearch). Pure: no database here.
 *
 * Safety: the reader's text is never spliced into the expression. It is folded and split into words
 * made only of letters, marks and digits, and each word form goes in as a double-quoted FTS5 string,
 * so quotes, AND/OR/NOT/NEAR, `*`, `^`, `:`, brackets and column filters are just text or gone.
 *
 * Word forms: every word of the query must match (AND); each word matches any of its forms (OR).
 */

/** Longer input is a paste, not a query; folding 3,000 characters would be cheap, but nothing past this helps. */
export const MAX_QUERY_CHARS = 300;
/** More words than this only narrow an AND further; each costs index lookups. */
export const MAX_TERMS = 6;
/** No word in the index is longer than this in practice; a longer "word" is noise (a URL, a hash). */
export const MAX_WORD_LENGTH = 40;

/** One query word and the whole index tokens (word forms) it stands for. */
export interface SearchTerm {
  /** The word as folded. */
  word: string;
  /** Its forms, the word itself first. */
  forms: string[];
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** The FTS5 MATCH expression. */
  match: string;
}

/** The parsed query, or undefined when nothing in the text is searchable (only punctuation, emoji, spaces). */
export function parseSearchQuery(text: string): SearchQuery | undefined {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const word of wordTokens(text.slice(0, MAX_QUERY_CHARS))) {
    const term = searchTermOf(word);
    if (seen.has(term.word)) continue;
    seen.add(term.word);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  if (terms.length === 0) return undefined;
  return { terms, match: matchExpression(terms) };
}

/**
 * One folded word (a token of wordTokens) as a query term, exactly as /search makes it: clipped to
 * MAX_WORD_LENGTH, with its forms. For the other readers of a reader's words (watches, mutes).
 */
export function searchTermOf(foldedWord: string): SearchTerm {
  const word = foldedWord.slice(0, MAX_WORD_LENGTH);
  return { word, forms: [...new Set([word, ...formsOf(word)])] };
}

/** The FTS5 MATCH expression for some of a query's terms: all of them must match, each by any of its forms. */
export function matchExpression(terms: readonly SearchTerm[]): string {
  return terms.map(termExpression).join(' AND ');
}

/** Whether a folded word of an article is one of the forms a term stands for. */
export function termMatches(term: SearchTerm, foldedWord: string): boolean {
  return term.forms.includes(foldedWord);
}

/**
 * Counts how many of the query's terms occur in a folded text (the index's copy of a title): a cheap
 * relevance signal. One map lookup per word of the text, since a search scores hundreds of titles.
 */
export function termCounter(query: SearchQuery): (foldedText: string) => number {
  const termOf = new Map<string, number>();
  query.terms.forEach((term, index) => term.forms.forEach((form) => termOf.set(form, index)));
  return (foldedText) => {
    const found = new Set<number>();
    for (const word of foldedText.split(' ')) {
      const index = termOf.get(word);
      if (index !== undefined) found.add(index);
    }
    return found.size;
  };
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

function termExpression(term: SearchTerm): string {
  return term.forms.length === 1 ? quote(term.forms[0]!) : `(${term.forms.map(quote).join(' OR ')})`;
}

/**
 * Word forms are listed as whole tokens rather than as FTS5 prefix queries ("лавров"*): a prefix
 * query makes FTS5 read and merge the whole doclist of every token under the prefix before the first
 * result (60 ms for minist* over a million articles), while a list of tokens is walked lazily, newest
 * first, and stops after the window (3 ms for 45 forms of лавров, 1,000 results).
 */
function formsOf(word: string): string[] {
  if (/\p{Script=Arabic}/u.test(word)) return arabicForms(word);
  if (/\p{Script=Cyrillic}/u.test(word)) return russianForms(word);
  if (/^[a-z]+$/.test(word)) return englishForms(word);
  // Digits, mixed tokens (g20), other scripts: the token as it is.
  return [];
}

/** A shorter base has too many unrelated words among its forms (газ → газа: gas, Gaza). */
const MIN_BASE = 4;

/** Noun, adjective and surname case endings (ё folded to е), added to a base to list its forms. */
const RUSSIAN_ENDINGS = (
  ' а я у ю е и ы о ь й ой ей ом ем ам ям ах ях ами ями ов ев ью ья ьи ия ии ию ией ий иям иями иях ие ' +
  'ый ая ое ые ого его ому ему ым им ую ых их ыми ими'
).split(' ');
/** The endings a typed word may carry, longest first. */
const STRIPPABLE_ENDINGS = RUSSIAN_ENDINGS.filter((ending) => ending.length > 0).sort((a, b) => b.length - a.length);
/** Endings after a consonant that only inflect (переговор-ах, санкци-ями, Пекин-ом); -ов/-ев/-ин are not: surnames end so. */
const OBLIQUE_ENDINGS = new Set(['ами', 'ями', 'ах', 'ях', 'ом', 'ем', 'ым', 'им']);

/**
 * Russian: the base is the word minus its inflectional ending, and its forms are the base with every
 * case ending, so a name typed in the nominative finds its cases (Лавров → Лаврова, Лаврову, Лавровым).
 * - A word ending in a consonant is usually a nominative (Лавров, Иран, министр): the whole word is
 *   the base. Snowball is not used: it takes -ов and -н off (лавров → лавр, иран → ира: лавры, Ирак)
 *   and derivational suffixes too (безопасность → безопасн, whose forms miss безопасности).
 *   Only unambiguous oblique endings (-ами, -ах, -ом…) go, leaving 5 letters or more.
 * - A word ending in a vowel, й or ь loses its longest ending that leaves 4 letters or more
 *   (Лаврова → лавров, Россия → росс, Сирия → сири).
 * - Bases under 4 letters (ЕС, США, газа) give the word alone.
 */
function russianForms(word: string): string[] {
  const vowelFinal = /[аеиоуыэюяйь]$/u.test(word);
  const ending = STRIPPABLE_ENDINGS.find((candidate) => {
    if (!word.endsWith(candidate)) return false;
    const left = word.length - candidate.length;
    return vowelFinal ? left >= MIN_BASE : OBLIQUE_ENDINGS.has(candidate) && left > MIN_BASE;
  });
  const base = ending ? word.slice(0, -ending.length) : word;
  return base.length < MIN_BASE || (vowelFinal && !ending) ? [] : RUSSIAN_ENDINGS.map((suffix) => base + suffix);
}

/**
 * English: the Snowball stem's regular inflections (minister → ministers; talks → talk, talked,
 * talking). A stem in i (policy → polici) stands for y/ies/ied. Three-letter words take -s only
 * (war → wars), shorter ones nothing (un, us).
 */
function englishForms(word: string): string[] {
  const stemmed = stem(word, 'en');
  if (stemmed.endsWith('i') && /(?:y|ies|ied)$/.test(word)) {
    const base = stemmed.slice(0, -1);
    return [`${base}y`, `${base}ies`, `${base}ied`];
  }
  const base = commonStart(word, stemmed);
  if (base.length < MIN_BASE) return word.length === 3 ? [`${word}s`] : [];
  return [`${word}s`, `${word}es`, ...['', 's', 'es', 'e', 'ed', 'ing', 'er', 'ers'].map((ending) => base + ending)];
}

/** Conjunction (و ف), then preposition (ب ك ل), then the article: every chain written before a noun, and none. */
const ARABIC_CLITIC_CHAINS: readonly string[] = ['', ...ARABIC_PREFIXES];

/** A chain that ends in the article (ال, وال, بال, لل…): what a reader may type in front of the word itself. */
const ARABIC_ARTICLE_CHAIN = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;
/** Arabic content words have three radicals or more, a few two (دم, يد). */
const MIN_ARABIC_BASE = 2;

/**
 * Arabic: the index keeps clitics attached (والخارجيه, بالخارجيه, للخارجيه), so the query lists
 * them: the reader's word without any article chain it carries, then that base under every
 * conjunction/preposition/article chain (24 forms). Harakat and alef forms are already folded on
 * both sides. A root letter that looks like a clitic (وزير, لبنان) is never taken off: chains only add.
 */
function arabicForms(word: string): string[] {
  const chain = ARABIC_ARTICLE_CHAIN.exec(word)?.[0];
  const base = chain && word.length - chain.length >= MIN_ARABIC_BASE ? word.slice(chain.length) : word;
  return ARABIC_CLITIC_CHAINS.map((clitics) => clitics + base);
}

const SNIPPET_LENGTH = 160;
/** Context kept before the matched word, so the snippet does not open on it. */
const SNIPPET_LEAD = 40;

/**
 * About SNIPPET_LENGTH characters of the article's own text (not the folded index copy) around the
 * first word any query term matches, cut at spaces, with … where text was left out. Undefined when no
 * word of the text matches (the title did). `foldedText` is foldForSearch(text), when already known.
 */
export function searchSnippet(text: string, query: SearchQuery, foldedText?: string): string | undefined {
  const at = firstMatchIndex(text, query, foldedText);
  if (at === undefined) return undefined;
  let start = Math.max(0, at - SNIPPET_LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || at;
  if (start > at) start = at;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * Where in the original text the first matching word starts. Folding word by word costs a few
 * microseconds a word, so the folded text (the index's copy, when the caller has it) tells which word
 * (the n-th) matches; the n-th original word is then checked, and only if folding changed the word
 * count (a ligature that NFKC spreads into words, a joiner that folding removes) are the original
 * words folded one by one.
 */
function firstMatchIndex(text: string, query: SearchQuery, foldedText: string | undefined): number | undefined {
  const forms = new Set(query.terms.flatMap((term) => term.forms));
  const isMatch = (folded: string) => forms.has(folded);
  const n = (foldedText === undefined ? wordTokens(text) : foldedText.split(' ')).findIndex(isMatch);
  if (n < 0) return undefined;
  const originals = [...text.matchAll(WORD_TOKEN)];
  const guess = originals[n];
  if (guess && isMatch(foldForSearch(guess[0]))) return guess.index;
  return originals.find((word) => isMatch(foldForSearch(word[0])))?.index;
}
