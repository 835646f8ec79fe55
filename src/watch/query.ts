import { searchTermOf, type SearchTerm } from '../text/search-query.ts';
import { wordTokens } from '../text/tokens.ts';

/**
 * What a chat types after /watch and /mute, parsed into words with their forms (the forms /search
 * uses, see searchTermOf). Pure. Nothing typed here is ever a pattern: the text is cut at spaces and
 * quotes, and every piece is folded into words made only of letters, marks and digits, so `.*`,
 * `(a+)+$` or `a|b` are at most a few short words.
 *
 * A watch, e.g. `Лавров "Security Council" -Ukraine`:
 * - a space-separated piece is a required word, in any of its forms;
 * - text between quotes (" « » “ ” „, paired in the order they come) is a phrase: its words adjacent,
 *   in order, each in any of its forms; a quoted single word is just a required word;
 * - a piece that folds into several words (Saudi-Iranian, U.S., G-7) is a phrase too: that is how
 *   the article writes it, and what its words are once folded;
 * - a dash at the start of a piece, or right before an opening quote, excludes it (-Ukraine,
 *   -"Security Council"). Dashes alone (-, --, —) are nothing; a dash inside a piece is part of it.
 *
 * Searchable: a word standing alone must fold to MIN_WORD_CHARS or more ("G7", "ЕС", "2231" are
 * fine; "a", the only word of `(a+)+$`, is not and is dropped), a phrase of two words or more always
 * is, whatever their lengths, since adjacency is what makes "U.S." or "G-7" mean something.
 *
 * Everything here is plain data (strings and arrays), so a query goes to SQLite as JSON and comes
 * back equal; parseWatch(query.text) also gives the query again, should word forms change.
 */

/** A watch is a few words, not a paste; the limit is measured on the trimmed text. */
export const MAX_WATCH_CHARS = 100;
/** Required words a watch may hold, phrase words included: each more only narrows what it finds. */
export const MAX_WATCH_WORDS = 8;
/** A word standing alone is searchable from this many characters (after folding): one letter matches far too much. */
export const MIN_WORD_CHARS = 2;
/** A /mute call is a few words, not a paste. */
export const MAX_MUTE_CHARS = 100;
/** Words one /mute call may add. */
export const MAX_MUTE_WORDS = 10;

export type WatchError = 'empty' | 'too-long' | 'unbalanced-quotes' | 'only-exclusions' | 'too-many-words';

/** A phrase: two or more words, adjacent and in this order in the article, each in any of its forms. */
export type WatchPhrase = SearchTerm[];

export interface WatchQuery {
  /** The watch as shown back to the reader: trimmed, white space collapsed, otherwise as typed. */
  text: string;
  /** Words that must all occur, each in any of its forms. */
  words: SearchTerm[];
  /** Phrases that must all occur. */
  phrases: WatchPhrase[];
  /** Words and phrases none of which may occur. */
  excluded: { words: SearchTerm[]; phrases: WatchPhrase[] };
}

/** A muted word: one word, or a piece that folds into several (Al-Qaeda), whose words must then be adjacent. */
export interface MuteWord {
  /** The piece as typed, without the punctuation around it. */
  text: string;
  /** Its words, in order, each with its forms. */
  terms: SearchTerm[];
}

export type WatchParse = { ok: true; query: WatchQuery } | { ok: false; error: WatchError };
export type MuteParse = { ok: true; words: MuteWord[] } | { ok: false; error: WatchError };

/** Straight and typographic double quotes; any of them opens or closes, in turn. */
const QUOTES = new Set(['"', '«', '»', '“', '”', '„']);
/** Hyphen-minus, en and em dash (phones turn -- into —), minus sign. */
const EXCLUDE_MARK = /^[-–—−]+/u;
const ONLY_DASHES = /^[-–—−]+$/u;
const WHITE_SPACE = /\s+/u;

/** One piece of a watch before it is folded: a space-separated piece, or what a pair of quotes holds. */
interface Piece {
  source: string;
  excluded: boolean;
}

