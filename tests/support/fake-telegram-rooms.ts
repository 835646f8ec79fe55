// Who is in each group, supergroup and channel (the bot included), its forum topics and its
// migration, and the access checks the Bot API makes before it touches such a chat. The checks
// and their wording follow telegram-bot-api's Client::check_chat_access and TDLib's
// DialogManager::can_send_message_to_dialog; ChatMember objects follow Client::JsonChatMember.
import type { ChatMember, User } from 'grammy/types';
import {
  type ChatMemberUser,
  chatMemberObject,
  hasRight,
  isInChat,
  type MemberInput,
  type MemberSpec,
  specOf,
} from './fake-telegram-members.ts';
import { ApiError, badRequest, type ChatInfo, type FakeTelegramState, userObject } from './fake-telegram-state.ts';

export interface ForumTopic {
  chatId: number;
  /** the topic's message_thread_id: the message_id of its forum_topic_created message */
  threadId: number;
  name: string;
  iconColor: number;
  closed: boolean;
  deleted: boolean;
  /** user id of whoever created it (the bot's own id for createForumTopic) */
  createdBy: number;
  date: number;
}

export interface Room {
  members: Map<number, MemberSpec>;
  topics: Map<number, ForumTopic>;
  /** set on a group upgraded to a supergroup */
  migratedTo?: number;
  migratedFrom?: number;
}

/** 'readMembers' is getChatMember/getChatAdministrators; 'edit' edits; 'write' sends. */
export type Access = 'read' | 'readMembers' | 'edit' | 'write';

/** The General topic of a forum: messages sent without message_thread_id go there. */
export const GENERAL_TOPIC = 1;
/** Telegram's first topic icon colour (0x6FB9F0), used when none is given. */
export const DEFAULT_TOPIC_COLOR = 7322096;

/** The chat a `chat_id` parameter names ("@username" or the id), or 400 "chat not found". */
export function resolveChatId(state: FakeTelegramState, p: Record<string, unknown>, key = 'chat_id'): number {
  const raw = p[key];
  if (raw === undefined || raw === '') throw badRequest(`${key} is empty`);
  if (typeof raw === 'string' && raw.startsWith('@')) {
    const name = raw.slice(1).toLowerCase();
    for (const chat of state.chats.values()) if (chat.username?.toLowerCase() === name) return chat.id;
    throw badRequest('chat not found');
  }
  const id = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isSafeInteger(id) || !state.chats.has(id)) throw badRequest('chat not found');
  return id;
}

const kind = (type: ChatInfo['type']) => (type === 'group' ? 'group' : type === 'supergroup' ? 'supergroup' : 'channel');

export class ChatRooms {
  private readonly rooms = new Map<number, Room>();
  private readonly users = new Map<number, User>();

  constructor(private readonly state: FakeTelegramState) {}

  /** The chat's room; a chat nobody set up has the bot as a member (a channel: as its poster). */
  room(chatId: number): Room {
    let room = this.rooms.get(chatId);
    if (!room) {
      const bot: MemberSpec =
        this.chat(chatId).type === 'channel'
          ? { status: 'administrator', rights: { can_post_messages: true, can_edit_messages: true } }
          : { status: 'member' };
      room = { members: new Map([[this.state.bot.id, bot]]), topics: new Map() };
      this.rooms.set(chatId, room);
    }
    return room;
  }

  chat(chatId: number): ChatInfo {
    return this.state.chats.get(chatId) ?? this.state.registerChat(chatId);
  }

  /** Keeps a user's details for the ChatMember objects and messages that show them. */
  remember(user: ChatMemberUser): User {
    const object = { ...userObject(user), ...(user.is_bot && { is_bot: true }) };
    this.users.set(user.id, object);
    return object;
  }

