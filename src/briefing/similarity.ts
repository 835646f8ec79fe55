import type { Language } from '../config.ts';
import { stem } from '../text/stem.ts';
import { contentStemsOf } from '../text/content-stems.ts';
import { wordTokens } from '../text/tokens.ts';

/**
 * Whether two reports are one event, from their headline and lead. Measured on labelled pairs
 * (tests/fixtures/stories, `npx tsx eval/stories.ts`): bag-of-words measures (Jaccard, idf cosine,
 * MinHash shingles) cannot keep apart the typical wire collision — one minister, one template, a
 * different counterpart or day — because the shared names and titles outweigh the one word that
 * differs. What separates them is (1) a conflict in the particulars: another weekday, another
 * number, another word in the same slot of the headline; (2) headline coverage: each headline,
 * the editor's own summary, is mostly found in the other report.
 */

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
 * Both headlines must be covered this much by the other report (prefix-tolerant stem matches).
 * Measured per language (eval/stories.ts), since stemmers and headline habits differ: Arabic light
 * stemming leaves clitics and verb forms apart and agency headlines are formulaic ("سمو … يستقبل"),
 * so Arabic coverage runs lower for one event. Each sits just above the highest coverage of a
 * labelled different-event pair that passes the conflict guard — ar 3/7 (0.43), en 1/2, ru 2/3 (a
 * prime minister named, then his cabinet sworn in) — so those values are refused and the next ones
 * up (1/2, 5/9, 5/7) accepted: recall ar 63%, ru 33%, en 67% at precision 1.0.
 */
export const MIN_HEADLINE_COVERAGE: Readonly<Record<Language, number>> = { ar: 0.5, ru: 0.7, en: 0.55 };
/** A headline of one or two content words says too little: at least this many must match. */
export const MIN_MATCHED_HEADLINE_STEMS = 2;
/** A headline slot holds a name, a place, a verb: a longer differing run is rewording, not a slot. */
const MAX_SLOT_LENGTH = 3;
/**
 * A stem this long that begins another stem, which goes on for at most MAX_SUFFIX more letters, is
 * the same word in another form (Kuwait/Kuwaiti, Iran/Iranian, объяв/объявл); inflection and
 * derivation add short endings, and the bound keeps index keys few (stories.ts files by them).
 */
export const MIN_PREFIX_MATCH = 4;
export const MAX_SUFFIX = 3;

const DIGITS = /^\d+$/u;

/** Weekday names by day (0 = Monday); Russian forms are stemmed like the text, Arabic ones carry the article as written. */
const WEEKDAYS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  ru: [['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу'], ['воскресенье']],
  // "احد" without the article is "one (of)", "الجمعيه" the Assembly: only the article forms are days.
  ar: [['الاثنين'], ['الثلاثاء'], ['الاربعاء'], ['الخميس'], ['الجمعه'], ['السبت'], ['الاحد']],
};
const weekdayKeys = (language: Language) =>
  new Map(WEEKDAYS[language].flatMap((forms, day) => forms.map((form) => [language === 'ar' ? form : stem(form, language), day] as const)));
const WEEKDAY_KEYS: Record<Language, ReadonlyMap<string, number>> = { ar: weekdayKeys('ar'), ru: weekdayKeys('ru'), en: weekdayKeys('en') };

/** The content stems of a text in order: folded word tokens, stopwords and one-letter tokens out, stemmed. */
export function contentStems(text: string, language: Language): string[] {
  return contentStemsOf(foldedTokens(text), language);
}

/**
 * wordTokens, a white-space-separated chunk at a time, each chunk's tokens remembered. Folding
 * works character by character and never joins across white space, so the tokens are the same;
 * but foldForSearch costs tens of microseconds per lead and a day's news repeats its words, so
 * this is what keeps 5,000 articles well under the time budget. Bounded, and it only remembers
 * a pure function's results, so nothing observable changes.
 */
const CACHE_SIZE = 200_000;
const foldCache = new Map<string, string[]>();
const WHITE_SPACE = /\s+/u;
function foldedTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of text.split(WHITE_SPACE)) {
    if (chunk === '') continue;
    let folded = foldCache.get(chunk);
    if (folded === undefined) {
      if (foldCache.size >= CACHE_SIZE) foldCache.clear();
      folded = wordTokens(chunk);
      foldCache.set(chunk, folded);
    }
    for (const token of folded) tokens.push(token);
  }
  return tokens;
}

/** Everything matching needs from one article: its headline and lead, folded, stopwords out, stemmed. */
export function matchText(headline: string, lead: string, language: Language): MatchText {
  const headlineTokens = foldedTokens(headline);
  const tokens = [...headlineTokens, ...foldedTokens(lead)];
  const numbers = new Set(tokens.filter((token) => DIGITS.test(token)));
  const stems = new Set(contentStemsOf(tokens, language));
  const weekdays = new Set<number>();
  // Weekday names are no stopwords, so the content stems hold them; Arabic ones are matched with their article.
  for (const word of language === 'ar' ? tokens : stems) {
    const day = WEEKDAY_KEYS[language].get(word);
    if (day !== undefined) weekdays.add(day);
  }
  const headlineStems = contentStemsOf(headlineTokens, language);
  return {
    language,
    headline: headlineStems,
    headlineTerms: [...new Set(headlineStems)],
    stems,
    numbers,
    headlineNumbers: new Set(headlineTokens.filter((token) => DIGITS.test(token))),
    weekdays,
    source: `${headline}\n${lead}`,
  };
}

