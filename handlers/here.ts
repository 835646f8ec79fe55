import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

/**
 * /here, in a forum: the group's briefings go to the topic this is sent in (from General: back to
 * General). Only administrators get this far (the settings guard). Elsewhere it explains itself.
 */
composer.command('here', async (ctx) => {
  const chat = ctx.chat;
  const forum = 'is_forum' in chat && chat.is_forum === true;
  if (chat.type === 'private' || !forum || !ctx.subscriber) {
    await ctx.replyWith(chat.type === 'private' ? 'here-private' : !forum ? 'here-not-forum' : 'here-not-registered');
    return;
  }
  const threadId = ctx.chatIdentity()?.threadId ?? null;
  ctx.services.subscribers.setThread(chat.id, threadId);
  ctx.log.info({ thread_id: threadId }, 'briefings moved to another forum topic');
  // A message in a topic replies to the topic's first message, which carries its name.
  const topic = threadId === null ? undefined : ctx.msg?.reply_to_message?.forum_topic_created?.name;
  await ctx.replyWith('here-moved', { where: threadId === null ? 'general' : topic ? 'named' : 'topic', topic: topic ?? '' });
});

export const here: Feature = {
  composer,
  commands: [{ command: 'here', menu: true, chats: 'groups' }],
  changesChat: { commands: ['here'] },
};
