// What tests do to groups, supergroups and channels: create them with their members, add the
// bot, promote or remove it (the bot gets my_chat_member updates, and the service messages
// Telegram sends with them), post in channels, open and close forum topics, upgrade a group to
// a supergroup. Reached as `fake.chats`.
import type { ChatMember, Update, User } from 'grammy/types';
import { type ChatMemberUser, isInChat, type MemberInput, type MemberSpec, type MemberStatus, specOf } from './fake-telegram-members.ts';
import { type ChatRooms, type ForumTopic, GENERAL_TOPIC } from './fake-telegram-rooms.ts';
import type { ChatInfo, FakeTelegramState } from './fake-telegram-state.ts';
import { botCommandEntities } from './fake-telegram-state.ts';

/** A member of a chat being created: its standing and who it is. */
export interface MemberEntry extends MemberSpec {
  user: ChatMemberUser;
}

export interface ChatOptions {
  /** default: a fresh id of the right kind (-4… for groups, -100… for supergroups and channels) */
  id?: number;
  title?: string;
  /** supergroups and channels: makes the chat public (readable by a bot outside it) */
  username?: string;
  /** people in the chat besides the bot; a bare user is a plain member */
  members?: (ChatMemberUser | MemberEntry)[];
  /** the bot's standing; default a member, in a channel an administrator who may post */
  bot?: MemberInput;
}

export interface ActOptions {
  /** the user who did it: `from` of the updates */
  by: ChatMemberUser;
  /** Unix seconds; default now */
  date?: number;
}

/** The service user Telegram shows as the sender of a supergroup's own messages. */
export const GROUP_ANONYMOUS_BOT: User = {
  id: 1087968824,
  is_bot: true,
  first_name: 'Group',
  username: 'GroupAnonymousBot',
};

const BOT_POSTER: MemberSpec = { status: 'administrator', rights: { can_post_messages: true, can_edit_messages: true } };
const now = () => Math.floor(Date.now() / 1000);

export class FakeChats {
  private nextGroup = 4_000_000_001;
  private nextChannel = 1_002_000_000_001;

  constructor(
    private readonly state: FakeTelegramState,
    private readonly rooms: ChatRooms,
    /** queues the update and wakes a held getUpdates */
    private readonly queue: (update: Omit<Update, 'update_id'>) => Update,
  ) {}

  /** A basic group (`type: 'group'`, id -4…). */
  group(opts: ChatOptions = {}): ChatInfo {
    return this.create('group', opts);
  }

  /** A supergroup (id -100…); with `forum: true` it has topics, and a General topic. */
  supergroup(opts: ChatOptions & { forum?: boolean } = {}): ChatInfo {
    return this.create('supergroup', opts, opts.forum === true);
  }

  /** A channel (id -100…); the bot is by default an administrator that may post. */
  channel(opts: ChatOptions = {}): ChatInfo {
    return this.create('channel', opts);
  }

  /** Sets a user's standing without telling the bot (Telegram sends chat_member updates only on request). */
  setMember(chatId: number, user: ChatMemberUser, input: MemberInput): ChatMember {
    this.rooms.remember(user);
    return this.rooms.setMember(chatId, user.id, input).now;
  }

  /** The ChatMember object getChatMember would answer with (status "left" for strangers). */
  member(chatId: number, userId: number): ChatMember {
    return this.rooms.memberObject(chatId, userId);
  }

  botMember(chatId: number): ChatMember {
    return this.member(chatId, this.state.bot.id);
  }

  /**
   * Someone changes the bot's standing: the bot gets a my_chat_member update with `from` the user
   * who did it. In groups and supergroups joining and leaving also come as a service message
   * (new_chat_members / left_chat_member) unless `serviceMessage` is false. In a private chat,
   * "kicked" is the user blocking the bot (sends then get 403) and "member" unblocking it.
   * Returns the my_chat_member update.
   */
  setBotStatus(chatId: number, input: MemberInput, opts: ActOptions & { serviceMessage?: boolean }): Update {
    const from = this.rooms.remember(opts.by);
    const date = opts.date ?? now();
    if (this.rooms.chat(chatId).type === 'private') return this.privateStatus(chatId, specOf(input).status, from, date);
    const wasIn = isInChat(this.rooms.botSpec(chatId));
    const { old, now: current } = this.rooms.setMember(chatId, this.state.bot.id, input);
    const chat = this.state.chatObject(chatId);
    const update = this.queue({
      my_chat_member: { chat, from, date, old_chat_member: old, new_chat_member: current },
    });
    const isIn = isInChat(specOf(input));
    if (opts.serviceMessage !== false && chat.type !== 'channel' && wasIn !== isIn) {
      const bot = this.state.botUser();
      const service = isIn
        ? { new_chat_participant: bot, new_chat_member: bot, new_chat_members: [bot] }
        : { left_chat_participant: bot, left_chat_member: bot };
      this.queue({ message: this.message(chatId, from, date, service) });
    }
    return update;
  }

