import { Composer, InlineKeyboard } from 'grammy';
import { adminOnly } from '../src/bot/admin.ts';
import { parseBroadcast } from '../src/bot/broadcast-command.ts';
import { broadcastButtons } from '../src/bot/buttons.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { formatDateTime, shorten } from '../src/text/format.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { htmlToPlainText } from '../src/briefing/plain-text.ts';
import { TELEGRAM_MESSAGE_LIMIT } from '../src/briefing/split.ts';
import { audienceFilter } from '../src/delivery/broadcast-options.ts';
import type { BroadcastRefusal } from '../src/delivery/broadcast.ts';
import type { AudienceFilter } from '../src/model/audience.ts';

const COMMANDS = ['broadcast', 'broadcasts'];
/** /broadcasts lists this many. */
const RECENT_SHOWN = 10;

function audienceLabel(ctx: BotContext, filter: AudienceFilter): string {
  const parts = [
    filter.language ? ctx.t(`language-name-${filter.language}`) : ctx.t('broadcast-all-languages'),
    filter.topic ? ctx.t(`topic-${filter.topic}`) : ctx.t('broadcast-all-topics'),
    ...(filter.kind ? [ctx.t(`chat-kind-${filter.kind}`)] : []),
  ];
  return parts.join(' · ');
}

const OPTION_ERRORS = {
  'unknown-language': 'broadcast-unknown-language',
  'unknown-topic': 'broadcast-unknown-topic',
  'unknown-kind': 'broadcast-unknown-kind',
} as const;

const admin = new Composer<BotContext>();

admin.command('broadcast', async (ctx) => {
  const message = ctx.message!;
  const args = parseBroadcast(message.text, message.entities);
  if ('error' in args) {
    if (args.error === 'too-long') await ctx.replyWith('broadcast-too-long', { length: args.length, max: TELEGRAM_MESSAGE_LIMIT });
    else if (args.error === 'no-text') await ctx.replyWith('broadcast-no-text');
    else await ctx.replyWith(OPTION_ERRORS[args.error], { given: shorten(args.given, 40) });
    return;
  }
  const filter = audienceFilter(args);
  const broadcast = ctx.services.broadcasts.preview({ adminId: ctx.from!.id, adminChatId: ctx.chat.id, html: args.html, filter });
  // The preview is the very message subscribers will get.
  const preview = await ctx.reply(args.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  const cancel = broadcastButtons.encode({ action: 'cancel', id: broadcast.id });
  const keyboard =
    broadcast.audience > 0
      ? new InlineKeyboard()
          .text(
            ctx.t('broadcast-button-send', { count: broadcast.audience }),
            broadcastButtons.encode({ action: 'send', id: broadcast.id }),
          )
          .text(ctx.t('broadcast-button-cancel'), cancel)
      : new InlineKeyboard().text(ctx.t('broadcast-button-cancel'), cancel);
  const status = await ctx.replyWith(
    'broadcast-preview',
    { id: String(broadcast.id), count: broadcast.audience, audience: audienceLabel(ctx, filter) },
    { reply_markup: keyboard },
  );
  ctx.services.broadcasts.setMessages(broadcast.id, { previewMessageId: preview.message_id, statusMessageId: status.message_id });
  ctx.log.info({ broadcast_id: broadcast.id, audience: broadcast.audience, filter }, 'broadcast previewed');
});

admin.callbackQuery(broadcastButtons.trigger, async (ctx) => {
  const press = broadcastButtons.decode(ctx.callbackQuery.data);
  if (!press) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  const { action, id } = press;
  const service = ctx.services.broadcasts;
  const result =
    action === 'send'
      ? service.send(id, ctx.from.id)
      : action === 'cancel'
        ? service.cancel(id, ctx.from.id)
        : service.stop(id, ctx.from.id);
  if (!result.ok) {
    ctx.log.info({ broadcast_id: id, action, reason: result.reason }, 'broadcast button refused');
    await ctx.answerCallbackQuery({
      text: ctx.t(`broadcast-refused-${result.reason satisfies BroadcastRefusal}`),
      show_alert: result.reason === 'not-yours',
    });
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
  await ctx.reply([ctx.t('broadcasts-header', { count: recent.length }), ...lines].join('\n\n'), {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  });
});

export const broadcast: Feature = {
  composer: adminOnly(COMMANDS, admin, { buttons: broadcastButtons }),
  commands: [
    { command: 'broadcast', menu: true, admin: true },
    { command: 'broadcasts', menu: true, admin: true },
  ],
};
