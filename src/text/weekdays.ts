import type { Language } from '../model/language.ts';
import { cachedStem } from './content-stems.ts';
import { stem } from './stem.ts';

/**
 * Weekday names by day (0 = Monday). Agencies date events by weekday ("on Tuesday", اليوم الثلاثاء),
 * and two reports that name different days are two events. Russian and English forms are compared
 * as stems; Arabic ones as written with their article, since "احد" without it is "one (of)" and
 * "الاثنين" without it is "two".
 */
const WEEKDAYS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  ru: [['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу'], ['воскресенье']],
  ar: [['الاثنين'], ['الثلاثاء'], ['الاربعاء'], ['الخميس'], ['الجمعه'], ['السبت'], ['الاحد']],
};
const weekdayKeys = (language: Language) =>
  new Map(WEEKDAYS[language].flatMap((forms, day) => forms.map((form) => [language === 'ar' ? form : stem(form, language), day] as const)));
const WEEKDAY_KEYS: Record<Language, ReadonlyMap<string, number>> = { ar: weekdayKeys('ar'), ru: weekdayKeys('ru'), en: weekdayKeys('en') };

/** The weekdays named among folded word tokens (wordTokens). */
export function weekdaysIn(tokens: readonly string[], language: Language): Set<number> {
  const days = new Set<number>();
  for (const token of tokens) {
    const day = WEEKDAY_KEYS[language].get(language === 'ar' ? token : cachedStem(token, language));
    if (day !== undefined) days.add(day);
  }
  return days;
}