  /** A user adds the bot (default standing: a member; in a channel, an administrator that may post). */
  addBot(chatId: number, by: ChatMemberUser, input?: MemberInput): Update {
    const fallback = this.rooms.chat(chatId).type === 'channel' ? BOT_POSTER : 'member';
    return this.setBotStatus(chatId, input ?? fallback, { by });
  }

  /** A user removes the bot: it is "kicked", and sends there fail with 403 until it is added again. */
  removeBot(chatId: number, by: ChatMemberUser): Update {
    return this.setBotStatus(chatId, { status: 'kicked', untilDate: 0 }, { by });
  }

  /** A post in a channel, as the bot receives it (channel_post: sender_chat, no from). */
  channelPost(chatId: number, text: string, opts: { date?: number; authorSignature?: string } = {}): Update {
    const chat = this.state.chatObject(chatId);
    if (chat.type !== 'channel') throw new Error(`channelPost: chat ${chatId} is a ${chat.type}, not a channel`);
    if (!isInChat(this.rooms.botSpec(chatId))) throw new Error(`channelPost: the bot is not in channel ${chatId}`);
    const post: Record<string, unknown> = {
      message_id: this.state.nextMessageId(chatId),
      sender_chat: chat,
      chat,
      date: opts.date ?? now(),
      ...(opts.authorSignature !== undefined && { author_signature: opts.authorSignature }),
      text,
    };
    const entities = botCommandEntities(text);
    if (entities.length > 0) post.entities = entities;
    return this.queue({ channel_post: post as unknown as Update['channel_post'] });
  }

  /** A new topic in a forum; with `by`, the bot also gets its forum_topic_created message. */
  createTopic(chatId: number, name: string, opts: Partial<ActOptions> & { iconColor?: number } = {}): ForumTopic {
    if (!this.rooms.chat(chatId).is_forum) throw new Error(`createTopic: chat ${chatId} is not a forum supergroup`);
    const creator = opts.by ? this.rooms.remember(opts.by).id : this.state.bot.id;
    const topic = this.rooms.addTopic(chatId, name, creator, opts.iconColor);
    if (opts.date !== undefined) topic.date = opts.date;
    if (opts.by) this.queue({ message: this.rooms.topicRoot(topic) as unknown as Update['message'] });
    return topic;
  }

  /** Closes a topic: the bot's sends there get TOPIC_CLOSED unless it created it or manages topics. */
  closeTopic(chatId: number, threadId: number, opts: Partial<ActOptions> = {}): ForumTopic {
    return this.toggle(chatId, threadId, true, opts);
  }

  reopenTopic(chatId: number, threadId: number, opts: Partial<ActOptions> = {}): ForumTopic {
    return this.toggle(chatId, threadId, false, opts);
  }

  /** Deletes a topic: sends there get "message thread not found". */
  deleteTopic(chatId: number, threadId: number): void {
    this.rooms.liveTopic(chatId, threadId).deleted = true;
  }

  topic(chatId: number, threadId: number): ForumTopic | undefined {
    return this.rooms.room(chatId).topics.get(threadId);
  }

  /**
   * A group becomes a supergroup: the bot gets a message in the group with migrate_to_chat_id and
   * one in the supergroup with migrate_from_chat_id; members carry over; from then on sends to the
   * group's id fail with "group chat was upgraded to a supergroup chat". Returns the supergroup.
   */
  upgradeToSupergroup(groupId: number, opts: ActOptions & { id?: number; announce?: boolean }): ChatInfo {
    const group = this.rooms.chat(groupId);
    if (group.type !== 'group') throw new Error(`upgradeToSupergroup: chat ${groupId} is a ${group.type}`);
    const room = this.rooms.room(groupId);
    if (room.migratedTo !== undefined) throw new Error(`upgradeToSupergroup: group ${groupId} was upgraded already`);
    const id = opts.id ?? this.freeId('supergroup');
    const supergroup = this.state.registerChat(id, { type: 'supergroup', title: group.title });
    const target = this.rooms.room(id);
    target.members.clear();
    for (const [userId, spec] of room.members) target.members.set(userId, { ...spec });
    target.migratedFrom = groupId;
    room.migratedTo = id;
    const from = this.rooms.remember(opts.by);
    const date = opts.date ?? now();
    // announce: false leaves out the two service messages, as when the bot missed them (it was down):
    // it then learns of the migration only from a send to the old id.
    if (opts.announce === false) return supergroup;
    this.queue({ message: this.message(groupId, from, date, { migrate_to_chat_id: id }) });
    const own = { sender_chat: this.state.chatObject(id) };
    this.queue({ message: this.message(id, GROUP_ANONYMOUS_BOT, date, { ...own, migrate_from_chat_id: groupId }) });
    return supergroup;
  }

