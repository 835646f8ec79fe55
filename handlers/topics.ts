import { Composer, InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { topicToggleButtons } from '../src/bot/buttons.ts';
import { isNotModified } from '../src/bot/edits.ts';
import { topicToggleRows } from '../src/bot/topic-toggles.ts';
import { TOPICS, type Topic } from '../src/model/topics.ts';

/**
 * /topics: every topic as an inline toggle (✅ followed, ⬜ not), plus "all" and "none".
 * A press saves at once and redraws the keyboard. The buttons carry no state (src/bot/buttons.ts),
 * so an old message's buttons keep working after a restart.
 */
const composer = new Composer<BotContext>();

function topicsKeyboard(ctx: BotContext, followed: readonly Topic[]): InlineKeyboard {
  return InlineKeyboard.from(topicToggleRows(ctx.t, followed, (choice) => topicToggleButtons.encode(choice)));
}

function topicsText(ctx: BotContext, followed: readonly Topic[]): string {
  const state = followed.length === TOPICS.length ? 'all' : followed.length === 0 ? 'none' : 'some';
  return ctx.t('topics-choose', { state, count: followed.length, total: TOPICS.length });
}

/** Whether the message already shows this keyboard (then an edit would be refused as "not modified"). */
function sameKeyboard(shown: InlineKeyboardButton[][] | undefined, wanted: InlineKeyboardButton[][]): boolean {
  const flat = (rows: InlineKeyboardButton[][]) =>
    JSON.stringify(rows.map((row) => row.map((button) => [button.text, 'callback_data' in button ? button.callback_data : null])));
  return shown !== undefined && flat(shown) === flat(wanted);
}

composer.command('topics', async (ctx) => {
  const followed = ctx.followedTopics;
  await ctx.reply(topicsText(ctx, followed), { parse_mode: 'HTML', reply_markup: topicsKeyboard(ctx, followed) });
});

composer.callbackQuery(topicToggleButtons.trigger, async (ctx) => {
  const choice = topicToggleButtons.decode(ctx.callbackQuery.data);
  const identity = ctx.chatIdentity();
  if (!choice || !identity) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  const topics = ctx.services.subscribers.chooseTopics(identity, ctx.lang, choice);

  const toast =
    choice === 'all'
      ? ctx.t('topics-toast-all')
      : choice === 'none'
        ? ctx.t('topics-toast-none')
        : ctx.t(topics.includes(choice) ? 'topics-toast-on' : 'topics-toast-off', { topic: ctx.t(`topic-${choice}`) });
  await ctx.answerCallbackQuery({ text: toast });

  const keyboard = topicsKeyboard(ctx, topics);
  // "All" when all are followed changes nothing on screen; Telegram would refuse the edit.
  if (sameKeyboard(ctx.callbackQuery.message?.reply_markup?.inline_keyboard, keyboard.inline_keyboard)) return;
  await ctx.editMessageText(topicsText(ctx, topics), { parse_mode: 'HTML', reply_markup: keyboard }).catch((error: unknown) => {
    // Two quick presses can race to the same state; anything else is a real failure.
    if (!isNotModified(error)) throw error;
  });
});

export const topics: Feature = {
  composer,
  commands: [{ command: 'topics', menu: true }],
  changesChat: { commands: ['topics'], buttons: [topicToggleButtons] },
};
