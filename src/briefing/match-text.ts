import type { Language } from '../model/language.ts';
import { contentStems, contentStemsOf } from '../text/content-stems.ts';
import { cachedWordTokens, WORD_TOKEN } from '../text/tokens.ts';
import { weekdaysIn } from '../text/weekdays.ts';

// What an article brings to story matching (similarity.ts, conflicts.ts): its headline and lead
// folded, stemmed and read for numbers, weekdays and names, and the forms of its words.

/** What an article contributes to matching, computed once per article. */
export interface MatchText {
  language: Language;
  /** Content stems of the headline, in order (slots are found by aligning them), and the distinct ones. */
  headline: string[];
  headlineTerms: readonly string[];
  /** Distinct content stems of headline and lead together. */
  stems: ReadonlySet<string>;
  /** Numbers written in digits in headline and lead, and those of the headline alone. */
  numbers: ReadonlySet<string>;
  headlineNumbers: ReadonlySet<string>;
  /** Weekdays named (0 = Monday): agencies date events by weekday ("on Tuesday", اليوم الثلاثاء). */
  weekdays: ReadonlySet<number>;
  /** Headline and lead as written: names are read from the capitals only when a slot needs them. */
  source: string;
}

/**
 * A stem this long that begins another stem, which goes on for at most MAX_SUFFIX more letters, is
 * the same word in another form (Kuwait/Kuwaiti, Iran/Iranian, объяв/объявл); inflection and
 * derivation add short endings, and the bound keeps index keys few (stories.ts files by them).
 */
export const MIN_PREFIX_MATCH = 4;
export const MAX_SUFFIX = 3;

const DIGITS = /^\d+$/u;

/** Everything matching needs from one article: its headline and lead, folded, stopwords out, stemmed. */
export function matchText(headline: string, lead: string, language: Language): MatchText {
  const headlineTokens = cachedWordTokens(headline);
  const leadTokens = cachedWordTokens(lead);
  const tokens = [...headlineTokens, ...leadTokens];
  const headlineNumbers = new Set(headlineTokens.filter((token) => DIGITS.test(token)));
  const numbers = new Set([...headlineNumbers, ...leadTokens.filter((token) => DIGITS.test(token))]);
  const headlineStems = contentStemsOf(headlineTokens, language);
  const stems = new Set([...headlineStems, ...contentStemsOf(leadTokens, language)]);
  const weekdays = weekdaysIn(tokens, language);
  return {
    language,
    headline: headlineStems,
    headlineTerms: [...new Set(headlineStems)],
    stems,
    numbers,
    headlineNumbers,
    weekdays,
    source: `${headline}\n${lead}`,
  };
}

/** What may stand between a sentence's end (or the text's start) and its first word: spaces, quotes, brackets. */
const OPENING = /^[\s"'«“(/-]*$/u;
const SENTENCE_END = /[.!?…\n][\s"'«“(/-]*$/u;

function startsSentence(text: string, at: number): boolean {
  // A few characters back are enough to see the end mark; the whole prefix would make this quadratic.
  const before = text.slice(Math.max(0, at - 8), at);
  return (at === before.length && OPENING.test(before)) || SENTENCE_END.test(before);
}

/**
 * Stems of the words written as names: a capital inside a sentence (Kuwaiti, Катара) or an acronym
 * anywhere (ОАЭ, IAEA). A capital at a sentence's start says nothing; Arabic has no case, so none.
 */
const namesCache = new WeakMap<MatchText, ReadonlySet<string>>();
export function namesOf(text: MatchText): ReadonlySet<string> {
  let names = namesCache.get(text);
  if (names === undefined) {
    const words: string[] = [];
    if (text.language !== 'ar') {
      for (const match of text.source.matchAll(WORD_TOKEN)) {
        const word = match[0];
        const acronym = word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
        if (acronym || (/^\p{Lu}/u.test(word) && !startsSentence(text.source, match.index))) words.push(word);
      }
    }
    names = new Set(contentStems(words.join(' '), text.language));
    namesCache.set(text, names);
  }
  return names;
}

/** Arabic, or a feed that writes everything in lower case: capitals say nothing about names there. */
export function caseless(text: MatchText): boolean {
  return text.language === 'ar' || !/\p{Lu}/u.test(text.source);
}

/** Arabic imperfect prefixes (ي ت ن, and أ folded to ا): يستقبل and استقبل, يبحث and بحث are one verb. */
const ARABIC_VERB_PREFIX = /^[\u064A\u062A\u0646\u0627]/u;

/**
 * The report's stems by their first four letters and (Arabic) verb core, built the first time
 * another form of a word is looked up in it: one report's words are few, so coarse buckets do.
 */
const formIndexes = new WeakMap<MatchText, Map<string, string[]>>();
function formIndex(text: MatchText): Map<string, string[]> {
  let index = formIndexes.get(text);
  if (index === undefined) {
    index = new Map();
    for (const term of text.stems) {
      for (const key of bucketKeys(term)) {
        const list = index.get(key);
        if (list) list.push(term);
        else index.set(key, [term]);
      }
    }
    formIndexes.set(text, index);
  }
  return index;
}

function bucketKeys(term: string): string[] {
  const keys: string[] = [];
  if (term.length >= MIN_PREFIX_MATCH) keys.push(`<${term.slice(0, MIN_PREFIX_MATCH)}`);
  if (isArabic(term)) keys.push(`~${verbCore(term)}`);
  return keys;
}

/** Whether the report has the stem as it is or in another form of the same word. */
export function hasForm(term: string, text: MatchText): boolean {
  if (text.stems.has(term)) return true;
  const index = formIndex(text);
  for (const key of bucketKeys(term)) {
    const stems = index.get(key);
    if (stems === undefined) continue;
    for (const other of stems) if (sameWord(term, other)) return true;
  }
  return false;
}

function sameWord(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length >= MIN_PREFIX_MATCH && long.length - short.length <= MAX_SUFFIX && long.startsWith(short)) return true;
  if (!isArabic(a)) return false;
  const core = verbCore(a);
  return core.length >= 3 && core === verbCore(b);
}

/** Stems are of one script; the first letter tells which. */
export function isArabic(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= 0x0600 && code <= 0x06ff;
}

/** The stem without an Arabic imperfect prefix: two forms of one verb share it. */
export function verbCore(word: string): string {
  return word.length >= 4 && ARABIC_VERB_PREFIX.test(word) ? word.slice(1) : word;
}
