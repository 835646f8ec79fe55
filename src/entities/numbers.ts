import { arabicPrefixVariants, foldForSearch, normalizeArabic } from '../text/fold.ts';
import type { Language } from '../model/language.ts';

/**
 * The numbers of a report, written as the agencies of each language write them, read as one value:
 * "1,000", "1 000" and "١٠٠٠" are 1000; "2,2 млн" and "2.2 million" are 2200000; "137 тыс." and
 * "137 ألف" are 137000; "three" and "ثلاثة" are 3. A day of the month next to its month is a
 * date, not a quantity ("12 мая", "Nov 4", "4 نوفمبر"): a dateline carries one and the other
 * report may not, so dates are left out, as are years.
 */
export function numbersIn(text: string, language: Language): string[] {
  const found = new Set<string>();
  // Arabic-Indic digits read as 0–9; the separators stay as written (search folding would drop them).
  // A time of day is no quantity either: "10:30", "0730 GMT".
  const normal = normalizeArabic(text).replace(CLOCK_TIME, ' ');
  for (const match of normal.matchAll(NUMBER)) {
    const before = wordBefore(normal, match.index);
    const after = wordAfter(normal, match.index + match[0].length);
    if (isMonth(before, language) || isMonth(after, language)) continue;
    const values = readNumber(match[0]);
    const scale = SCALES[language].get(after) ?? 1;
    for (const [k, value] of values.entries()) {
      const integer = Number(value);
      if (/^\d{4}$/.test(value) && integer >= FIRST_YEAR && integer <= LAST_YEAR) continue;
      found.add(k === values.length - 1 && scale > 1 ? String(Math.round(integer * scale * 1000) / 1000) : value);
    }
  }
  const words = foldForSearch(text).split(/[^\p{L}]+/u);
  words.forEach((word, k) => {
    const value = countWord(word, language);
    // Arabic teens are two words (ثلاثة عشر, أحد عشر): neither is the number alone.
    if (value === undefined || (language === 'ar' && (TEN_WORDS.has(words[k + 1] ?? '') || isTeen(words, k)))) return;
    found.add(value);
  });
  return [...found].sort();
}

/**
 * A number as written: digits with group or decimal separators (comma, point, the Arabic ٫ and ٬,
 * spaces), standing on its own ("G20" and "5th" are names and ranks, not quantities).
 */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,\u066B\u066C\u00A0\u202F\u2009 ]\d+)*(?![\p{L}\d])/gu;
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<!\d)\d{3,4}\s*(?:GMT|UTC|МСК|мск)\b/gu;
const GROUP_SEPARATOR = /[,\u066C\u00A0\u202F\u2009 ]/u;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * "1,000,000", "1 000" and "1.000.000" are grouped thousands; "2,5" and "2.5" decimals; "3 4" two
 * numbers. A separator followed by exactly three digits groups thousands, unless it is the only
 * point in the number (English "1.500" is more often one and a half than fifteen hundred).
 */
function readNumber(written: string): string[] {
  const parts = written.split(/([.,\u066B\u066C\u00A0\u202F\u2009 ])/u);
  const points = parts.filter((part) => part === '.').length;
  const values: string[] = [];
  let current = parts[0]!;
  let decimal = false;
  for (let k = 1; k < parts.length; k += 2) {
    const separator = parts[k]!;
    const digits = parts[k + 1]!;
    const grouping = digits.length === 3 && !decimal && (GROUP_SEPARATOR.test(separator) || (separator === '.' && points > 1));
    if (grouping) {
      current += digits;
    } else if (!decimal && /[.,\u066B]/u.test(separator)) {
      current += `.${digits}`;
      decimal = true;
    } else {
      values.push(current);
      current = digits;
      decimal = false;
    }
  }
  values.push(current);
  return values.map(canonical);
}

function canonical(value: string): string {
  const [integer, fraction] = value.split('.');
  const whole = integer!.replace(/^0+(?=\d)/u, '');
  const part = fraction?.replace(/0+$/u, '') ?? '';
  return part ? `${whole}.${part}` : whole;
}

/** The word just before or after a position, folded (lower case, Arabic letter forms), without a trailing point. */
function wordBefore(text: string, at: number): string {
  return foldForSearch(/([\p{L}]+)[.\s]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '');
}
function wordAfter(text: string, at: number): string {
  return foldForSearch(/^[\s\u00A0]*([\p{L}]+)/u.exec(text.slice(at, at + 24))?.[1] ?? '');
}

