import type { Language } from '../config.ts';

/**
 * Sentence segmentation: ICU's sentence breaks (Intl.Segmenter, per language), then a merge step
 * for the places where ICU breaks inside a sentence. Without ICU's abbreviation suppressions (which
 * Intl.Segmenter does not expose), it ends a sentence at every "word. Capital", so `Mr. Smith`,
 * `С. В. Лавров`, `им. Пушкина` and `قال د. محمد` come out in pieces; Arabic has no capitals at all,
 * so the usual "the next word is lower case" escape never applies there.
 */

/**
 * Abbreviations that stand inside a sentence and are practically never its last word: titles,
 * "number", months before a day, "named after". Written in lower case without the final dot.
 * Ones that often do end a sentence (etc., т.д., т.п., и др., a.m., Inc.) are left out on purpose:
 * ICU already keeps them when the next word is lower case, and a capital after them is a new sentence.
 */
const INNER_ABBREVIATIONS: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rep', 'sen',
    'gov', 'pres', 'amb', 'st', 'mt', 'rev', 'hon', 'sr', 'jr', 'messrs', 'no', 'nos', 'vol', 'art', 'fig', 'vs', 'v',
    'cf', 'approx', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ]),
  ru: new Set([
    'г', 'им', 'ул', 'просп', 'пл', 'пер', 'наб', 'обл', 'д', 'кв', 'стр', 'рис', 'см', 'проф', 'акад', 'доц', 'ген',
    'св', 'тов', 'г-н', 'г-жа', 'напр', 'ок', 'т', 'ст', 'пос', 'дер', 'с', 'гр', 'чл', 'корр', 'зам', 'пред',
  ]),
  // Arabic titles are single letters (د. doctor, أ. ustadh, م. engineer), handled by ARABIC_SINGLE_LETTER.
  ar: new Set(),
};

/**
 * Abbreviations that follow a number as a unit of time (`2023 г.`, `1990 гг.`, `2023 م.`, `1445 هـ.`):
 * after a number they are usually the end of the sentence, before a name (`г. Москва`) they are not.
 */
const YEAR_MARKERS = new Set(['г', 'гг', 'م', 'هـ']);

