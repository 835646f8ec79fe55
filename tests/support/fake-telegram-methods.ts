// The Bot API methods the fake answers (all but getUpdates, which needs the HTTP layer to hold
// requests open). Each takes the decoded parameters and returns the `result`, or throws ApiError
// with the description Telegram would send.
import type { BotCommand, InlineKeyboardMarkup, MessageEntity } from 'grammy/types';
import { ApiError, badRequest, type FakeTelegramState, type MessageVersion, type SentMessage } from './fake-telegram-state.ts';
import { CHAT_METHODS } from './fake-telegram-chat-methods.ts';
import { type ChatRooms, resolveChatId } from './fake-telegram-rooms.ts';
import { checkTelegramLink, parseTelegramHtml, sortEntities, TelegramHtmlError, trimMessageText } from './telegram-html.ts';

export interface MethodContext {
  state: FakeTelegramState;
  /** members, topics and migrations of groups, supergroups and channels */
  rooms: ChatRooms;
  /** wakes a held getUpdates after a method queued an update */
  delivered: () => void;
  /** refuse what Telegram prints literally (bare `&`, `&nbsp;`): see telegram-html.ts */
  strictHtml: boolean;
}

type Params = Record<string, unknown>;
type Handler = (ctx: MethodContext, p: Params) => unknown;

export const MAX_TEXT = 4096;
const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same ' +
  'as a current content and reply markup of the message';
const BUTTON_KINDS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
  'disabled',
];
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

export function chatIdOf(ctx: MethodContext, p: Params, key = 'chat_id'): number {
  return resolveChatId(ctx.state, p, key);
}

function messageIdOf(p: Params): number {
  const id = p.message_id;
  if (id === undefined) throw badRequest('message identifier is not specified');
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw badRequest('message identifier is not specified');
  return id;
}

/** 403 for a chat the user blocked: checked after the content, as Telegram does. */
function checkBlocked(ctx: MethodContext, chatId: number): void {
  if (ctx.state.blocked.has(chatId)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
}

type Content = Pick<MessageVersion, 'text' | 'source' | 'parseMode' | 'entities'>;

function contentOf(ctx: MethodContext, p: Params, tooLong: string): Content {
  const source = typeof p.text === 'string' ? p.text : p.text === undefined ? '' : String(p.text);
  const parseMode = typeof p.parse_mode === 'string' && p.parse_mode !== '' ? p.parse_mode : undefined;
  let parsed: { text: string; entities: MessageEntity[] };
  if (parseMode === undefined) {
    parsed = { text: source, entities: Array.isArray(p.entities) ? sortEntities(p.entities as MessageEntity[]) : [] };
  } else if (parseMode.toLowerCase() === 'html') {
    try {
      parsed = parseTelegramHtml(source, { strict: ctx.strictHtml });
    } catch (error) {
      if (error instanceof TelegramHtmlError) throw new ApiError(400, error.description);
      throw error;
    }
  } else if (parseMode.toLowerCase() === 'markdown' || parseMode.toLowerCase() === 'markdownv2') {
    // Markdown is not modelled: the text is kept as written, without entities.
    parsed = { text: source, entities: [] };
  } else {
    throw badRequest('unsupported parse_mode');
  }
  const trimmed = trimMessageText(parsed.text, parsed.entities);
  if (trimmed.text === '') throw badRequest('message text is empty');
  if (trimmed.text.length > MAX_TEXT) throw badRequest(tooLong);
  return { ...trimmed, source, ...(parseMode !== undefined && { parseMode }) };
}

interface Markup {
  inline?: InlineKeyboardMarkup;
  other?: Record<string, unknown>;
}

export function markupOf(raw: unknown): Markup {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'object') throw badRequest("can't parse reply keyboard markup JSON object");
  const markup = raw as Record<string, unknown>;
  if (!('inline_keyboard' in markup)) return { other: markup };
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  for (const row of rows) {
    if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    for (const button of row as Record<string, unknown>[]) {
      const bad = (why: string) => badRequest(`can't parse inline keyboard button: ${why}`);
      if (typeof button !== 'object' || button === null) throw bad('InlineKeyboardButton must be an Object');
      if (typeof button.text !== 'string') throw bad('Field "text" must be of type String');
      if (button.text.trim() === '') throw badRequest('BUTTON_TEXT_INVALID');
      const kinds = BUTTON_KINDS.filter((k) => button[k] !== undefined);
      if (kinds.length === 0) throw bad('Text buttons are unallowed in the inline keyboard');
      if (kinds.length > 1) throw bad(`only one of ${kinds.join(', ')} may be used`);
      const data = button.callback_data;
      if (data !== undefined && (typeof data !== 'string' || data === '' || Buffer.byteLength(data) > 64)) {
        throw badRequest('BUTTON_DATA_INVALID');
      }
      if (button.url !== undefined && (typeof button.url !== 'string' || checkTelegramLink(button.url) === null)) {
        throw badRequest('BUTTON_URL_INVALID');
      }
    }
  }
  return { inline: { inline_keyboard: rows as InlineKeyboardMarkup['inline_keyboard'] } };
}

