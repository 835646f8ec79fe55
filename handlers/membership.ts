import { Composer, GrammyError } from 'grammy';
import type { Chat, ChatMember, User } from 'grammy/types';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { escapeMarkup } from '../src/text/escape.ts';

/**
 * What Telegram tells the bot about its own place in a chat (my_chat_member) and about a group
 * becoming a supergroup. Nothing here answers a command: a chat the bot cannot write to stops
 * receiving at once instead of waiting for a refused send, and comes back with its settings.
 */
const composer = new Composer<BotContext>();

/** In a group, the bot can write while it is in the chat and not muted. */
function canWriteInGroup(member: ChatMember): boolean {
  if (member.status === 'restricted') return member.is_member && member.can_send_messages;
  return member.status === 'creator' || member.status === 'administrator' || member.status === 'member';
}

/** In a channel, only an administrator allowed to post messages can post briefings. */
function canPostInChannel(member: ChatMember): boolean {
  return member.status === 'creator' || (member.status === 'administrator' && member.can_post_messages === true);
}

/** A notice about the change, to a user's own chat or to the group; if Telegram refuses it, the change stands. */
async function tell(ctx: BotContext, chatId: number, text: string): Promise<void> {
  try {
    await ctx.api.sendMessage(chatId, text, { parse_mode: 'HTML' });
  } catch (error) {
    // A user who never started the bot cannot be written to first (403): logged, nothing else to do.
    if (!(error instanceof GrammyError)) throw error;
    ctx.log.info({ to: chatId, err: error.description }, 'could not send a membership notice');
  }
}

/** The bot may no longer deliver to the chat: it stops receiving, and its administrators are asked afresh later. */
function stopDelivering(ctx: BotContext, chatId: number, reason: string): void {
  if (!ctx.subscriber?.active) return;
  ctx.services.subscribers.deactivate(chatId, reason);
  ctx.services.chatAdmins.forget(chatId);
  ctx.log.info({ reason }, 'chat deactivated');
}

/** A reader blocks the bot in their own chat: stop sending now. Unblocking alone does not resubscribe; /start does. */
function privateChat(ctx: BotContext, chatId: number, after: ChatMember): void {
  if (after.status === 'kicked' || after.status === 'left') {
    ctx.services.subscribers.deactivate(chatId, after.status === 'kicked' ? 'blocked by the user' : 'left the chat');
    ctx.log.info({ status: after.status }, 'chat deactivated');
  }
}

/**
 * The bot removed from a group, or muted: the group stops receiving. Added back: a group it knew
 * comes back with its settings (resuming only if it was subscribed); a new group is told how to subscribe.
 */
async function group(ctx: BotContext, chat: Chat.GroupChat | Chat.SupergroupChat, before: ChatMember, after: ChatMember): Promise<void> {
  const couldWrite = canWriteInGroup(before);
  const canWrite = canWriteInGroup(after);
  if (!canWrite) {
    stopDelivering(
      ctx,
      chat.id,
      after.status === 'kicked' ? 'removed from the group' : after.status === 'left' ? 'left the group' : 'muted',
    );
    return;
  }
  if (couldWrite) return;
  ctx.services.chatAdmins.forget(chat.id);
  const known = ctx.subscriber;
  if (known) {
    ctx.services.subscribers.reactivate(chat.id);
    ctx.log.info({ subscribed: known.subscribed }, 'back in a group');
    if (known.subscribed) await tell(ctx, chat.id, ctx.t('group-back', { title: escapeMarkup(chat.title) }));
  } else {
    await tell(ctx, chat.id, ctx.t('group-added', { title: escapeMarkup(chat.title) }));
  }
}

/**
 * Made an administrator who may post: the channel is connected (new: subscribed, every topic, in the
 * language of the user who did it; known: as it was) and that user hears of it in their own chat.
 * Anything less, and the channel stops receiving until the bot may post again.
 */
async function channel(ctx: BotContext, chat: Chat.ChannelChat, from: User, before: ChatMember, after: ChatMember): Promise<void> {
  if (!canPostInChannel(after)) {
    stopDelivering(ctx, chat.id, after.status === 'kicked' || after.status === 'left' ? 'removed from the channel' : 'may not post');
    return;
  }
  if (canPostInChannel(before) && ctx.subscriber?.active) return;
  ctx.services.chatAdmins.forget(chat.id);
  const { subscriber, created } = ctx.services.channels.connect(chat, from);
  ctx.log.info({ created, by: from.id }, 'channel connected');
  const t = ctx.services.i18n.for(ctx.services.channels.languageOf(from));
  const title = escapeMarkup(chat.title);
  const notice = created
    ? t('channel-connected', { title, language: t(`language-name-${subscriber.language}`), topics: subscriber.topics.length })
    : t('channel-reconnected', { title, state: subscriber.subscribed ? 'on' : 'paused' });
  await tell(ctx, from.id, notice);
}

composer.on('my_chat_member', async (ctx) => {
  const { chat, from, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
  if (chat.type === 'private') privateChat(ctx, chat.id, after);
  else if (chat.type === 'channel') await channel(ctx, chat, from, before, after);
  else await group(ctx, chat, before, after);
});

/**
 * A group became a supergroup: Telegram says so in both (migrate_to_chat_id in the old group,
 * migrate_from_chat_id in the new one). Whichever comes first moves the group's record; the other finds nothing left.
 */
function migrated(ctx: BotContext, fromChatId: number, toChatId: number): void {
  const moved = ctx.services.subscribers.migrate(fromChatId, toChatId);
  ctx.services.chatAdmins.forget(fromChatId);
  ctx.services.chatAdmins.forget(toChatId);
  if (moved) ctx.log.info({ from: fromChatId, to: toChatId }, 'group moved to its supergroup');
}

composer.on('message:migrate_to_chat_id', (ctx) => migrated(ctx, ctx.chat.id, ctx.message.migrate_to_chat_id));
composer.on('message:migrate_from_chat_id', (ctx) => migrated(ctx, ctx.message.migrate_from_chat_id, ctx.chat.id));

export const membership: Feature = { composer, commands: [] };
