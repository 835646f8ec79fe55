// What the fake Bot API remembers: chats, every message the bot sent (with its edits), the queue
// of updates waiting for getUpdates, callback queries, commands. No HTTP here.
import type {
  BotCommand,
  CallbackQuery,
  Chat,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ResponseParameters,
  Update,
  User,
  UserFromGetMe,
} from 'grammy/types';

/** A Telegram user as tests describe them; the fake fills in the rest. */
export interface FakeUser {
  id: number;
  language_code?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
}

export interface ChatInfo {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  first_name?: string;
  last_name?: string;
  username?: string;
  title?: string;
  /** a supergroup with forum topics */
  is_forum?: true;
}

/** One state of a message's content: as first sent, or after an edit. */
export interface MessageVersion {
  /** the text as the user sees it (tags parsed, entities decoded, trimmed) */
  text: string;
  /** the `text` parameter exactly as the bot sent it */
  source: string;
  parseMode?: string;
  entities: MessageEntity[];
  replyMarkup?: InlineKeyboardMarkup;
  method: string;
  /** Date.now() when the version was made */
  at: number;
}

/** A message the bot sent; its fields always show the current version. */
export interface SentMessage extends MessageVersion {
  chatId: number;
  messageId: number;
  /** Unix seconds, as in Message.date */
  date: number;
  /** reply keyboards, remove_keyboard, force_reply: the user sees them, the Message omits them */
  otherMarkup?: Record<string, unknown>;
  /** the sendMessage parameters as received */
  params: Record<string, unknown>;
  original: MessageVersion;
  edits: MessageVersion[];
  deleted: boolean;
  /** the forum topic the message went to (not set for a forum's General topic) */
  threadId?: number;
  /** the topic's forum_topic_created message, which Telegram shows the message as replying to */
  topicRoot?: Record<string, unknown>;
}

/** A Bot API error answer: `{ ok: false, error_code, description, parameters? }`. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

export const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const ascii = /[A-Za-z0-9_]/;

/** bot_command entities where Telegram marks them (TDLib's match_bot_commands). */
export function botCommandEntities(text: string): MessageEntity[] {
  const found: MessageEntity[] = [];
  for (let start = text.indexOf('/'); start !== -1; start = text.indexOf('/', start + 1)) {
    const lowSurrogate = start > 0 && /[\udc00-\udfff]/.test(text[start - 1] as string);
    const prev = start === 0 ? undefined : lowSurrogate ? text.slice(start - 2, start) : text[start - 1];
    if (isWordChar(prev) || (prev !== undefined && '/<>'.includes(prev))) continue;
    let end = start + 1;
    while (end < text.length && ascii.test(text[end] as string)) end++;
    if (end - start - 1 < 1 || end - start - 1 > 64) continue;
    if (text[end] === '@') {
      let at = end + 1;
      while (at < text.length && ascii.test(text[at] as string)) at++;
      if (at - end - 1 < 3 || at - end - 1 > 32) continue;
      end = at;
    }
    const code = text.codePointAt(end);
    const next = code === undefined ? undefined : String.fromCodePoint(code);
    if (isWordChar(next) || (next !== undefined && '/<>'.includes(next))) continue;
    found.push({ type: 'bot_command', offset: start, length: end - start });
  }
  return found;
}

export function buttonsOf(markup: InlineKeyboardMarkup | undefined): InlineKeyboardButton[] {
  return markup?.inline_keyboard.flat() ?? [];
}

export class FakeTelegramState {
  readonly chats = new Map<number, ChatInfo>();
  /** every message the bot sent, in order; add to it only through addSent */
  readonly sent: SentMessage[] = [];
  /** updates not yet confirmed through getUpdates' offset */
  updates: Update[] = [];
  /** the last allowed_updates a getUpdates call set; [] is Telegram's default set */
  allowedUpdates: string[] = [];
  readonly blocked = new Set<number>();
  readonly callbackQueries = new Map<string, { query: CallbackQuery; answer?: Record<string, unknown> }>();
  readonly commands = new Map<string, BotCommand[]>();
  readonly settings = new Map<string, unknown>();
  webhook: { url: string; params: Record<string, unknown> } | undefined;
  private readonly messageIds = new Map<number, number>();
  private readonly knownIds = new Map<number, Set<number>>();
  /** the bot's messages by chat, then by message_id (in the order sent): lookups without a scan */
  private readonly sentByChat = new Map<number, Map<number, SentMessage>>();
  private readonly sentListByChat = new Map<number, SentMessage[]>();
  private nextUpdateId = 700_000_001;
  private nextQueryId = 1;

  constructor(readonly bot: UserFromGetMe) {}

  registerChat(id: number, info: Partial<ChatInfo> = {}): ChatInfo {
    const type = id > 0 ? 'private' : id < -1_000_000_000_000 ? 'supergroup' : 'group';
    const chat: ChatInfo = { ...this.chats.get(id), id, type, ...info };
    if (chat.type === 'private') chat.first_name ??= `User ${id}`;
    else chat.title ??= `Chat ${id}`;
    this.chats.set(id, chat);
    return chat;
  }

  chatObject(id: number): Chat {
    const { type, ...rest } = this.chats.get(id) ?? this.registerChat(id);
    return { ...rest, type } as Chat;
  }

