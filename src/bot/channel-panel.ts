import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { LANGUAGES, type Language } from '../model/language.ts';
import { TOPICS, type Topic } from '../model/topics.ts';
import type { Translate } from '../model/translate.ts';
import type { ChatHours } from '../delivery/chat-hours.ts';
import { formatTimeOfDay } from '../schedule/describe.ts';
import { hoursText, PRESET_HOURS } from './hours-text.ts';
import { topicToggleRows } from './topic-toggles.ts';
import { escapeMarkup } from '../text/escape.ts';
import { channelButtons } from './buttons.ts';
import type { ChannelState, ChannelView } from './channels.ts';
import type { I18n } from './i18n.ts';

/** What /channels shows in one message: its text (Telegram HTML) and its buttons. */
export interface Screen {
  text: string;
  keyboard: InlineKeyboard;
}

/** Who is looking: the words are in their language, each language's button in its own. */
export interface Viewer {
  i18n: I18n;
  lang: Language;
  /** How a chat's briefing hours are told. */
  hours: ChatHours;
}

const STATE_MARKS: Record<ChannelState, string> = { on: '📢', paused: '⏸', unreachable: '⚠️' };

const translate = ({ i18n, lang }: Viewer): Translate => i18n.for(lang);
const titleOf = (view: ChannelView) => view.channel.title ?? String(view.channel.chatId);
const button = (text: string, data: Parameters<typeof channelButtons.encode>[0]): InlineKeyboardButton => ({
  text,
  callback_data: channelButtons.encode(data),
});

/** The channels a user manages, one button each, marked by state. */
export function channelListScreen(viewer: Viewer, views: readonly ChannelView[]): Screen {
  const t = translate(viewer);
  const keyboard = InlineKeyboard.from(
    views.map((view) => [button(`${STATE_MARKS[view.state]} ${titleOf(view)}`, { action: 'open', channelId: view.channel.chatId })]),
  );
  return { text: views.length === 0 ? t('channels-none') : t('channels-header', { count: views.length }), keyboard };
}

/** The topics as the panel and /topics count them: all, none, or some of the total. */
function topicArgs(topics: readonly Topic[]) {
  const state = topics.length === TOPICS.length ? 'all' : topics.length === 0 ? 'none' : 'some';
  return { topics: state, count: topics.length, total: TOPICS.length };
}

function scheduleText(viewer: Viewer, view: ChannelView): string {
  return hoursText(viewer.hours.view(view.channel), translate(viewer), viewer.lang);
}

/**
 * The panel's button rows, top to bottom; each gives no buttons when it does not apply. A new
 * setting is a new row here. A channel out of reach shows only the way back: nothing can change it.
 */
const PANEL_ROWS: ((t: Translate, i18n: I18n, view: ChannelView) => InlineKeyboardButton[])[] = [
  // Each language's name in that language, so the right one is found whatever the viewer reads.
  (_t, i18n, { channel, state }) =>
    state === 'unreachable'
      ? []
      : LANGUAGES.map((language) =>
          button(`${language === channel.language ? '✓ ' : ''}${i18n.t(language, `language-name-${language}`)}`, {
            action: 'language',
            channelId: channel.chatId,
            language,
          }),
        ),
  (t, _i18n, { channel, state }) =>
    state === 'unreachable'
      ? []
      : [
          button(t(channel.sources === 'all' ? 'channel-button-sources-mine' : 'channel-button-sources-all'), {
            action: 'sources',
            channelId: channel.chatId,
            on: channel.sources !== 'all',
          }),
        ],
  (t, _i18n, { channel, state }) =>
    state === 'unreachable'
      ? []
      : [
          button(t('channel-button-topics', { count: channel.topics.length, total: TOPICS.length }), {
            action: 'topics',
            channelId: channel.chatId,
          }),
        ],
  (t, _i18n, { channel, state }) =>
    state === 'unreachable' ? [] : [button(t('channel-button-hours'), { action: 'hours', channelId: channel.chatId })],
  (t, _i18n, { channel, state }) =>
    state === 'unreachable' ? [] : [button(t('channel-button-alerts'), { action: 'alerts', channelId: channel.chatId })],
  (t, _i18n, { channel, state }) =>
    state === 'unreachable'
      ? []
      : [
          button(t(state === 'on' ? 'channel-button-pause' : 'channel-button-resume'), {
            action: state === 'on' ? 'pause' : 'resume',
            channelId: channel.chatId,
          }),
        ],
  (t) => [button(t('channel-button-list'), { action: 'list' })],
];

/** One channel: its language, topics, schedule and state, with the buttons that change them. */
export function channelPanelScreen(viewer: Viewer, view: ChannelView): Screen {
  const t = translate(viewer);
  const text = t('channel-panel', {
    title: escapeMarkup(titleOf(view)),
    language: t(`language-name-${view.channel.language}`),
    sources: view.channel.sources,
    ...topicArgs(view.channel.topics),
    schedule: scheduleText(viewer, view),
    state: view.state,
  });
  const rows = PANEL_ROWS.map((row) => row(t, viewer.i18n, view)).filter((row) => row.length > 0);
  return { text, keyboard: InlineKeyboard.from(rows) };
}

/** The channel's hours: a few daily times to choose from, the default hours, and the way back to its panel. */
export function channelHoursScreen(viewer: Viewer, view: ChannelView): Screen {
  const t = translate(viewer);
  const channelId = view.channel.chatId;
  const presets = PRESET_HOURS.map((hour) =>
    button(formatTimeOfDay(hour, 0, viewer.lang), { action: 'hour', channelId, choice: { minute: hour * 60 } }),
  );
  const rows = [presets.slice(0, 4), presets.slice(4)];
  rows.push([button(t('schedule-button-default'), { action: 'hour', channelId, choice: 'default' })]);
  rows.push([button(t('channel-button-panel'), { action: 'open', channelId })]);
  const text = t('channel-hours', { title: escapeMarkup(titleOf(view)), hours: scheduleText(viewer, view) });
  return { text, keyboard: InlineKeyboard.from(rows) };
}

/** The channel's topics as toggles, as /topics shows a chat's, with the way back to its panel. */
export function channelTopicsScreen(viewer: Viewer, view: ChannelView): Screen {
  const t = translate(viewer);
  const channelId = view.channel.chatId;
  const rows = topicToggleRows(t, view.channel.topics, (choice) => channelButtons.encode({ action: 'topic', channelId, choice }));
  rows.push([button(t('channel-button-panel'), { action: 'open', channelId })]);
  const text = t('channel-topics', { title: escapeMarkup(titleOf(view)), ...topicArgs(view.channel.topics) });
  return { text, keyboard: InlineKeyboard.from(rows) };
}