export function parseWatch(text: string): WatchParse {
  const trimmed = text.trim();
  if (trimmed.length > MAX_WATCH_CHARS) return { ok: false, error: 'too-long' };
  const segments = splitAtQuotes(trimmed);
  // Segments alternate outside/inside quotes, so an even count means an opening quote never closed.
  if (segments.length % 2 === 0) return { ok: false, error: 'unbalanced-quotes' };

  const query: WatchQuery = { text: trimmed.split(WHITE_SPACE).join(' '), words: [], phrases: [], excluded: { words: [], phrases: [] } };
  const kept: { excluded: boolean; terms: SearchTerm[] }[] = [];
  for (const { source, excluded } of pieces(segments)) {
    const terms = searchableTerms(source);
    if (terms === undefined || kept.some((other) => other.excluded === excluded && sameWords(other.terms, terms))) continue;
    kept.push({ excluded, terms });
    const target = excluded ? query.excluded : query;
    if (terms.length === 1) target.words.push(terms[0]!);
    else target.phrases.push(terms);
  }

  const required = query.words.length + query.phrases.reduce((sum, phrase) => sum + phrase.length, 0);
  if (required > MAX_WATCH_WORDS) return { ok: false, error: 'too-many-words' };
  if (required === 0) {
    const excludes = query.excluded.words.length + query.excluded.phrases.length > 0;
    return { ok: false, error: excludes ? 'only-exclusions' : 'empty' };
  }
  return { ok: true, query };
}

/**
 * /mute's words: every space-separated piece is one muted word (quotes and other punctuation around
 * it are ignored); a piece that folds into several words is muted where they stand together.
 */
export function parseMuteWords(text: string): MuteParse {
  const trimmed = text.trim();
  if (trimmed.length > MAX_MUTE_CHARS) return { ok: false, error: 'too-long' };
  const words: MuteWord[] = [];
  for (const piece of trimmed.split(WHITE_SPACE)) {
    const terms = searchableTerms(piece);
    if (terms === undefined || words.some((word) => sameWords(word.terms, terms))) continue;
    words.push({ text: withoutOuterPunctuation(piece), terms });
  }
  if (words.length > MAX_MUTE_WORDS) return { ok: false, error: 'too-many-words' };
  if (words.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, words };
}

/** The text between quotes, as segments: outside, inside, outside… (an even count: a quote left open). */
function splitAtQuotes(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (const character of text) {
    if (QUOTES.has(character)) {
      segments.push(current);
      current = '';
    } else current += character;
  }
  segments.push(current);
  return segments;
}

/** The pieces of a watch, each marked excluded when a dash starts it (or stands right before its opening quote). */
function pieces(segments: readonly string[]): Piece[] {
  const found: Piece[] = [];
  let excludeNextQuote = false;
  segments.forEach((segment, index) => {
    if (index % 2 === 1) {
      found.push({ source: segment, excluded: excludeNextQuote });
      excludeNextQuote = false;
      return;
    }
    const chunks = segment.split(WHITE_SPACE);
    // -"a phrase": the dashes touch the quote that follows this segment. A space between ("- x") breaks the link.
    excludeNextQuote = index < segments.length - 1 && ONLY_DASHES.test(chunks.at(-1) ?? '');
    for (const chunk of excludeNextQuote ? chunks.slice(0, -1) : chunks) {
      const mark = EXCLUDE_MARK.exec(chunk)?.[0] ?? '';
      found.push({ source: chunk.slice(mark.length), excluded: mark !== '' });
    }
  });
  return found;
}

/** A piece's words with their forms, or undefined when it holds nothing searchable (see MIN_WORD_CHARS). */
function searchableTerms(source: string): SearchTerm[] | undefined {
  const words = wordTokens(source);
  if (words.length === 0 || (words.length === 1 && words[0]!.length < MIN_WORD_CHARS)) return undefined;
  return words.map(searchTermOf);
}

/** The same words whatever form they were typed in (Лавров, Лаврова): a repeat is dropped. */
function sameWords(a: readonly SearchTerm[], b: readonly SearchTerm[]): boolean {
  const sameForms = (x: SearchTerm, y: SearchTerm) => x.forms.length === y.forms.length && x.forms.every((form) => y.forms.includes(form));
  return a.length === b.length && a.every((term, i) => sameForms(term, b[i]!));
}

function withoutOuterPunctuation(piece: string): string {
  return piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');
}