  user(userId: number): User {
    if (userId === this.state.bot.id) return this.state.botUser();
    return this.users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` };
  }

  spec(chatId: number, userId: number): MemberSpec {
    return this.room(chatId).members.get(userId) ?? { status: 'left' };
  }

  botSpec(chatId: number): MemberSpec {
    return this.spec(chatId, this.state.bot.id);
  }

  /** Sets a member's standing; returns the ChatMember objects before and after. */
  setMember(chatId: number, userId: number, input: MemberInput): { old: ChatMember; now: ChatMember } {
    const old = this.memberObject(chatId, userId);
    this.room(chatId).members.set(userId, specOf(input));
    return { old, now: this.memberObject(chatId, userId) };
  }

  /** The ChatMember object getChatMember answers with. */
  memberObject(chatId: number, userId: number): ChatMember {
    const type = this.chat(chatId).type;
    const user = this.user(userId);
    return type === 'private' ? { status: 'member', user } : chatMemberObject(type, user, this.spec(chatId, userId));
  }

  /** Creator first, then administrators, in the order they were made. */
  administrators(chatId: number, returnBots: boolean): ChatMember[] {
    const ids = [...this.room(chatId).members]
      .filter(([, spec]) => spec.status === 'creator' || spec.status === 'administrator')
      .sort(([, a], [, b]) => Number(b.status === 'creator') - Number(a.status === 'creator'))
      .map(([id]) => id)
      .filter((id) => returnBots || id === this.state.bot.id || !this.user(id).is_bot);
    return ids.map((id) => this.memberObject(chatId, id));
  }

  /**
   * Throws the error Telegram answers when the bot may not use the chat this way: a migrated
   * group, a chat the bot was kicked from or is not in (public supergroups and channels can be
   * read from outside). Private chats pass.
   */
  checkAccess(chatId: number, access: Access): void {
    const chat = this.chat(chatId);
    if (chat.type === 'private') return;
    const room = this.room(chatId);
    const bot = this.botSpec(chatId);
    if (chat.type === 'group') {
      const write = access === 'write' || access === 'readMembers';
      const edit = write || access === 'edit';
      if (room.migratedTo !== undefined) {
        if (!write) return;
        throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
          migrate_to_chat_id: room.migratedTo,
        });
      }
      if (bot.status === 'kicked' && edit) throw new ApiError(403, 'Forbidden: bot was kicked from the group chat');
      if (!isInChat(bot) && edit) throw new ApiError(403, 'Forbidden: bot is not a member of the group chat');
      return;
    }
    const name = kind(chat.type);
    if (bot.status === 'kicked') throw new ApiError(403, `Forbidden: bot was kicked from the ${name} chat`);
    const needsMembership = chat.username === undefined || access === 'write' || access === 'edit';
    if (!isInChat(bot) && needsMembership) throw new ApiError(403, `Forbidden: bot is not a member of the ${name} chat`);
  }

  /** TDLib refuses member lists of a channel to a bot that is not one of its administrators. */
  checkMemberList(chatId: number): void {
    const bot = this.botSpec(chatId);
    if (this.chat(chatId).type === 'channel' && bot.status !== 'creator' && bot.status !== 'administrator') {
      throw badRequest('member list is inaccessible');
    }
  }

  /**
   * What sendMessage checks once the chat is known, in the Bot API's order; returns the forum
   * topic the message goes to (undefined: the chat itself, or a forum's General topic).
   * message_thread_id is ignored outside forums, as the Bot API does.
   */
  checkSend(chatId: number, threadParam: unknown): ForumTopic | undefined {
    this.checkAccess(chatId, 'write');
    const chat = this.chat(chatId);
    if (chat.type === 'private') return undefined;
    const threadId = typeof threadParam === 'number' && threadParam > 0 ? threadParam : 0;
    let topic: ForumTopic | undefined;
    if (chat.is_forum && threadId !== 0) {
      // The General topic cannot be named: "message thread not found" for 1 (Client::check_message_topic).
      topic = threadId === GENERAL_TOPIC ? undefined : this.room(chatId).topics.get(threadId);
      if (!topic || topic.deleted) throw badRequest('message thread not found');
    }
    const bot = this.botSpec(chatId);
    if (chat.type === 'channel' && !hasRight(bot, 'can_post_messages')) {
      throw badRequest('need administrator rights in the channel chat');
    }
    if (bot.status === 'restricted' && bot.permissions?.can_send_messages !== true) {
      throw badRequest('not enough rights to send text messages to the chat');
    }
    // The server's answer; the topic's creator and admins who manage topics may still write.
    if (topic?.closed && topic.createdBy !== this.state.bot.id && !hasRight(bot, 'can_manage_topics')) {
      throw badRequest('TOPIC_CLOSED');
    }
    return topic;
  }

  /** The topic's first message, the one Telegram shows as replied to by messages in the topic. */
  topicRoot(topic: ForumTopic): Record<string, unknown> {
    return {
      message_id: topic.threadId,
      from: this.user(topic.createdBy),
      chat: this.state.chatObject(topic.chatId),
      date: topic.date,
      message_thread_id: topic.threadId,
      forum_topic_created: { name: topic.name, icon_color: topic.iconColor },
      is_topic_message: true,
    };
  }

  addTopic(chatId: number, name: string, createdBy: number, iconColor = DEFAULT_TOPIC_COLOR): ForumTopic {
    const topic: ForumTopic = {
      chatId,
      threadId: this.state.nextMessageId(chatId),
      name,
      iconColor,
      closed: false,
      deleted: false,
      createdBy,
      date: Math.floor(Date.now() / 1000),
    };
    this.room(chatId).topics.set(topic.threadId, topic);
    return topic;
  }

  /** The topic, or throws for a chat that is no forum or a topic that is not there (deleted ones included). */
  liveTopic(chatId: number, threadId: number): ForumTopic {
    if (!this.chat(chatId).is_forum) throw new Error(`chat ${chatId} is not a forum supergroup`);
    const topic = this.room(chatId).topics.get(threadId);
    if (!topic || topic.deleted) throw new Error(`chat ${chatId} has no topic ${threadId}`);
    return topic;
  }
}