function editable(ctx: MethodContext, p: Params): { message: SentMessage } | { inline: true } {
  if (p.inline_message_id !== undefined) return { inline: true };
  const chatId = chatIdOf(ctx, p);
  ctx.rooms.checkAccess(chatId, 'edit');
  const message = ctx.state.find(chatId, messageIdOf(p));
  if (!message || message.deleted) throw badRequest('message to edit not found');
  return { message };
}

function applyEdit(ctx: MethodContext, message: SentMessage, version: MessageVersion): unknown {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (version.text === message.text && same(version.entities, message.entities) && same(version.replyMarkup, message.replyMarkup)) {
    throw badRequest(NOT_MODIFIED);
  }
  checkBlocked(ctx, message.chatId);
  message.edits.push(version);
  Object.assign(message, version);
  if (version.replyMarkup === undefined) delete message.replyMarkup;
  if (version.parseMode === undefined) delete message.parseMode;
  return ctx.state.toMessage(message);
}

const commandKey = (p: Params) => JSON.stringify([p.scope ?? { type: 'default' }, p.language_code ?? '']);

function validCommands(raw: unknown): BotCommand[] {
  if (!Array.isArray(raw)) throw badRequest('parameter "commands" is required');
  if (raw.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
  for (const c of raw as Record<string, unknown>[]) {
    if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw badRequest('BOT_COMMAND_INVALID');
    if (typeof c.description !== 'string' || c.description.trim() === '' || c.description.length > 256) {
      throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  return raw as BotCommand[];
}

const setting = (name: string, field: string): [string, Handler][] => [
  [`setMy${name}`, ({ state }, p) => (state.settings.set(`${name}:${p.language_code ?? ''}`, p[field] ?? ''), true)],
  [`getMy${name}`, ({ state }, p) => ({ [field]: state.settings.get(`${name}:${p.language_code ?? ''}`) ?? '' })],
];

export const METHODS: Record<string, Handler> = {
  getMe: ({ state }) => state.bot,
  logOut: () => true,
  close: () => true,
  deleteWebhook: ({ state }, p) => {
    if (p.drop_pending_updates === true) state.updates = [];
    state.webhook = undefined;
    return true;
  },
  setWebhook: ({ state }, p) => {
    const url = typeof p.url === 'string' ? p.url : '';
    if (p.drop_pending_updates === true) state.updates = [];
    if (url === '') return ((state.webhook = undefined), true);
    if (!url.startsWith('https://')) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    state.webhook = { url, params: p };
    return true;
  },
  getWebhookInfo: ({ state }) => ({
    url: state.webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: state.updates.length,
    ...(state.webhook && { max_connections: Number(state.webhook.params.max_connections ?? 40) }),
  }),
  setMyCommands: ({ state }, p) => (state.commands.set(commandKey(p), validCommands(p.commands)), true),
  getMyCommands: ({ state }, p) => state.commands.get(commandKey(p)) ?? [],
  deleteMyCommands: ({ state }, p) => (state.commands.delete(commandKey(p)), true),
  ...Object.fromEntries([
    ...setting('Description', 'description'),
    ...setting('ShortDescription', 'short_description'),
    ...setting('Name', 'name'),
  ]),
  setChatMenuButton: (ctx, p) => {
    const key = p.chat_id === undefined ? 'menu:' : `menu:${chatIdOf(ctx, p)}`;
    ctx.state.settings.set(key, p.menu_button ?? { type: 'default' });
    return true;
  },
  getChatMenuButton: (ctx, p) =>
    ctx.state.settings.get(p.chat_id === undefined ? 'menu:' : `menu:${chatIdOf(ctx, p)}`) ?? { type: 'default' },
  getChat: (ctx, p) => {
    const chatId = chatIdOf(ctx, p);
    ctx.rooms.checkAccess(chatId, 'read');
    const chat = ctx.state.chatObject(chatId);
    return { ...chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {} };
  },
  sendChatAction: (ctx, p) => {
    const chatId = chatIdOf(ctx, p);
    if (typeof p.action !== 'string' || !CHAT_ACTIONS.has(p.action)) throw badRequest('wrong parameter action in request');
    ctx.rooms.checkAccess(chatId, 'write');
    checkBlocked(ctx, chatId);
    return true;
  },
  sendMessage: (ctx, p) => {
    const chatId = chatIdOf(ctx, p);
    const content = contentOf(ctx, p, 'message is too long');
    const markup = markupOf(p.reply_markup);
    // Groups, supergroups and channels: membership, rights, forum topic (private chats pass).
    const topic = ctx.rooms.checkSend(chatId, p.message_thread_id);
    const reply = (p.reply_parameters ?? {}) as Record<string, unknown>;
    const replyTo = reply.message_id ?? p.reply_to_message_id;
    if (typeof replyTo === 'number' && !ctx.state.messageExists(chatId, replyTo) && reply.allow_sending_without_reply !== true) {
      throw badRequest('message to be replied not found');
    }
    checkBlocked(ctx, chatId);
    const at = Date.now();
    const version: MessageVersion = {
      ...content,
      method: 'sendMessage',
      at,
      ...(markup.inline && { replyMarkup: markup.inline }),
    };
    const message: SentMessage = {
      ...version,
      chatId,
      messageId: ctx.state.nextMessageId(chatId),
      date: Math.floor(at / 1000),
      params: p,
      original: version,
      edits: [],
      deleted: false,
      ...(markup.other && { otherMarkup: markup.other }),
      ...(topic && { threadId: topic.threadId, topicRoot: ctx.rooms.topicRoot(topic) }),
    };
    ctx.state.addSent(message);
    return ctx.state.toMessage(message);
  },
  editMessageText: (ctx, p) => {
    const target = editable(ctx, p);
    const content = contentOf(ctx, p, 'MESSAGE_TOO_LONG');
    const markup = markupOf(p.reply_markup);
    if ('inline' in target) return true;
    const version: MessageVersion = {
      ...content,
      method: 'editMessageText',
      at: Date.now(),
      ...(markup.inline && { replyMarkup: markup.inline }),
    };
    return applyEdit(ctx, target.message, version);
  },
  editMessageReplyMarkup: (ctx, p) => {
    const target = editable(ctx, p);
    const markup = markupOf(p.reply_markup);
    if ('inline' in target) return true;
    const { text, source, parseMode, entities } = target.message;
    const version: MessageVersion = {
      text,
      source,
      entities,
      method: 'editMessageReplyMarkup',
      at: Date.now(),
      ...(parseMode !== undefined && { parseMode }),
      ...(markup.inline && { replyMarkup: markup.inline }),
    };
    return applyEdit(ctx, target.message, version);
  },
  deleteMessage: (ctx, p) => {
    const chatId = chatIdOf(ctx, p);
    const messageId = messageIdOf(p);
    if (!ctx.state.messageExists(chatId, messageId)) throw badRequest('message to delete not found');
    const message = ctx.state.find(chatId, messageId);
    if (message) message.deleted = true;
    return true;
  },
  deleteMessages: (ctx, p) => {
    const chatId = chatIdOf(ctx, p);
    if (!Array.isArray(p.message_ids) || p.message_ids.length === 0) throw badRequest('message identifiers are not specified');
    for (const id of p.message_ids as number[]) {
      const message = ctx.state.find(chatId, id);
      if (message) message.deleted = true;
    }
    return true;
  },
  answerCallbackQuery: ({ state }, p) => {
    const entry = state.callbackQueries.get(String(p.callback_query_id ?? ''));
    if (!entry || entry.answer) throw badRequest('query is too old and response timeout expired or query ID is invalid');
    if (typeof p.text === 'string' && p.text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
    entry.answer = p;
    return true;
  },
  ...CHAT_METHODS,
};

const BY_LOWER = new Map(
  Object.keys(METHODS)
    .concat('getUpdates')
    .map((name) => [name.toLowerCase(), name]),
);

/** Telegram matches method names case-insensitively; this gives the canonical spelling. */
export function canonicalMethod(name: string): string | undefined {
  return BY_LOWER.get(name.toLowerCase());
}