const RAW_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
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
function namesOf(text: MatchText): ReadonlySet<string> {
  let names = namesCache.get(text);
  if (names === undefined) {
    const words: string[] = [];
    if (text.language !== 'ar') {
      for (const match of text.source.matchAll(RAW_WORD)) {
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
function caseless(text: MatchText): boolean {
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
function hasForm(term: string, text: MatchText): boolean {
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

/** How many of a report's distinct headline stems the other report has, in some form. */
function matchedHeadline(a: MatchText, other: MatchText, enough = 0): number {
  // Exact matches first (a set lookup each), then other forms, stopping once `enough` is out of reach.
  let matched = 0;
  const rest: string[] = [];
  for (const term of a.headlineTerms) {
    if (other.stems.has(term)) matched++;
    else rest.push(term);
  }
  for (let k = 0; k < rest.length && matched + rest.length - k >= enough; k++) if (hasForm(rest[k]!, other)) matched++;
  return matched;
}

/** The lower of the two headline coverages (shares of distinct headline stems found in the other report). */
export function mutualCoverage(a: MatchText, b: MatchText): number {
  const share = (x: MatchText, y: MatchText) => (x.headlineTerms.length === 0 ? 0 : matchedHeadline(x, y) / x.headlineTerms.length);
  return Math.min(share(a, b), share(b, a));
}

/**
 * Why two reports cannot be one event, or null. Each rule catches a kind of labelled negative that
 * similarity alone let through, and costs few positives (eval/stories.ts prints both):
 * - weekday: both name days and share none (Lavrov meets the Kuwaiti minister on Monday, the Qatari on Tuesday);
 * - number: a headline number the other report lacks, or numbers on both sides and none shared (25 killed / 41 killed);
 * - slot: the headlines are one frame with another word in one place (receives the Syrian / Lebanese president).
 */
export function conflict(a: MatchText, b: MatchText): 'weekday' | 'number' | 'slot' | null {
  if (a.weekdays.size > 0 && b.weekdays.size > 0 && !overlaps(a.weekdays, b.weekdays)) return 'weekday';
  if (!within(a.headlineNumbers, b.numbers) || !within(b.headlineNumbers, a.numbers)) return 'number';
  if (a.numbers.size > 0 && b.numbers.size > 0 && !overlaps(a.numbers, b.numbers)) return 'number';
  if (slotConflict(a, b)) return 'slot';
  return null;
}

function overlaps<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function within<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Aligns the two headlines (longest common subsequence of stems) and looks at each run that differs
 * between two aligned stems (or an aligned stem and the headline's end): when both sides are short
 * and each side holds words the other report never uses, the run is a slot filled differently.
 * "Words" means names where case tells them (a capital inside a sentence, an acronym): a new verb
 * is mostly rewording ("extends" / "prolongs"), a new country or person is another event. Where
 * case says nothing (Arabic, all-lower-case feeds), most of each side must be new instead.
 * Measured against "any new word on each side": that lost 18 labelled same-event pairs, these
 * rules lose 5, and both let no different-event pair through.
 */
function slotConflict(a: MatchText, b: MatchText): boolean {
  if (a.headline.length === b.headline.length && a.headline.every((term, k) => term === b.headline[k])) return false;
  for (const run of differingRuns(a.headline, b.headline)) {
    if (run.a.length === 0 || run.b.length === 0 || run.a.length > MAX_SLOT_LENGTH || run.b.length > MAX_SLOT_LENGTH) continue;
    if (!run.anchored) continue;
    const newToB = run.a.filter((term) => !hasForm(term, b));
    const newToA = run.b.filter((term) => !hasForm(term, a));
    if (caseless(a) || caseless(b)) {
      if (newToB.length * 2 > run.a.length && newToA.length * 2 > run.b.length) return true;
    } else if (newToB.some((term) => namesOf(a).has(term)) && newToA.some((term) => namesOf(b).has(term))) {
      return true;
    }
  }
  return false;
}

interface DifferingRun {
  a: string[];
  b: string[];
  /** Whether an aligned stem stands on at least one side of the run: otherwise the headlines share nothing around it. */
  anchored: boolean;
}

function differingRuns(a: readonly string[], b: readonly string[]): DifferingRun[] {
  // lcs[i·w + j]: length of the longest common subsequence of a[i..] and b[j..]. Headlines are short.
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const runs: DifferingRun[] = [];
  let current: DifferingRun = { a: [], b: [], anchored: false };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (current.a.length > 0 || current.b.length > 0) runs.push({ ...current, anchored: true });
      current = { a: [], b: [], anchored: true };
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      current.a.push(a[i++]!);
    } else {
      current.b.push(b[j++]!);
    }
  }
  if (current.a.length > 0 || current.b.length > 0) runs.push(current);
  return runs;
}

/**
 * How many of its distinct headline stems a report needs found in another for the two to be one
 * event; more than it has means it can match nothing. (The small epsilon keeps 0.7 × 10 at 7.)
 */
export function requiredMatches(text: MatchText): number {
  return Math.max(MIN_MATCHED_HEADLINE_STEMS, Math.ceil(MIN_HEADLINE_COVERAGE[text.language] * text.headlineTerms.length - 1e-9));
}

/** The mutual headline coverage when the two reports are one event (no conflict, both covered enough), else null. */
export function eventSimilarity(a: MatchText, b: MatchText): number | null {
  if (a.language !== b.language) return null;
  const ab = matchedHeadline(a, b, requiredMatches(a));
  if (ab < requiredMatches(a)) return null;
  const ba = matchedHeadline(b, a, requiredMatches(b));
  if (ba < requiredMatches(b) || conflict(a, b) !== null) return null;
  return Math.min(ab / a.headlineTerms.length, ba / b.headlineTerms.length);
}

export function sameEvent(a: MatchText, b: MatchText): boolean {
  return eventSimilarity(a, b) !== null;
}
