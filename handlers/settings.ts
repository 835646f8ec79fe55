import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { hoursText } from '../src/bot/hours-text.ts';
import { TOPICS } from '../src/model/topics.ts';
import { clockText } from '../src/schedule/chat-schedule.ts';

const composer = new Composer<BotContext>();

composer.command('settings', async (ctx) => {
  const subscriber = ctx.subscriber;
  if (!subscriber) {
    await ctx.replyWith('settings-not-registered');
    return;
  }
  const topics =
    subscriber.topics.length === TOPICS.length
      ? ctx.t('settings-topics-all')
      : subscriber.topics.length === 0
        ? ctx.t('settings-topics-none')
        : subscriber.topics.map((topic) => ctx.t(`topic-${topic}`)).join(ctx.t('list-separator'));
  const state = !subscriber.active ? 'inactive' : subscriber.subscribed ? 'subscribed' : 'unsubscribed';
  const { watches } = ctx.services;
  const muted = watches.mutesOf(subscriber.chatId).map((mute) => mute.shown);
  const alerts = watches.settingsOf(subscriber.chatId);
  await ctx.replyWith('settings', {
    scope: ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup' ? 'group' : 'own',
    language: ctx.t(`language-name-${subscriber.language}`),
    topics,
    state,
    schedule: hoursText(ctx.services.hours.view(subscriber), ctx.t, ctx.lang),
    watches: watches.watchesOf(subscriber.chatId).length,
    muted: muted.length > 0 ? muted.join(ctx.t('list-separator')) : ctx.t('settings-none'),
    breaking: alerts.breaking ? 'on' : 'off',
    quiet: alerts.quiet ? `${clockText(alerts.quiet.from)}–${clockText(alerts.quiet.to)}` : ctx.t('settings-quiet-off'),
    sources: subscriber.sources,
  });
});

export const settings: Feature = { composer, commands: [{ command: 'settings', menu: true }] };
