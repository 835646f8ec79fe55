import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { moreButtons } from '../src/bot/buttons.ts';
import { sendStoryPage } from '../src/bot/send-pages.ts';
import { LATEST_DEFAULT, LATEST_MAX } from '../src/briefing/reader-service.ts';

const composer = new Composer<BotContext>();

/** `/latest [N]`: N from 1 to LATEST_MAX, or nothing for the default. */
export function parseCount(argument: string): number | undefined {
  const text = argument.trim();
  if (text === '') return LATEST_DEFAULT;
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const count = Number(text);
  return count >= 1 && count <= LATEST_MAX ? count : undefined;
}

composer.command('latest', async (ctx) => {
  const count = parseCount(ctx.match);
  if (count === undefined) {
    await ctx.replyWith('latest-usage', { max: LATEST_MAX });
    return;
  }
  const page = ctx.services.reader.latest({
    language: ctx.lang,
    topics: ctx.followedTopics,
    count,
    muted: ctx.muted(),
    sources: ctx.sources,
  });
  await sendStoryPage(ctx, page, {
    header: ctx.t('latest-header'),
    more: (before) => ({ kind: 'latest', count, before }),
    nothingKey: 'latest-nothing',
  });
});

composer.callbackQuery(moreButtons.triggerFor('latest'), async (ctx) => {
  const request = moreButtons.decode(ctx.callbackQuery.data);
  if (request?.kind !== 'latest') {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  // The button is spent: removing it keeps the chat readable and stops a double press.
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const page = ctx.services.reader.latest({
    language: ctx.lang,
    topics: ctx.followedTopics,
    count: request.count,
    before: request.before,
    muted: ctx.muted(),
    sources: ctx.sources,
  });
  await sendStoryPage(ctx, page, {
    header: ctx.t('latest-header-more'),
    more: (before) => ({ ...request, before }),
    nothingKey: 'latest-nothing-more',
  });
});

export const latest: Feature = { composer, commands: [{ command: 'latest', menu: true }] };