/** Dotted initialisms (`U.S.`, `U.N.`, `т.е.`, `أ.د.`): letters each followed by a dot. */
const DOTTED_INITIALISM = /(?:^|[\s(«"“'‘])((?:\p{L}\.){2,})$/u;

/** Dotted forms that often end a sentence: a capital after them starts a new one. */
const FINAL_INITIALISMS = new Set(['т.д.', 'т.п.', 'a.m.', 'p.m.', 'etc.', 'др.', 'пр.']);

/** The word before the final dot, with any opening bracket or quote in front of it. */
const LAST_WORD_BEFORE_DOT = /(?:^|[\s(«"“'‘])([\p{L}\p{M}][\p{L}\p{M}\-.]*)\.$/u;
const NUMBER_BEFORE_LAST_WORD = /[\p{N}][\p{N}.,٫٬]*\s+[\p{L}\p{M}\-.]+\.$/u;

/** A single capital letter and a dot: an initial, as in `S. V. Lavrov`, `С.В. Лавров`. */
const INITIAL = /(?:^|[\s(«"“'‘.])\p{Lu}\.$/u;
/** A single Arabic letter and a dot: Arabic writes no one-letter words apart, so it abbreviates. */
const ARABIC_SINGLE_LETTER = /(?:^|[\s(«"“'‘])\p{Script=Arabic}\.$/u;

const ELLIPSIS_END = /(?:\.\.\.|…)$/u;
/** A next piece that starts in lower case, or with closing punctuation, continues the sentence. */
const CONTINUATION_START = /^(?:\p{Ll}|[,;:)\]»”’،؛])/u;

/**
 * Words that open sentences and almost never stand capitalised inside one. When markup is stripped
 * (a feed's description, a scraped page), captions and crossheads run into the next sentence with
 * no stop between them: "…пропал с радаров над морем По данным системы…". A capitalised opener
 * right after a lower-case word marks that seam. Arabic has no capitals, so no such seam shows.
 */
const SENTENCE_OPENERS: Partial<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'the', 'in', 'on', 'at', 'but', 'he', 'she', 'they', 'we', 'this', 'these', 'those', 'there', 'his', 'her',
    'their', 'after', 'before', 'when', 'while', 'however', 'meanwhile', 'according', 'although', 'since', 'many',
    'most', 'some', 'earlier', 'later', 'last', 'speaking', 'mr', 'mrs', 'ms',
  ]),
  ru: new Set([
    'в', 'во', 'на', 'по', 'но', 'а', 'он', 'она', 'они', 'оно', 'это', 'этот', 'эта', 'эти', 'его', 'ее', 'её', 'их',
    'как', 'когда', 'для', 'из', 'со', 'при', 'после', 'до', 'за', 'так', 'там', 'однако', 'также', 'кроме',
    'ранее', 'сейчас', 'теперь', 'если', 'хотя', 'уже', 'мы', 'у', 'об', 'от',
  ]),
};
const RUN_IN_SEAM = /(?<=[\p{Ll}\p{N}])\s+(?=(\p{Lu}\p{Ll}*)\s)/gu;

/** Splits a sentence at the seams where a caption or crosshead ran into it (see SENTENCE_OPENERS). */
function splitRunIns(sentence: string, language: Language): string[] {
  const openers = SENTENCE_OPENERS[language];
  if (!openers) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(RUN_IN_SEAM)) {
    if (!openers.has(match[1]!.toLowerCase())) continue;
    pieces.push(sentence.slice(start, match.index).trim());
    start = match.index + match[0].length;
  }
  pieces.push(sentence.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * The sentences of a text, trimmed, in order. Line breaks always end a sentence (a heading or a
 * list item has no final stop); within a line ICU's breaks are corrected by `continuesSentence`.
 */
export function splitSentences(text: string, language: Language): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    if (line.trim() === '') continue;
    let current = '';
    for (const { segment } of segmenterFor(language).segment(line)) {
      const piece = segment.trim();
      if (piece === '') continue;
      if (current !== '' && continuesSentence(current, piece, language)) current += ` ${piece}`;
      else {
        if (current !== '') sentences.push(current);
        current = piece;
      }
    }
    if (current !== '') sentences.push(current);
  }
  return sentences.flatMap((sentence) => splitRunIns(sentence, language));
}

/** Whether ICU's break between `before` (trimmed) and `after` (trimmed) falls inside one sentence. */
export function continuesSentence(before: string, after: string, language: Language): boolean {
  if (CONTINUATION_START.test(after)) return true;
  if (ELLIPSIS_END.test(before)) return hasOpenQuote(before);
  if (!before.endsWith('.')) return false;

  const initialism = DOTTED_INITIALISM.exec(before)?.[1];
  if (initialism) return !FINAL_INITIALISMS.has(initialism.toLowerCase()) || /^\p{N}/u.test(after);
  if (INITIAL.test(before)) return true;

  const word = LAST_WORD_BEFORE_DOT.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  // "в 2023 г. В Москве…" ends the sentence; "в г. Москве" does not.
  if (YEAR_MARKERS.has(word) && NUMBER_BEFORE_LAST_WORD.test(before)) return false;
  // English titles turn up in Russian and Arabic copy too (quoted names), and cannot clash there.
  if (INNER_ABBREVIATIONS[language].has(word) || (/^[a-z]/.test(word) && INNER_ABBREVIATIONS.en.has(word))) return true;
  return ARABIC_SINGLE_LETTER.test(before);
}

/** An opening quote without its closing one: `«…`, `“…`, or an odd number of straight quotes. */
function hasOpenQuote(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}
