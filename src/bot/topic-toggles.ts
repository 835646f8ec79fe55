import type { InlineKeyboardButton } from 'grammy/types';
import { TOPICS, type Topic } from '../model/topics.ts';
import type { Translate } from '../model/translate.ts';
import type { TopicChoice } from '../store/subscribers.ts';

const FOLLOWED = '✅';
const NOT_FOLLOWED = '⬜';

/**
 * Every topic as a toggle (✅ followed, ⬜ not), each on its own row since topic names are long
 * (“UN and multilateral diplomacy”), then "all" and "none" sharing the last row: /topics for a
 * chat and a channel's panel alike; `data` gives each press its button data.
 */
export function topicToggleRows(t: Translate, followed: readonly Topic[], data: (choice: TopicChoice) => string): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = TOPICS.map((topic) => [
    { text: `${followed.includes(topic) ? FOLLOWED : NOT_FOLLOWED} ${t(`topic-${topic}`)}`, callback_data: data(topic) },
  ]);
  rows.push([
    { text: t('topics-button-all'), callback_data: data('all') },
    { text: t('topics-button-none'), callback_data: data('none') },
  ]);
  return rows;
}
