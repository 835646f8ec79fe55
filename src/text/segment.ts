import type { Language } from '../model/language.ts';
import { foldForSearch } from './fold.ts';
import { isStopword } from './stopwords.ts';

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
// prettier-ignore
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
 * no stop between them: "…пропал с радаров над морем По данным системы…", "…'Felt sick' It was
 * sent…". A capitalised opener after a lower-case word (and any closing quote or bracket) marks that
 * seam. Titles (Mr, Ms) are not openers: "including Ms Baynes", "for Mr Morales" are one sentence.
 */
// prettier-ignore
const SENTENCE_OPENERS: Partial<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'the', 'in', 'on', 'at', 'but', 'he', 'she', 'it', 'its', 'they', 'we', 'this', 'these', 'those', 'there',
    'his', 'her', 'their', 'an', 'if', 'after', 'before', 'when', 'while', 'during', 'despite', 'following',
    'however', 'meanwhile', 'according', 'although', 'since', 'many', 'most', 'some', 'earlier', 'later', 'last',
    'speaking',
  ]),
  ru: new Set([
    'в', 'во', 'на', 'по', 'но', 'а', 'он', 'она', 'они', 'оно', 'это', 'этот', 'эта', 'эти', 'его', 'ее', 'её', 'их',
    'как', 'когда', 'для', 'из', 'со', 'при', 'после', 'до', 'за', 'так', 'там', 'однако', 'также', 'кроме',
    'ранее', 'сейчас', 'теперь', 'если', 'хотя', 'уже', 'мы', 'вы', 'у', 'об', 'от', 'не', 'поскольку', 'пока',
    'тем', 'затем', 'потом', 'тогда', 'впрочем', 'причем', 'зато', 'между', 'несмотря', 'благодаря', 'согласно',
    'около', 'почти', 'лишь', 'только', 'даже', 'еще', 'ещё', 'сам', 'сама', 'сами', 'вчера', 'здесь',
  ]),
};

/**
 * Captions and crossheads are a line, not a paragraph: a seam before a quotation splits off at most
 * this many words. A longer run before a quotation is a sentence that quotes a title or a phrase.
 */
const MAX_CAPTION_WORDS = 20;
/** A quotation this long (in words) is a statement; shorter ones are names, titles and slogans. */
const MIN_QUOTED_STATEMENT_WORDS = 3;

/**
 * Arabic has no capitals, but a sentence of reported news opens with a conjunction and a verb of
 * saying or being (وقال، وأضاف، وكان…), and a caption run into the text leaves one standing in the
 * middle of a line: "نضال حسن واعترف نضال حسن…", "…من طالبي اللجوء وقال وزير الاقتصاد…". Inside a
 * sentence these verbs join clauses too, so only a short first piece without any punctuation that
 * does not itself open with a conjunction is split off (see arabicCaptionEnd). Folded.
 */
// prettier-ignore
const ARABIC_OPENERS: ReadonlySet<string> = new Set(
  [
    'وقال', 'وقالت', 'وأضاف', 'وأضافت', 'وأكد', 'وأكدت', 'وأوضح', 'وأوضحت', 'وأشار', 'وأشارت', 'وذكر', 'وذكرت',
    'وأعلن', 'وأعلنت', 'وكان', 'وكانت', 'ويأتي', 'وتأتي', 'واعترف', 'واعترفت', 'وتابع', 'وتابعت', 'واعتبر',
    'واعتبرت', 'وأفاد', 'وأفادت', 'وصرح', 'وصرحت', 'وشدد', 'وشددت', 'وأعرب', 'وأعربت', 'ودعا', 'ودعت',
  ].map(foldForSearch),
);
const MAX_ARABIC_CAPTION_WORDS = 12;

