import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

/** /start: registers the chat and subscribes it; a second /start changes nothing but the subscription. */
composer.command('start', async (ctx) => {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  const { subscriber, created } = ctx.services.subscribers.register(identity, ctx.lang);
  ctx.subscriber = subscriber;
  ctx.log.info({ created }, 'chat registered');
  await ctx.replyWith(created ? 'start-welcome' : 'start-welcome-back', {
    name: ctx.from?.first_name ?? '',
    language: ctx.t(`language-name-${subscriber.language}`),
    topics: subscriber.topics.length,
  });
});

export const start: Feature = { composer, commands: [{ command: 'start', menu: true }], changesChat: { commands: ['start'] } };