  /**
   * What a message from `user` in a group chat carries beyond the basics (its forum topic), after
   * checking it could be written: the bot must be in the chat to see it, and the user must be
   * allowed to write (someone new to the chat becomes a member).
   */
  messageFields(user: ChatMemberUser, chatId: number, threadId?: number): Record<string, unknown> {
    this.rooms.remember(user);
    const chat = this.state.chats.get(chatId);
    if (!chat || chat.type === 'private') return {};
    if (chat.type === 'channel') throw new Error(`userSends: chat ${chatId} is a channel; use chats.channelPost`);
    if (!isInChat(this.rooms.botSpec(chatId))) {
      throw new Error(`userSends: the bot is not in chat ${chatId} (${this.rooms.botSpec(chatId).status}); it would not see this`);
    }
    if (this.rooms.room(chatId).migratedTo !== undefined) throw new Error(`userSends: group ${chatId} was upgraded to a supergroup`);
    const spec = this.rooms.room(chatId).members.get(user.id);
    if (!spec) this.rooms.setMember(chatId, user.id, 'member');
    else if (!isInChat(spec) || (spec.status === 'restricted' && spec.permissions?.can_send_messages !== true)) {
      throw new Error(`userSends: user ${user.id} may not write in chat ${chatId} (${spec.status})`);
    }
    if (threadId === undefined || threadId === GENERAL_TOPIC) return {};
    const topic = this.rooms.liveTopic(chatId, threadId);
    return { message_thread_id: topic.threadId, reply_to_message: this.rooms.topicRoot(topic), is_topic_message: true };
  }

  private create(type: 'group' | 'supergroup' | 'channel', opts: ChatOptions, forum = false): ChatInfo {
    const id = opts.id ?? this.freeId(type);
    if (this.state.chats.has(id)) throw new Error(`chat ${id} exists already`);
    const chat = this.state.registerChat(id, {
      type,
      title: opts.title ?? `${type[0]?.toUpperCase()}${type.slice(1)} ${-id}`,
      ...(opts.username !== undefined && { username: opts.username }),
      ...(forum && { is_forum: true as const }),
    });
    // Message 1 is the chat's creation; in a forum, 1 is also the General topic.
    this.state.nextMessageId(id);
    const room = this.rooms.room(id);
    if (opts.bot !== undefined) room.members.set(this.state.bot.id, specOf(opts.bot));
    for (const entry of opts.members ?? []) {
      const { user, ...spec } = 'user' in entry ? entry : { user: entry, status: 'member' as const };
      this.rooms.remember(user);
      room.members.set(user.id, spec);
    }
    return chat;
  }

  private freeId(type: 'group' | 'supergroup' | 'channel'): number {
    let id: number;
    do id = type === 'group' ? -this.nextGroup++ : -this.nextChannel++;
    while (this.state.chats.has(id));
    return id;
  }

  /** In a private chat the bot is "kicked" while the user blocks it, a "member" otherwise. */
  private privateStatus(chatId: number, status: MemberStatus, from: User, date: number): Update {
    if (status !== 'member' && status !== 'kicked') {
      throw new Error(`setBotStatus: in a private chat the bot is a member or kicked (blocked), not ${status}`);
    }
    const bot = this.state.botUser();
    const as = (blocked: boolean): ChatMember =>
      blocked ? { status: 'kicked', until_date: 0, user: bot } : { status: 'member', user: bot };
    const old = as(this.state.blocked.has(chatId));
    if (status === 'kicked') this.state.blocked.add(chatId);
    else this.state.blocked.delete(chatId);
    const chat = this.state.chatObject(chatId);
    return this.queue({ my_chat_member: { chat, from, date, old_chat_member: old, new_chat_member: as(status === 'kicked') } });
  }

  private toggle(chatId: number, threadId: number, closed: boolean, opts: Partial<ActOptions>): ForumTopic {
    const topic = this.rooms.liveTopic(chatId, threadId);
    topic.closed = closed;
    if (opts.by) {
      const from = this.rooms.remember(opts.by);
      const fields = { message_thread_id: threadId, [closed ? 'forum_topic_closed' : 'forum_topic_reopened']: {}, is_topic_message: true };
      this.queue({ message: this.message(chatId, from, opts.date ?? now(), fields) });
    }
    return topic;
  }

  private message(chatId: number, from: User, date: number, fields: Record<string, unknown>): Update['message'] {
    const message = { message_id: this.state.nextMessageId(chatId), from, chat: this.state.chatObject(chatId), date, ...fields };
    return message as unknown as Update['message'];
  }
}
