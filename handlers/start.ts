import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

/**
 * /start: registers the chat and subscribes it; a second /start changes nothing but the subscription.
 * In a group (only its administrators get this far) the group subscribes, its briefings going to
 * the forum topic the command came from; the welcome speaks of the group, not of "you".
 */
composer.command('start', async (ctx) => {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  const { subscriber, created } = ctx.services.subscribers.register(identity, ctx.lang);
  ctx.subscriber = subscriber;
  ctx.log.info({ created, chat_type: identity.chatType }, 'chat registered');
  const language = ctx.t(`language-name-${subscriber.language}`);
  if (ctx.chat.type === 'private') {
    await ctx.replyWith(created ? 'start-welcome' : 'start-welcome-back', {
      name: ctx.from?.first_name ?? '',
      language,
      topics: subscriber.topics.length,
    });
    return;
  }
  const where = identity.threadId === undefined ? 'chat' : identity.threadId === null ? 'general' : 'topic';
  await ctx.replyWith(created ? 'start-welcome-group' : 'start-welcome-back-group', {
    title: subscriber.title ?? '',
    language,
    topics: subscriber.topics.length,
    where,
  });
});

export const start: Feature = { composer, commands: [{ command: 'start', menu: true }], changesChat: { commands: ['start'] } };
