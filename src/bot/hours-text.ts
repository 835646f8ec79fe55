import type { ChatHoursView } from '../delivery/chat-hours.ts';
import type { Language } from '../model/language.ts';
import type { Translate } from '../model/translate.ts';
import { formatTimeOfDay } from '../schedule/describe.ts';
import { wallClockFor } from '../schedule/zone.ts';
import { formatDateTime } from '../text/format.ts';

/** The daily hours offered as buttons (/schedule, a channel's panel): a morning, a midday and an evening choice for most desks. */
export const PRESET_HOURS = [6, 7, 8, 9, 12, 18, 20, 22];

const lists = new Map<Language, Intl.ListFormat>();

/** "07:30 and 19:00" in the reader's language. */
export function timesText(times: readonly number[], language: Language): string {
  let list = lists.get(language);
  if (!list) {
    list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    lists.set(language, list);
  }
  return list.format(times.map((minute) => formatTimeOfDay(Math.floor(minute / 60), minute % 60, language)));
}

/** A moment on the zone's own clock, in the reader's locale. */
export function momentText(at: number, zone: string, language: Language): string {
  const shown = wallClockFor(zone, at);
  return formatDateTime(shown.at, language, shown.timeZone);
}

/** When a chat's briefings come, in words: "daily at 07:30 and 19:00, Asia/Riyadh". */
export function hoursText(view: ChatHoursView, t: Translate, language: Language): string {
  switch (view.kind) {
    case 'own':
      return t('hours-own', { times: timesText(view.times, language), zone: view.zone });
    case 'default':
      return t('hours-default', { times: timesText(view.times, language), zone: view.zone });
    case 'default-other':
      return view.nextAt === undefined
        ? t('hours-default-unknown')
        : t('hours-default-other', { next: momentText(view.nextAt, view.zone, language), zone: view.zone });
  }
}
