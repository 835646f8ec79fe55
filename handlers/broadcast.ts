import { Composer, InlineKeyboard } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import { isLanguage, type Language } from '../src/model/language.ts';
import { adminOnly } from '../src/bot/admin.ts';
import { statusCallback } from '../src/bot/broadcast-status.ts';
import type { BotContext } from '../src/bot/context.ts';
import { entitiesToHtml } from '../src/bot/entities-html.ts';
import type { Feature } from '../src/bot/feature.ts';
import { formatDateTime, shorten } from '../src/text/format.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { htmlToPlainText } from '../src/briefing/plain-text.ts';
import { TELEGRAM_MESSAGE_LIMIT } from '../src/briefing/split.ts';
import type { BroadcastRefusal } from '../src/delivery/broadcast.ts';
import { resolveTopic } from '../src/topics/resolve.ts';
import type { Topic } from '../src/model/topics.ts';

const COMMANDS = ['broadcast', 'broadcasts'];
/** /broadcasts lists this many. */
const RECENT_SHOWN = 10;

export type BroadcastArgs =
  | { html: string; language: Language | undefined; topic: Topic | undefined }
  | { error: 'no-text' }
  | { error: 'unknown-language' | 'unknown-topic'; given: string }
  | { error: 'too-long'; length: number };

/**
 * `/broadcast [lang:xx] [topic:SLUG] TEXT`: the options first, in any order, then the text, which
 * may span lines and keeps the admin's formatting (the message's entities, converted to HTML with
 * every character escaped).
 */
export function parseBroadcast(text: string, entities: readonly MessageEntity[] = []): BroadcastArgs {
  const command = entities.find((entity) => entity.type === 'bot_command' && entity.offset === 0);
  let at = command ? command.length : (/^\/\S*/.exec(text)?.[0].length ?? 0);
  let language: Language | undefined;
  let topic: Topic | undefined;
  const option = /\s*(lang|topic):(\S*)/iy;
  for (;;) {
    option.lastIndex = at;
    const match = option.exec(text);
    // An option must stand alone: "topic:gulf," is text, not an option.
    if (!match || (match.index + match[0].length < text.length && !/\s/.test(text[match.index + match[0].length]!))) break;
    const [, name, value] = match as unknown as [string, string, string];
    if (name.toLowerCase() === 'lang') {
      const code = value.toLowerCase();
      if (!isLanguage(code)) return { error: 'unknown-language', given: value };
      language = code;
    } else {
      const resolved = resolveTopic(value);
      if (!resolved) return { error: 'unknown-topic', given: value };
      topic = resolved;
    }
    at = match.index + match[0].length;
  }
  const start = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
  if (text.slice(start).trim() === '') return { error: 'no-text' };
  const html = entitiesToHtml(text, entities, start).trimEnd();
  if (html.length > TELEGRAM_MESSAGE_LIMIT) return { error: 'too-long', length: html.length };
  return { html, language, topic };
}

function audienceLabel(ctx: BotContext, filter: { language?: Language; topic?: Topic }): string {
  const parts = [
    filter.language ? ctx.t(`language-name-${filter.language}`) : ctx.t('broadcast-all-languages'),
    filter.topic ? ctx.t(`topic-${filter.topic}`) : ctx.t('broadcast-all-topics'),
  ];
  return parts.join(' · ');
}

const admin = new Composer<BotContext>();

admin.command('broadcast', async (ctx) => {
  const message = ctx.message!;
  const args = parseBroadcast(message.text, message.entities);
  if ('error' in args) {
    const given = 'given' in args ? shorten(args.given, 40) : '';
    if (args.error === 'too-long') await ctx.replyWith('broadcast-too-long', { length: args.length, max: TELEGRAM_MESSAGE_LIMIT });
    else await ctx.replyWith(`broadcast-${args.error}`, { given });
    return;
  }
  const filter = { ...(args.language ? { language: args.language } : {}), ...(args.topic ? { topic: args.topic } : {}) };
  const broadcast = ctx.services.broadcasts.preview({ adminId: ctx.from!.id, adminChatId: ctx.chat.id, html: args.html, filter });
  // The preview is the very message subscribers will get.
  const preview = await ctx.reply(args.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  const keyboard = new InlineKeyboard()
    .text(ctx.t('broadcast-button-send', { count: broadcast.audience }), statusCallback('send', broadcast.id))
    .text(ctx.t('broadcast-button-cancel'), statusCallback('cancel', broadcast.id));
  const status = await ctx.replyWith(
    'broadcast-preview',
    { id: String(broadcast.id), count: broadcast.audience, audience: audienceLabel(ctx, filter) },
    { reply_markup: broadcast.audience > 0 ? keyboard : new InlineKeyboard().text(ctx.t('broadcast-button-cancel'), statusCallback('cancel', broadcast.id)) },
  );
  ctx.services.broadcasts.setMessages(broadcast.id, { previewMessageId: preview.message_id, statusMessageId: (status as { message_id: number }).message_id });
  ctx.log.info({ broadcast_id: broadcast.id, audience: broadcast.audience, filter }, 'broadcast previewed');
});

admin.callbackQuery(/^bc:(send|cancel|stop):([0-9a-z]{1,11})$/, async (ctx) => {
  const [, action, encoded] = ctx.match as [string, 'send' | 'cancel' | 'stop', string];
  const id = parseInt(encoded, 36);
  const service = ctx.services.broadcasts;
  const result = action === 'send' ? service.send(id, ctx.from.id) : action === 'cancel' ? service.cancel(id, ctx.from.id) : service.stop(id, ctx.from.id);
  if (!result.ok) {
    ctx.log.info({ broadcast_id: id, action, reason: result.reason }, 'broadcast button refused');
    await ctx.answerCallbackQuery({ text: ctx.t(`broadcast-refused-${result.reason satisfies BroadcastRefusal}`), show_alert: result.reason === 'not-yours' });
    return;
  }
  ctx.log.info({ broadcast_id: id, action }, `broadcast ${action}`);
  await ctx.answerCallbackQuery({ text: ctx.t(`broadcast-toast-${action}`) });
  if (action === 'cancel') {
    await ctx.editMessageText(ctx.t('broadcast-cancelled', { id: String(id) }), { parse_mode: 'HTML' });
    return;
  }
  // The status message is edited only by the progress reporter, so edits never race or arrive out of order.
  ctx.services.onBroadcastChange?.();
});

admin.command('broadcasts', async (ctx) => {
  const recent = ctx.services.broadcasts.recent(RECENT_SHOWN);
  if (recent.length === 0) {
    await ctx.replyWith('broadcasts-empty');
    return;
  }
  const { timezone } = ctx.services.config;
  const lines = recent.map((b) =>
    ctx.t('broadcasts-item', {
      // Ids are names, not quantities: no digit grouping.
      id: String(b.id),
      date: formatDateTime(b.queuedAt ?? b.createdAt, ctx.lang, timezone),
      admin: String(b.adminId),
      audience: audienceLabel(ctx, b.filter),
      status: b.status,
      sent: b.sent,
      total: b.audience,
      failed: b.failed,
      blocked: b.blocked,
      text: escapeMarkup(shorten(htmlToPlainText(b.html).replace(/\s+/g, ' '), 80)),
    }),
  );
  await ctx.reply([ctx.t('broadcasts-header', { count: recent.length }), ...lines].join('\n\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
});

export const broadcast: Feature = {
  composer: adminOnly(COMMANDS, admin, { callbackPrefix: 'bc:' }),
  commands: [
    { command: 'broadcast', menu: true, admin: true },
    { command: 'broadcasts', menu: true, admin: true },
  ],
};
