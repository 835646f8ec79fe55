import { escapeRegExp } from '../text/escape.ts';
import { clipAtWord } from './clip.ts';

/** The longest headline shown; longer titles are shortened at a word. */
export const MAX_HEADLINE_LENGTH = 200;

/**
 * News agencies whose name feeds put before or after a title ("ТАСС: …", "… - KUNA", "(Reuters)").
 * Matched case-insensitively as whole names.
 */
const AGENCIES = [
  'TASS',
  'ТАСС',
  'РИА Новости',
  'RIA Novosti',
  'РИА',
  'RIA',
  'Интерфакс',
  'Interfax',
  'ПРАЙМ',
  'Спутник',
  'Sputnik',
  'RT',
  'Reuters',
  'AP',
  'AFP',
  'Xinhua',
  'Anadolu',
  'IRNA',
  'MENA',
  'KUNA',
  'WAM',
  'SPA',
  'QNA',
  'BNA',
  'ONA',
  'SABA',
  'رويترز',
  'أ ف ب',
  'أ.ف.ب',
  'فرانس برس',
  'د ب أ',
  'واس',
  'كونا',
  'وام',
  'قنا',
  'بنا',
  'العمانية',
  'سبأ',
  'الأناضول',
  'إرنا',
  'سبوتنيك',
  'تاس',
  'نوفوستي',
];

const AGENCY = `(?:${AGENCIES.map(escapeRegExp).join('|')})`;
const DASH = '[-–—]';

/** "ТАСС:", "РИА Новости -", "واس:", "(كونا) --", "KUNA |" at the start. */
const AGENCY_PREFIX = new RegExp(`^\\s*(?:\\(\\s*${AGENCY}\\s*\\)\\s*(?:${DASH}+|:)?|${AGENCY}\\s*(?::|${DASH}+|\\|))\\s*`, 'iu');
/** "- KUNA", "| WAM", "(Reuters)", "— ТАСС" at the end. */
const AGENCY_SUFFIX = new RegExp(`\\s*(?:(?:${DASH}+|\\|)\\s*\\(?${AGENCY}\\)?|\\(\\s*${AGENCY}\\s*\\))\\s*$`, 'iu');
/** "Title | Site name": the part after the last pipe is the site, when it is short. */
const SITE_SUFFIX = /\s+\|\s+[^|.!?؟]{1,40}$/u;

/**
 * The article's own title, cleaned for display: agency names before and after it removed (only
 * when a title remains), quotes and whitespace normalised, at most MAX_HEADLINE_LENGTH characters.
 */
export function cleanHeadline(title: string): string {
  let headline = title
    .replace(/[\u0000-\u001F\u007F\u200B\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const pattern of [AGENCY_PREFIX, AGENCY_SUFFIX, SITE_SUFFIX]) {
    const stripped = headline.replace(pattern, '').trim();
    if (/[\p{L}\p{N}]/u.test(stripped)) headline = stripped;
  }
  return clipAtWord(headline, MAX_HEADLINE_LENGTH);
}
