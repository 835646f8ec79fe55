import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

composer.command('subscribe', async (ctx) => {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  const { subscriber } = ctx.services.subscribers.register(identity, ctx.lang);
  await ctx.replyWith('subscribe-done', { topics: subscriber.topics.length });
});

composer.command(['unsubscribe', 'stop'], async (ctx) => {
  const known = ctx.chat && ctx.services.subscribers.setSubscribed(ctx.chat.id, false);
  await ctx.replyWith(known ? 'unsubscribe-done' : 'unsubscribe-not-subscribed');
});

/**
 * Telegram tells us when a reader blocks or unblocks the bot in a private chat: we stop sending at once
 * rather than waiting for a 403. Unblocking alone does not resubscribe; /start does.
 */
composer.on('my_chat_member', (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === 'kicked' || status === 'left') {
    ctx.services.subscribers.deactivate(ctx.chat.id, status === 'kicked' ? 'blocked by the user' : 'left the chat');
    ctx.log.info({ status }, 'chat deactivated');
  }
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
