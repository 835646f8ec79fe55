import { Composer } from 'grammy';
import { channelButtons, type ChannelPress } from '../src/bot/buttons.ts';
import {
  channelHoursScreen,
  channelListScreen,
  channelPanelScreen,
  channelTopicsScreen,
  type Screen,
  type Viewer,
} from '../src/bot/channel-panel.ts';
import { channelAlertsScreen, CHANNEL_QUIET_NIGHT } from '../src/bot/channel-alerts.ts';
import { isNotModified } from '../src/bot/edits.ts';
import { hoursText } from '../src/bot/hours-text.ts';
import type { ChannelView } from '../src/bot/channels.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

/**
 * /channels, in the user's own chat: the channels they administer, each with a panel for its
 * language, topics and pause. Every press asks again whether the user administers that channel
 * (remembered for a minute): the buttons carry a channel id anyone could forge.
 */
const composer = new Composer<BotContext>();

const viewer = (ctx: BotContext): Viewer => ({ i18n: ctx.services.i18n, lang: ctx.lang, hours: ctx.services.hours });

/** A channel's watches, muted words, breaking stories and quiet hours. */
function alertsScreen(ctx: BotContext, view: ChannelView): Screen {
  const { watches } = ctx.services;
  const channelId = view.channel.chatId;
  return channelAlertsScreen(viewer(ctx), view, {
    watches: watches.watchesOf(channelId),
    mutes: watches.mutesOf(channelId),
    settings: watches.settingsOf(channelId),
  });
}

/** Redraws the message the button is on; a press that changes nothing on screen is no error. */
async function show(ctx: BotContext, screen: Screen): Promise<void> {
  await ctx.editMessageText(screen.text, { parse_mode: 'HTML', reply_markup: screen.keyboard }).catch((error: unknown) => {
    if (!isNotModified(error)) throw error;
  });
}

composer.command('channels', async (ctx) => {
  if (ctx.chat.type !== 'private' || !ctx.from) {
    await ctx.replyWith('channels-private-only');
    return;
  }
  const screen = channelListScreen(viewer(ctx), await ctx.services.channels.channelsOf(ctx.from.id));
  await ctx.reply(screen.text, { parse_mode: 'HTML', reply_markup: screen.keyboard });
});

/** A press that changes the channel. */
type Change = Exclude<ChannelPress, { action: 'list' | 'open' | 'topics' | 'hours' | 'alerts' }>;

/** Saves a change to a reachable channel; returns the toast and what the message shows next. */
function apply(ctx: BotContext, view: ChannelView, press: Change): { toast: string; screen: Screen } {
  const { subscribers } = ctx.services;
  const channelId = view.channel.chatId;
  const after = (): ChannelView => {
    const channel = subscribers.get(channelId)!;
    return { channel, state: channel.subscribed ? 'on' : 'paused' };
  };
  switch (press.action) {
    case 'language':
      subscribers.setLanguage(channelId, press.language);
      return {
        toast: ctx.t('channel-toast-language', { language: ctx.t(`language-name-${press.language}`) }),
        screen: channelPanelScreen(viewer(ctx), after()),
      };
    case 'sources':
      subscribers.setSources(channelId, press.on ? 'all' : 'mine');
      return {
        toast: ctx.t('channel-toast-sources', { sources: press.on ? 'all' : 'mine' }),
        screen: channelPanelScreen(viewer(ctx), after()),
      };
    case 'breaking':
      ctx.services.watches.setBreaking(channelId, press.on);
      return { toast: ctx.t(press.on ? 'breaking-on' : 'breaking-off'), screen: alertsScreen(ctx, after()) };
    case 'quiet':
      ctx.services.watches.setQuiet(channelId, press.on ? CHANNEL_QUIET_NIGHT : null, ctx.services.hours.zoneOf(view.channel));
      return { toast: ctx.t(press.on ? 'channel-toast-quiet' : 'quiet-off'), screen: alertsScreen(ctx, after()) };
    case 'unwatch': {
      const removed = ctx.services.watches.removeWatch(channelId, press.watchId);
      const toast = removed ? ctx.t('unwatch-done-short', { watch: removed.text }) : ctx.t('button-expired');
      return { toast, screen: alertsScreen(ctx, after()) };
    }
    case 'pause':
    case 'resume':
      subscribers.setSubscribed(channelId, press.action === 'resume');
      return {
        toast: ctx.t(press.action === 'resume' ? 'channel-toast-resumed' : 'channel-toast-paused'),
        screen: channelPanelScreen(viewer(ctx), after()),
      };
    case 'hour': {
      const { hours } = ctx.services;
      const shown =
        press.choice === 'default'
          ? hours.useDefault(channelId)!
          : hours.setFor(channelId, [press.choice.minute], hours.zoneOf(view.channel)).view;
      return {
        toast: ctx.t('channel-toast-hours', { hours: hoursText(shown, ctx.t, ctx.lang) }),
        screen: channelHoursScreen(viewer(ctx), after()),
      };
    }
    case 'topic': {
      const { choice } = press;
      const topics = subscribers.applyTopics(channelId, choice);
      const toast =
        choice === 'all'
          ? ctx.t('channel-topics-toast-all')
          : choice === 'none'
            ? ctx.t('channel-topics-toast-none')
            : ctx.t(topics.includes(choice) ? 'topics-toast-on' : 'topics-toast-off', { topic: ctx.t(`topic-${choice}`) });
      return { toast, screen: channelTopicsScreen(viewer(ctx), after()) };
    }
  }
}

composer.callbackQuery(channelButtons.trigger, async (ctx) => {
  const press = channelButtons.decode(ctx.callbackQuery.data);
  if (!press) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  const { channels } = ctx.services;
  if (press.action === 'list') {
    const views = await channels.channelsOf(ctx.from.id);
    await ctx.answerCallbackQuery();
    await show(ctx, channelListScreen(viewer(ctx), views));
    return;
  }
  const view = await channels.view(press.channelId, ctx.from.id);
  if (view === 'unknown') {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  if (view === 'refused') {
    ctx.log.info({ channel_id: press.channelId, action: press.action }, 'channel change refused: not an administrator of the channel');
    await ctx.answerCallbackQuery({ text: ctx.t('channel-not-admin'), show_alert: true });
    return;
  }
  if (press.action === 'open') {
    await ctx.answerCallbackQuery();
    await show(ctx, channelPanelScreen(viewer(ctx), view));
    return;
  }
  // A channel the bot cannot post in can be looked at, not changed: nobody can tell who administers it now.
  if (view.state === 'unreachable') {
    await ctx.answerCallbackQuery({ text: ctx.t('channel-unreachable'), show_alert: true });
    return;
  }
  if (press.action === 'alerts') {
    await ctx.answerCallbackQuery();
    await show(ctx, alertsScreen(ctx, view));
    return;
  }
  if (press.action === 'topics' || press.action === 'hours') {
    await ctx.answerCallbackQuery();
    await show(ctx, (press.action === 'topics' ? channelTopicsScreen : channelHoursScreen)(viewer(ctx), view));
    return;
  }
  const { toast, screen } = apply(ctx, view, press);
  ctx.log.info({ channel_id: press.channelId, action: press.action }, 'channel settings changed');
  await ctx.answerCallbackQuery({ text: toast });
  await show(ctx, screen);
});

export const channels: Feature = { composer, commands: [{ command: 'channels', menu: true, chats: 'private' }] };
