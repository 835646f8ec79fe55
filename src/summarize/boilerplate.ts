import { foldForSearch } from '../text/fold.ts';

/**
 * Lines that are page furniture rather than content: photo credits, source lines, "read also" and
 * share/subscribe prompts, language switchers, date-only lines. Agencies and ministry sites append
 * them to the text a feed carries, and a summary must never quote them.
 */

/**
 * Labels that announce a credit: they count only when a colon or dash follows them, since
 * "Source of the dispute…" or "المصدر الرئيسي…" may open a real sentence. Folded (foldForSearch).
 */
const CREDIT_LABELS: ReadonlySet<string> = new Set(
  [
    // en
    'photo',
    'photos',
    'photo credit',
    'photograph',
    'image',
    'images',
    'image source',
    'image copyright',
    'picture',
    'pictures',
    'source',
    'sources',
    'credit',
    'credits',
    'caption',
    'video',
    'copyright',
    'illustration',
    'tags',
    // ru
    'фото',
    'фотография',
    'фото на превью',
    'автор фото',
    'источник',
    'источники',
    'видео',
    'иллюстрация',
    'коллаж',
    'теги',
    // ar
    'الصوره',
    'صوره',
    'الصور',
    'تصوير',
    'مصدر الصوره',
    'حقوق الصوره',
    'المصدر',
    'مصدر',
    'المصادر',
    'فيديو',
    'الفيديو',
    'الوسوم',
  ].map(foldForSearch),
);

/**
 * Prompts that open a line of their own ("Read more", "Подписывайтесь…", "اقرأ أيضا"): boilerplate
 * when the line is short, whatever follows them. Folded. Words that also open real sentences are
 * left out: Arabic شارك and اشترك mean "took part" as well as "share" and "subscribe".
 */
const PROMPTS = [
  // en
  'read more',
  'read also',
  'also read',
  'see also',
  'related articles',
  'related stories',
  'more on this story',
  'subscribe',
  'share this',
  'share on',
  'follow us',
  'sign up for',
  'click here',
  'advertisement',
  'all rights reserved',
  // ru
  'читайте также',
  'читать также',
  'смотрите также',
  'читать далее',
  'подписывайтесь',
  'подпишитесь',
  'поделиться',
  'следите за новостями',
  'все права защищены',
  // ar
  'اقرا ايضا',
  'اقرا المزيد',
  'اقرا كذلك',
  'شاهد ايضا',
  'للمزيد من الاخبار',
  'تابعونا',
  'جميع الحقوق محفوظه',
].map(foldForSearch);

/** Longest line a prompt may sit on: "Read more: <a linked title>" is short; a real sentence is not. */
const MAX_PROMPT_LINE = 160;
/** Longest line a credit may sit on. */
const MAX_CREDIT_LINE = 200;

/** Names of languages and their codes, as a site's language switcher prints them ("Ru En"). */
const LANGUAGE_SWITCH_WORDS = new Set(
  ['ru', 'en', 'ar', 'eng', 'rus', 'arb', 'english', 'русский', 'рус', 'англ', 'عربي', 'العربيه', 'الانجليزيه'].map(foldForSearch),
);

/** Month names and their short forms in the three languages, folded: a line of these and numbers is a date. */
const MONTH_WORDS = new Set(
  [
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
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
    'г',
    'года',
    'год',
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
    'الثاني',
    'الاول',
  ].map(foldForSearch),
);

/** Whether a line (one line of the article's text) is boilerplate rather than content. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  if (/^[©℗]|^\(c\)\s/i.test(trimmed)) return true;
  // Every kind of furniture below is a short line; a paragraph need not be folded to know it is none.
  if (trimmed.length > MAX_CREDIT_LINE) return false;
  const folded = foldForSearch(trimmed);
  if (folded === '') return true; // only punctuation, symbols or spaces: a separator
  const words = folded.split(' ');
  if (words.every((word) => LANGUAGE_SWITCH_WORDS.has(word))) return true;
  if (words.length <= 6 && words.every((word) => /^\d+$/.test(word) || MONTH_WORDS.has(word))) return true;
  if (isCreditLine(trimmed)) return true;
  return trimmed.length <= MAX_PROMPT_LINE && PROMPTS.some((prompt) => startsWithWords(folded, prompt));
}

/**
 * Page widgets whose header (and end marker) survive inside running text when a page is flattened:
 * BBC Arabic's "topics that may interest you" box leaves "مواضيع قد تهمك نهاية" between two
 * paragraphs, its links gone. No sentence says this, and where it stands one block ended and the
 * next began, so it becomes a line break.
 */
const INLINE_FURNITURE = /[^\S\n]*(?:مواضيع|موضوعات) قد تهمك(?:[^\S\n]+نهاية)?[^\S\n]*/gu;

/** Removes boilerplate lines from a block of text (lines separated by single newlines). */
export function withoutBoilerplate(block: string): string {
  return block
    .replace(INLINE_FURNITURE, '\n')
    .split('\n')
    .filter((line) => !isBoilerplateLine(line))
    .join('\n')
    .trim();
}

function startsWithWords(folded: string, words: string): boolean {
  return folded === words || folded.startsWith(`${words} `);
}

/** What stands before the first colon, pipe or dash of a line: "Фото" in "Фото: ТАСС". */
const TEXT_BEFORE_SEPARATOR = /^[\s\p{P}]*([^:：|–—-]{1,40}?)\s*[:：|–—-]/u;

function isCreditLine(line: string): boolean {
  const label = TEXT_BEFORE_SEPARATOR.exec(line)?.[1];
  return label !== undefined && CREDIT_LABELS.has(foldForSearch(label));
}
