import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

/** In a group (only its administrators get this far) the texts speak of the group, not of "you". */
composer.command('subscribe', async (ctx) => {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  const { subscriber } = ctx.services.subscribers.register(identity, ctx.lang);
  await ctx.replyWith(ctx.chat.type === 'private' ? 'subscribe-done' : 'subscribe-done-group', { topics: subscriber.topics.length });
});

composer.command(['unsubscribe', 'stop'], async (ctx) => {
  const known = ctx.services.subscribers.setSubscribed(ctx.chat.id, false);
  if (ctx.chat.type === 'private') await ctx.replyWith(known ? 'unsubscribe-done' : 'unsubscribe-not-subscribed');
  else await ctx.replyWith(known ? 'unsubscribe-done-group' : 'unsubscribe-not-subscribed-group');
});

export const subscription: Feature = {
  composer,
  commands: [
    { command: 'subscribe', menu: true },
    { command: 'unsubscribe', menu: true },
    { command: 'stop', menu: false },
  ],
  changesChat: { commands: ['subscribe', 'unsubscribe', 'stop'] },
};