// Month names as the agencies write them (Arabic: the Egyptian-Gulf and the Levantine names); Russian by their stem.
const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ],
  ru: ['январ', 'феврал', 'март', 'апрел', 'ма', 'мая', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'ابريل',
    'مايو',
    'يونيو',
    'يوليو',
    'اغسطس',
    'سبتمبر',
    'اكتوبر',
    'نوفمبر',
    'ديسمبر',
    'كانون',
    'شباط',
    'اذار',
    'نيسان',
    'ايار',
    'حزيران',
    'تموز',
    'اب',
    'ايلول',
    'تشرين',
  ],
};

function isMonth(word: string, language: Language): boolean {
  if (word === '') return false;
  if (language === 'ru') return MONTHS.ru.some((stem) => (stem.length <= 3 ? word === stem : word.startsWith(stem)));
  return MONTHS[language].includes(word);
}

const SCALES: Readonly<Record<Language, ReadonlyMap<string, number>>> = {
  en: new Map([
    ['thousand', 1e3],
    ['million', 1e6],
    ['mln', 1e6],
    ['billion', 1e9],
    ['bn', 1e9],
  ]),
  ru: new Map([
    ['тыс', 1e3],
    ['тысяч', 1e3],
    ['тысячи', 1e3],
    ['тысяча', 1e3],
    ['млн', 1e6],
    ['миллион', 1e6],
    ['миллиона', 1e6],
    ['миллионов', 1e6],
    ['млрд', 1e9],
    ['миллиард', 1e9],
    ['миллиарда', 1e9],
    ['миллиардов', 1e9],
  ]),
  ar: new Map([
    ['الف', 1e3],
    ['الفا', 1e3],
    ['الاف', 1e3],
    ['مليون', 1e6],
    ['مليونا', 1e6],
    ['مليارا', 1e9],
    ['ملايين', 1e6],
    ['مليار', 1e9],
    ['مليارات', 1e9],
  ]),
};

// Small counts spelled out ("three killed", "трое погибших", "ثلاثة شهداء"), two to twelve (Arabic to ten: its teens are
// two words); "one" is too often a pronoun.
const COUNT_WORDS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: [['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve']],
  ru: [
    ['два', 'две', 'двух', 'двое'],
    ['три', 'трех', 'трое'],
    ['четыре', 'четырех', 'четверо'],
    ['пять', 'пяти'],
    ['шесть', 'шести'],
    ['семь', 'семи'],
    ['восемь', 'восьми'],
    ['девять', 'девяти'],
    ['десять', 'десяти'],
    ['одиннадцать'],
    ['двенадцать'],
  ],
  ar: [
    ['اثنان', 'اثنين', 'اثنتين'],
    ['ثلاثه', 'ثلاث'],
    ['اربعه', 'اربع'],
    ['خمسه', 'خمس'],
    ['سته', 'ست'],
    ['سبعه', 'سبع'],
    ['ثمانيه', 'ثماني', 'ثمان'],
    ['تسعه', 'تسع'],
    ['عشره', 'عشر'],
    ['احد عشر'],
    ['اثني عشر'],
  ],
};
const COUNT_OF: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  en: countMap('en'),
  ru: countMap('ru'),
  ar: countMap('ar'),
};
function countMap(language: Language): Map<string, string> {
  return new Map(COUNT_WORDS[language].flatMap((forms, k) => forms.map((form) => [form, String(k + 2)] as const)));
}

const TEN_WORDS = new Set(['عشر', 'عشره']);
/** عشر after a unit (أحد عشر, اثنا عشر, ثلاثة عشر) is the end of a teen, not ten. */
function isTeen(words: readonly string[], k: number): boolean {
  if (!TEN_WORDS.has(words[k] ?? '')) return false;
  const before = words[k - 1] ?? '';
  return arabicPrefixVariants(before).some((variant) => ['احد', 'اثنا', 'اثني'].includes(variant)) || countWord(before, 'ar') !== undefined;
}

function countWord(word: string, language: Language): string | undefined {
  if (language !== 'ar') return COUNT_OF[language].get(word);
  // Arabic counts take attached prepositions and the article: لثلاثة, الثلاثة, بثلاث.
  for (const variant of arabicPrefixVariants(word)) {
    const value = COUNT_OF.ar.get(variant) ?? COUNT_OF.ar.get(variant.startsWith('ال') ? variant.slice(2) : variant);
    if (value !== undefined) return value;
  }
  return undefined;
}