  /** private and group chats share one message_id sequence for both sides */
  nextMessageId(chatId: number): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    let known = this.knownIds.get(chatId);
    if (!known) this.knownIds.set(chatId, (known = new Set()));
    known.add(id);
    return id;
  }

  messageExists(chatId: number, messageId: number): boolean {
    if (!this.knownIds.get(chatId)?.has(messageId)) return false;
    return !this.find(chatId, messageId)?.deleted;
  }

  find(chatId: number, messageId: number): SentMessage | undefined {
    return this.sentByChat.get(chatId)?.get(messageId);
  }

  addSent(message: SentMessage): void {
    this.sent.push(message);
    let byId = this.sentByChat.get(message.chatId);
    let list = this.sentListByChat.get(message.chatId);
    if (!byId || !list) {
      this.sentByChat.set(message.chatId, (byId = new Map()));
      this.sentListByChat.set(message.chatId, (list = []));
    }
    byId.set(message.messageId, message);
    list.push(message);
  }

  /** The bot's messages in the chat, oldest first, deleted ones included (do not modify). */
  sentTo(chatId: number): readonly SentMessage[] {
    return this.sentListByChat.get(chatId) ?? [];
  }

  /** Chats the bot has sent to, with how many messages each (deleted ones included). */
  sentCountByChat(): Map<number, number> {
    return new Map([...this.sentListByChat].map(([chatId, list]) => [chatId, list.length]));
  }

  toMessage(m: SentMessage): Message {
    const chat = this.chatObject(m.chatId);
    // In a channel the post is the channel's own: sender_chat, no from.
    const sender = chat.type === 'channel' ? { sender_chat: chat } : { from: this.botUser() };
    const message: Record<string, unknown> = { message_id: m.messageId, ...sender, chat, date: m.date };
    if (m.threadId !== undefined) message.message_thread_id = m.threadId;
    if (m.topicRoot) message.reply_to_message = m.topicRoot;
    message.text = m.text;
    if (m.threadId !== undefined) message.is_topic_message = true;
    if (m.edits.length > 0) message.edit_date = Math.floor((m.edits.at(-1) as MessageVersion).at / 1000);
    if (m.entities.length > 0) message.entities = m.entities;
    if (m.replyMarkup && m.replyMarkup.inline_keyboard.length > 0) message.reply_markup = m.replyMarkup;
    return message as unknown as Message;
  }

  botUser(): User {
    const { id, is_bot, first_name, username } = this.bot;
    return { id, is_bot, first_name, username };
  }

  queue(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.updates.push(full);
    return full;
  }

  /** `extra`: fields added to the message (a forum topic's, for one). */
  userSends(user: FakeUser, text: string, opts: UserSendOptions = {}, extra: Record<string, unknown> = {}): Update {
    const from = userObject(user);
    const chatId = opts.chatId ?? user.id;
    if (chatId === user.id) {
      this.registerChat(chatId, {
        type: 'private',
        first_name: from.first_name,
        ...(user.last_name !== undefined && { last_name: user.last_name }),
        ...(user.username !== undefined && { username: user.username }),
      });
    } else if (!this.chats.has(chatId)) this.registerChat(chatId);
    const message: Record<string, unknown> = {
      message_id: this.nextMessageId(chatId),
      from,
      chat: this.chatObject(chatId),
      date: opts.date ?? Math.floor(Date.now() / 1000),
      text,
      ...extra,
    };
    const entities = opts.entities ?? botCommandEntities(text);
    if (entities.length > 0) message.entities = entities;
    if (opts.replyTo !== undefined) {
      const replied = this.find(chatId, opts.replyTo);
      message.reply_to_message = replied ? this.toMessage(replied) : { message_id: opts.replyTo, chat: message.chat, date: message.date };
    }
    return this.queue({ message: message as unknown as Update['message'] });
  }

  userPresses(user: FakeUser, target: MessageRef, data: string, opts: { force?: boolean } = {}): Update {
    const { chatId, messageId } = refOf(target);
    const m = this.find(chatId, messageId);
    if (!m || m.deleted) {
      throw new Error(`userPresses: the bot has no ${m ? 'undeleted ' : ''}message ${messageId} in chat ${chatId}`);
    }
    const datas = buttonsOf(m.replyMarkup).flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
    if (!opts.force && !datas.includes(data)) {
      throw new Error(
        `userPresses: message ${messageId} in chat ${chatId} has no button with callback_data ` +
          `${JSON.stringify(data)}; its buttons carry ${JSON.stringify(datas)} (pass { force: true } to press anyway)`,
      );
    }
    const query: CallbackQuery = {
      id: String(4_200_000_000_000 + this.nextQueryId++),
      from: userObject(user),
      message: this.toMessage(m),
      chat_instance: String(-8_000_000_000_000 - chatId),
      data,
    };
    this.callbackQueries.set(query.id, { query });
    return this.queue({ callback_query: query });
  }
}

export interface UserSendOptions {
  /** a group chat to write in instead of the user's private chat */
  chatId?: number;
  /** a forum topic of that chat (its message_thread_id); none: the General topic */
  threadId?: number;
  date?: number;
  /** instead of the bot_command entities the fake derives */
  entities?: MessageEntity[];
  replyTo?: number;
}

export type MessageRef = SentMessage | { chatId: number; messageId: number } | Pick<Message, 'message_id' | 'chat'>;

export function refOf(target: MessageRef): { chatId: number; messageId: number } {
  if ('message_id' in target) return { chatId: target.chat.id, messageId: target.message_id };
  return { chatId: target.chatId, messageId: target.messageId };
}

export function userObject(user: FakeUser): User {
  return {
    id: user.id,
    is_bot: false,
    first_name: user.first_name ?? `User ${user.id}`,
    ...(user.last_name !== undefined && { last_name: user.last_name }),
    ...(user.username !== undefined && { username: user.username }),
    ...(user.language_code !== undefined && { language_code: user.language_code }),
  };
}
