import { Composer, InlineKeyboard } from 'grammy';
import { sourcesButtons } from '../src/bot/buttons.ts';
import { commandTarget, replyForTarget } from '../src/bot/channel-target.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { SOURCE_CHOICES, type SourceChoice } from '../src/model/story.ts';

const composer = new Composer<BotContext>();

function sourcesKeyboard(ctx: BotContext, current: SourceChoice): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const choice of SOURCE_CHOICES)
    keyboard.text(`${choice === current ? '✓ ' : ''}${ctx.t(`sources-button-${choice}`)}`, sourcesButtons.encode(choice));
  return keyboard;
}

const isSourceChoice = (word: string): word is SourceChoice => (SOURCE_CHOICES as readonly string[]).includes(word);

/**
 * `/sources mine|all`: with `all`, stories that exist only in the other two languages reach the chat
 * too, marked with their language. `/sources` alone shows the choice with buttons;
 * `/sources CHANNEL_ID all` in a user's own chat, for a channel they administer.
 */
composer.command('sources', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const word = target.text.toLowerCase();
  if (word === '') {
    const current = target.chat?.sources ?? 'mine';
    const extra = target.channel ? {} : { reply_markup: sourcesKeyboard(ctx, current) };
    if (target.channel) await replyForTarget(ctx, target, 'sources-usage', { state: current });
    else await ctx.replyWith('sources-usage', { state: current }, extra);
    return;
  }
  if (!isSourceChoice(word)) {
    await replyForTarget(ctx, target, 'sources-bad', { given: target.text.slice(0, 32) });
    return;
  }
  ctx.services.subscribers.setSources(target.chatId, word);
  await replyForTarget(ctx, target, `sources-${word}`);
});

composer.callbackQuery(sourcesButtons.trigger, async (ctx) => {
  const choice = sourcesButtons.decode(ctx.callbackQuery.data);
  if (!choice) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  if (!ctx.subscriber || !ctx.chat) {
    await ctx.answerCallbackQuery({ text: ctx.t('settings-not-registered') });
    return;
  }
  ctx.services.subscribers.setSources(ctx.chat.id, choice);
  const text = ctx.t(`sources-${choice}`);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: sourcesKeyboard(ctx, choice) });
});

export const sources: Feature = {
  composer,
  commands: [{ command: 'sources', menu: true }],
  changesChat: { commands: ['sources'], buttons: [sourcesButtons] },
};
