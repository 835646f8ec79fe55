import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import { commandTarget } from '../src/bot/channel-target.ts';
import type { Feature } from '../src/bot/feature.ts';
import { MAX_MUTES } from '../src/store/watches.ts';
import { MAX_MUTE_CHARS, MAX_MUTE_WORDS, parseMuteWords } from '../src/watch/query.ts';

const composer = new Composer<BotContext>();

/** A chat's muted words, as typed, for replies. */
function mutedList(ctx: BotContext, chatId: number): string {
  return ctx.services.watches
    .mutesOf(chatId)
    .map((mute) => mute.shown)
    .join(ctx.t('list-separator'));
}

/**
 * `/mute WORD…`: stories naming any of these words stay out of the chat's briefings, lists and
 * alerts. In the user's own chat, `/mute CHANNEL_ID WORD…` mutes for a channel they administer.
 */
composer.command('mute', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const { chatId, text, channel } = target;
  if (text === '') {
    const muted = mutedList(ctx, chatId);
    await ctx.replyWith('mute-usage', { max: MAX_MUTES, muted, state: muted ? 'some' : 'none' });
    return;
  }
  const parsed = parseMuteWords(text);
  if (!parsed.ok) {
    await ctx.replyWith(`mute-error-${parsed.error}`, { chars: MAX_MUTE_CHARS, words: MAX_MUTE_WORDS });
    return;
  }
  const { added, overLimit } = ctx.services.watches.addMutes(chatId, parsed.words);
  if (overLimit.length > 0 && added.length === 0) {
    await ctx.replyWith('mute-limit', { max: MAX_MUTES, words: overLimit.join(ctx.t('list-separator')) });
    return;
  }
  await ctx.replyWith(added.length === 0 ? 'mute-already' : channel ? 'mute-added-channel' : 'mute-added', {
    words: added.join(ctx.t('list-separator')),
    muted: mutedList(ctx, chatId),
    max: MAX_MUTES,
    title: channel?.title ?? '',
  });
  // Some went in, the rest did not fit: say which.
  if (overLimit.length > 0) await ctx.replyWith('mute-limit', { max: MAX_MUTES, words: overLimit.join(ctx.t('list-separator')) });
});

/** `/unmute WORD…` (in any form it was muted in); `/unmute CHANNEL_ID WORD…` for a channel. */
composer.command('unmute', async (ctx) => {
  const target = await commandTarget(ctx, { registered: false });
  if (!target) return;
  const { chatId, text } = target;
  const parsed = text === '' ? undefined : parseMuteWords(text);
  if (!parsed?.ok) {
    const muted = mutedList(ctx, chatId);
    await ctx.replyWith('unmute-usage', { muted, state: muted ? 'some' : 'none' });
    return;
  }
  const removed = ctx.services.watches.removeMutes(chatId, parsed.words);
  const muted = mutedList(ctx, chatId);
  await ctx.replyWith(removed.length > 0 ? 'unmute-done' : 'unmute-none', {
    words: removed.join(ctx.t('list-separator')),
    muted,
    state: muted ? 'some' : 'none',
  });
});

export const mutes: Feature = {
  composer,
  commands: [
    { command: 'mute', menu: true },
    { command: 'unmute', menu: false },
  ],
  changesChat: { commands: ['mute', 'unmute'] },
};
