// Bot API methods about chat members and forum topics. Checks come in the Bot API's order: the
// parameters it parses itself, the chat (telegram-bot-api's check_chat), then TDLib's and the
// server's own refusals; wordings are theirs (see fake-telegram-rooms.ts).
import type { ForumTopic as ApiForumTopic } from 'grammy/types';
import type { MethodContext } from './fake-telegram-methods.ts';
import { hasRight, isInChat } from './fake-telegram-members.ts';
import { type ChatRooms, type ForumTopic, resolveChatId } from './fake-telegram-rooms.ts';
import { badRequest } from './fake-telegram-state.ts';

type Params = Record<string, unknown>;
type Handler = (ctx: MethodContext, p: Params) => unknown;

const chatOf = (ctx: MethodContext, p: Params) => resolveChatId(ctx.state, p);

function userIdOf(p: Params): number {
  const id = typeof p.user_id === 'number' ? p.user_id : Number(p.user_id);
  if (!Number.isSafeInteger(id) || id <= 0) throw badRequest('invalid user_id specified');
  return id;
}

/** A forum supergroup the bot may write to; TDLib's "The chat is not a forum" otherwise. */
function forumOf(ctx: MethodContext, p: Params): number {
  const chatId = chatOf(ctx, p);
  ctx.rooms.checkAccess(chatId, 'write');
  if (!ctx.rooms.chat(chatId).is_forum) throw badRequest('the chat is not a forum');
  return chatId;
}

/**
 * The topic a close/reopen/delete names. An id that is no topic gets the server's
 * TOPIC_ID_INVALID (its MTProto error for channels.editForumTopic; not seen through the Bot API).
 */
function topicOf(rooms: ChatRooms, chatId: number, p: Params): ForumTopic {
  const threadId = typeof p.message_thread_id === 'number' ? p.message_thread_id : 0;
  if (threadId <= 0) throw badRequest('invalid forum topic identifier specified');
  const topic = rooms.room(chatId).topics.get(threadId);
  if (!topic || topic.deleted) throw badRequest('TOPIC_ID_INVALID');
  return topic;
}

function setClosed(ctx: MethodContext, p: Params, closed: boolean): true {
  const chatId = forumOf(ctx, p);
  const topic = topicOf(ctx.rooms, chatId, p);
  const bot = ctx.rooms.botSpec(chatId);
  if (!hasRight(bot, 'can_manage_topics') && topic.createdBy !== ctx.state.bot.id) {
    throw badRequest('not enough rights to close or open the topic');
  }
  // Observed answer for closing a closed topic or reopening an open one.
  if (topic.closed === closed) throw badRequest('TOPIC_NOT_MODIFIED');
  topic.closed = closed;
  return true;
}

export const CHAT_METHODS: Record<string, Handler> = {
  getChatMember: (ctx, p) => {
    const userId = userIdOf(p);
    const chatId = chatOf(ctx, p);
    const self = userId === ctx.state.bot.id;
    ctx.rooms.checkAccess(chatId, self ? 'read' : 'readMembers');
    const chat = ctx.rooms.chat(chatId);
    if (chat.type === 'private') {
      // Only the two people in it: TDLib's "Member not found" otherwise.
      if (!self && userId !== chatId) throw badRequest('member not found');
      return ctx.rooms.memberObject(chatId, userId);
    }
    ctx.rooms.checkMemberList(chatId);
    // Someone who is not in the chat is a member with status "left", as Telegram answers.
    return ctx.rooms.memberObject(chatId, userId);
  },
  getChatAdministrators: (ctx, p) => {
    const chatId = chatOf(ctx, p);
    ctx.rooms.checkAccess(chatId, 'readMembers');
    if (ctx.rooms.chat(chatId).type === 'private') throw badRequest('there are no administrators in the private chat');
    ctx.rooms.checkMemberList(chatId);
    return ctx.rooms.administrators(chatId, p.return_bots === true);
  },
  getChatMemberCount: (ctx, p) => {
    const chatId = chatOf(ctx, p);
    ctx.rooms.checkAccess(chatId, 'readMembers');
    if (ctx.rooms.chat(chatId).type === 'private') return chatId === ctx.state.bot.id ? 1 : 2;
    return [...ctx.rooms.room(chatId).members.keys()].filter((id) => {
      const m = ctx.rooms.memberObject(chatId, id);
      return ['creator', 'administrator', 'member'].includes(m.status) || (m.status === 'restricted' && m.is_member);
    }).length;
  },
  leaveChat: (ctx, p) => {
    const chatId = chatOf(ctx, p);
    ctx.rooms.checkAccess(chatId, 'read');
    const chat = ctx.rooms.chat(chatId);
    if (chat.type === 'private') throw badRequest("can't leave private chats");
    if (!isInChat(ctx.rooms.botSpec(chatId))) return true;
    const { old, now } = ctx.rooms.setMember(chatId, ctx.state.bot.id, 'left');
    // The bot hears of its own departure, as of any change to its membership.
    ctx.state.queue({
      my_chat_member: {
        chat: ctx.state.chatObject(chatId),
        from: ctx.state.botUser(),
        date: Math.floor(Date.now() / 1000),
        old_chat_member: old,
        new_chat_member: now,
      },
    });
    ctx.delivered();
    return true;
  },
  createForumTopic: (ctx, p) => {
    const chatId = forumOf(ctx, p);
    const bot = ctx.rooms.botSpec(chatId);
    const mayCreate = hasRight(bot, 'can_manage_topics') || (bot.status === 'restricted' && bot.permissions?.can_manage_topics === true);
    if (!mayCreate) throw badRequest('not enough rights to create a topic');
    const name = typeof p.name === 'string' ? p.name.trim().slice(0, 128) : '';
    if (name === '') throw badRequest('name must be non-empty');
    const color = typeof p.icon_color === 'number' && p.icon_color > 0 ? p.icon_color : undefined;
    const topic = ctx.rooms.addTopic(chatId, name, ctx.state.bot.id, color);
    const result: ApiForumTopic = { message_thread_id: topic.threadId, name: topic.name, icon_color: topic.iconColor };
    if (typeof p.icon_custom_emoji_id === 'string' && p.icon_custom_emoji_id !== '') {
      result.icon_custom_emoji_id = p.icon_custom_emoji_id;
    }
    return result;
  },
  closeForumTopic: (ctx, p) => setClosed(ctx, p, true),
  reopenForumTopic: (ctx, p) => setClosed(ctx, p, false),
  deleteForumTopic: (ctx, p) => {
    const chatId = forumOf(ctx, p);
    const topic = topicOf(ctx.rooms, chatId, p);
    if (!hasRight(ctx.rooms.botSpec(chatId), 'can_delete_messages') && topic.createdBy !== ctx.state.bot.id) {
      throw badRequest('not enough rights to delete the topic');
    }
    topic.deleted = true;
    return true;
  },
};
