import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { clockText } from '../schedule/chat-schedule.ts';
import type { QuietHours } from '../schedule/quiet-hours.ts';
import { MAX_WATCHES, type AlertSettings, type Mute, type Watch } from '../store/watches.ts';
import { escapeMarkup } from '../text/escape.ts';
import { channelButtons, type ChannelPress } from './buttons.ts';
import { removeButtonRows, watchLines } from './watch-list.ts';
import type { Screen, Viewer } from './channel-panel.ts';
import type { ChannelView } from './channels.ts';

/** The quiet hours a channel's panel turns on: the night, in the channel's zone. */
export const CHANNEL_QUIET_NIGHT: QuietHours = { from: 22 * 60, to: 7 * 60 };

/** What a channel's alerts screen shows besides the channel. */
export interface ChannelAlerts {
  watches: readonly Watch[];
  mutes: readonly Mute[];
  settings: AlertSettings;
}

const button = (text: string, press: ChannelPress): InlineKeyboardButton => ({ text, callback_data: channelButtons.encode(press) });

/**
 * A channel's watches (each with a remove button), muted words, breaking stories and quiet hours,
 * with the commands that add watches and muted words for it from the user's own chat: a channel's
 * readers cannot send commands, and a button cannot carry words.
 */
export function channelAlertsScreen(viewer: Viewer, view: ChannelView, alerts: ChannelAlerts): Screen {
  const t = viewer.i18n.for(viewer.lang);
  const channelId = view.channel.chatId;
  const { quiet } = alerts.settings;
  const text = t('channel-alerts', {
    title: escapeMarkup(view.channel.title ?? String(channelId)),
    id: String(channelId),
    count: alerts.watches.length,
    max: MAX_WATCHES,
    list: watchLines(alerts.watches),
    muted: alerts.mutes.length > 0 ? escapeMarkup(alerts.mutes.map((mute) => mute.shown).join(t('list-separator'))) : t('settings-none'),
    breaking: alerts.settings.breaking ? 'on' : 'off',
    quiet: quiet ? `${clockText(quiet.from)}–${clockText(quiet.to)}` : t('settings-quiet-off'),
  });
  const rows = removeButtonRows(t, alerts.watches, (watch) => channelButtons.encode({ action: 'unwatch', channelId, watchId: watch.id }));
  rows.push([
    button(t(alerts.settings.breaking ? 'channel-button-breaking-off' : 'channel-button-breaking-on'), {
      action: 'breaking',
      channelId,
      on: !alerts.settings.breaking,
    }),
  ]);
  rows.push([
    button(
      quiet
        ? t('channel-button-quiet-off')
        : t('channel-button-quiet-on', { from: clockText(CHANNEL_QUIET_NIGHT.from), to: clockText(CHANNEL_QUIET_NIGHT.to) }),
      { action: 'quiet', channelId, on: !quiet },
    ),
  ]);
  rows.push([button(t('channel-button-panel'), { action: 'open', channelId })]);
  return { text, keyboard: InlineKeyboard.from(rows) };
}
