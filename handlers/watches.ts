import { Composer } from 'grammy';
import { unwatchButtons } from '../src/bot/buttons.ts';
import type { BotContext } from '../src/bot/context.ts';
import { isNotModified } from '../src/bot/edits.ts';
import { commandTarget } from '../src/bot/channel-target.ts';
import type { Feature } from '../src/bot/feature.ts';
import { watchListScreen } from '../src/bot/watch-list.ts';
import { MAX_WATCHES } from '../src/store/watches.ts';
import { MAX_WATCH_CHARS, MAX_WATCH_WORDS, parseWatch } from '../src/watch/query.ts';

const composer = new Composer<BotContext>();

/**
 * `/watch TEXT`: words (all of them, any form), "quoted phrases", -excluded words. In the user's own
 * chat, `/watch CHANNEL_ID TEXT` watches for a channel they administer (see channelTarget).
 */
composer.command('watch', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const { chatId, text, channel } = target;
  if (text === '') {
    await ctx.replyWith('watch-usage', { max: MAX_WATCHES, chars: MAX_WATCH_CHARS });
    return;
  }
  const parsed = parseWatch(text);
  if (!parsed.ok) {
    await ctx.replyWith(`watch-error-${parsed.error}`, { chars: MAX_WATCH_CHARS, words: MAX_WATCH_WORDS });
    return;
  }
  const added = ctx.services.watches.addWatch(chatId, parsed.query);
  if (!added.ok) {
    await ctx.replyWith(added.reason === 'limit' ? 'watch-limit' : 'watch-duplicate', { max: MAX_WATCHES, watch: parsed.query.text });
    return;
  }
  ctx.log.info({ watch_id: added.watch.id, for_chat: chatId }, 'watch added');
  await ctx.replyWith(channel ? 'watch-added-channel' : 'watch-added', {
    watch: added.watch.text,
    count: added.count,
    max: MAX_WATCHES,
    title: channel?.title ?? '',
  });
});

/** `/watches`: the chat's watches, each with a remove button. */
composer.command('watches', async (ctx) => {
  const { text, keyboard } = watchListScreen(ctx.t, ctx.services.watches.watchesOf(ctx.chat.id));
  await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
});

/** `/unwatch N`: removes the N-th watch of /watches. */
composer.command('unwatch', async (ctx) => {
  const argument = ctx.match.trim();
  const watches = ctx.services.watches.watchesOf(ctx.chat.id);
  const number = /^\d{1,3}$/.test(argument) ? Number(argument) : undefined;
  if (number === undefined) {
    await ctx.replyWith(watches.length === 0 ? 'watches-none' : 'unwatch-usage', { count: watches.length });
    return;
  }
  const watch = watches[number - 1];
  if (!watch) {
    await ctx.replyWith('unwatch-not-found', { number, count: watches.length });
    return;
  }
  ctx.services.watches.removeWatch(ctx.chat.id, watch.id);
  await ctx.replyWith('unwatch-done', { watch: watch.text });
});

composer.callbackQuery(unwatchButtons.trigger, async (ctx) => {
  const watchId = unwatchButtons.decode(ctx.callbackQuery.data);
  const chatId = ctx.chat?.id;
  if (watchId === undefined || chatId === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  const removed = ctx.services.watches.removeWatch(chatId, watchId);
  await ctx.answerCallbackQuery({ text: removed ? ctx.t('unwatch-done-short', { watch: removed.text }) : ctx.t('button-expired') });
  const watches = ctx.services.watches.watchesOf(chatId);
  const { text, keyboard } = watchListScreen(ctx.t, watches);
  await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: keyboard }).catch((error: unknown) => {
    if (!isNotModified(error)) throw error;
  });
});

export const watches: Feature = {
  composer,
  commands: [
    { command: 'watch', menu: true },
    { command: 'watches', menu: true },
    { command: 'unwatch', menu: false },
  ],
  changesChat: { commands: ['watch', 'unwatch'], buttons: [unwatchButtons] },
};