/** Closing quotes and brackets after a word. */
const TRAILING_CLOSERS = /[)\]"'»”’]+$/u;
const OPENING_QUOTE = /^["«“„]/u;
/** The marks that close a quotation each opening mark starts: «…», “…”, „…“ (or „…”), "…". */
const CLOSING_QUOTE: Readonly<Record<string, RegExp>> = { '«': /»/u, '“': /”/u, '„': /[“”]/u, '"': /"/u };
/**
 * A capitalised word (an English possessive allowed) with nothing after it but punctuation; or a
 * lone capital letter ("В", "A"), but not an initial ("В. Пелевин").
 */
const CAPITALISED_WORD = /^(?:(\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)(?:['’]s)?[,;:!?)»”’"]*|(\p{Lu}))$/u;

/** Splits a sentence at the seams where a caption, a crosshead or a link ran into it (see isRunInSeam, arabicCaptionEnd). */
function splitRunIns(sentence: string, language: Language): string[] {
  const words = [...sentence.matchAll(/\S+/gu)];
  if (language === 'ar') {
    const end = arabicCaptionEnd(words.map((word) => word[0]));
    if (end === 0) return [sentence];
    const seam = words[end]!.index;
    return [sentence.slice(0, seam).trim(), sentence.slice(seam).trim()];
  }
  const pieces: string[] = [];
  let pieceStart = 0;
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    const pieceSoFar = () => sentence.slice(words[pieceStart]!.index, before.index + before[0].length);
    const seam =
      isRunInSeam(before[0], words[i]![0], () => sentence.slice(words[i]!.index), i - pieceStart, language) ||
      endsQuotedTitle(pieceSoFar, words[i]![0], i - pieceStart);
    if (!seam) continue;
    pieces.push(sentence.slice(words[pieceStart]!.index, words[i]!.index).trim());
    pieceStart = i;
  }
  pieces.push(sentence.slice(words[pieceStart]?.index ?? 0).trim());
  return pieces.filter((piece) => piece !== '');
}

/**
 * Whether a new sentence starts at `after` although no stop ends `before`: the word before ends in
 * a lower-case letter or a digit, with any closing quote or bracket (captions and crossheads end so;
 * names and abbreviations do not), and the next word is a capitalised sentence opener or a quoted
 * statement after a short caption. `rest`: the text from `after` on; `wordsBefore`: the words since
 * the sentence's (or the last seam's) start.
 */
function isRunInSeam(before: string, after: string, rest: () => string, wordsBefore: number, language: Language): boolean {
  const bare = before.replace(TRAILING_CLOSERS, '');
  if (!/[\p{Ll}\p{N}]$/u.test(bare)) return false;
  if (OPENING_QUOTE.test(after)) return wordsBefore <= MAX_CAPTION_WORDS && opensQuotedStatement(rest());
  const match = CAPITALISED_WORD.exec(after);
  const word = (match?.[1] ?? match?.[2])?.toLowerCase();
  return word !== undefined && SENTENCE_OPENERS[language]?.has(word) === true;
}

/**
 * A piece that is nothing but a quotation ending in a letter, followed straight by a capitalised
 * word: a related story's headline run into the text ("Россию люблю, но жить буду в Бельгии"
 * Жерар Депардье - один из…). Speech that opens a sentence is attributed after a comma or a dash
 * ("…", - заявил он; "…," he said), and a quoted name is followed by the rest of its sentence, not
 * by a new capital; a single quoted name or two ("Газпром" …) is left alone.
 */
function endsQuotedTitle(pieceSoFar: () => string, after: string, wordsBefore: number): boolean {
  if (wordsBefore < MIN_QUOTED_STATEMENT_WORDS || wordsBefore > MAX_CAPTION_WORDS || !/^\p{Lu}/u.test(after)) return false;
  return QUOTED_TITLE.test(pieceSoFar());
}
const QUOTED_TITLE = /^["«“„][^"«»“”„]*[\p{L}\p{N}]["»”“]$/u;

/**
 * Whether the text opens with a quoted statement rather than a quoted name: a quotation that the
 * sentence does not close (it runs on over several sentences), or one of a few words that ends
 * the sentence or is followed by a dash, as Russian attributes speech ("…", - заявил он).
 */
function opensQuotedStatement(text: string): boolean {
  if (!/^.\p{Lu}/u.test(text)) return false;
  const end = text.slice(1).search(CLOSING_QUOTE[text[0]!] ?? /"/u) + 1;
  if (end === 0) return true;
  if (text.slice(1, end).split(/\s+/u).length < MIN_QUOTED_STATEMENT_WORDS) return false;
  return /^(?:[,.!?…]*\s*$|,?\s*[-–—]\s)/u.test(text.slice(end + 1));
}

/**
 * Where a reported sentence starts after a short caption at the start of an Arabic sentence: the
 * index of its opener (see ARABIC_OPENERS) among the words, or 0 when there is none.
 */
function arabicCaptionEnd(words: readonly string[]): number {
  const last = Math.min(words.length - 1, MAX_ARABIC_CAPTION_WORDS);
  for (let i = 1; i <= last; i++) {
    // Words only, or a crosshead in quotes ("استباق للأحداث" واعتبر…): no stop, comma or colon.
    if (!/^["«“]?[\p{L}\p{M}\p{N}]+["»”]?$/u.test(words[i - 1]!)) return 0;
    if (words[i]!.startsWith('و') && ARABIC_OPENERS.has(foldForSearch(words[i]!))) {
      // A piece that opens with a conjunction ("ويوم الاثنين قطعت…", "وكان…") goes on from the
      // sentence before it: it is a clause of the text, not a caption.
      const first = foldForSearch(words[0]!);
      return ARABIC_OPENERS.has(first) || (/^[وف]/u.test(first) && isStopword(first.slice(1), 'ar')) ? 0 : i;
    }
  }
  return 0;
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
 * list item has no final stop); within a line ICU's breaks are corrected by `continuesSentence`,
 * and a caption, crosshead or link that ran into a sentence is split from it (`splitRunIns`): it
 * comes out as a piece without a final stop, which the lead scoring knows for what it is.
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
