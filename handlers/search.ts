import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { shorten } from '../src/text/format.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { moreButtons } from '../src/bot/buttons.ts';
import { moreKeyboard, sendMessages } from '../src/bot/send-pages.ts';
import type { SearchPage } from '../src/briefing/reader-service.ts';
import { renderStoryList } from '../src/briefing/render.ts';

/** Longest query kept: a search, not an essay (the store caps the words it uses, too). */
const MAX_QUERY_LENGTH = 300;

const composer = new Composer<BotContext>();

composer.command('search', async (ctx) => {
  const query = ctx.match.trim().slice(0, MAX_QUERY_LENGTH);
  if (query === '') {
    await ctx.replyWith('search-usage');
    return;
  }
  const page = ctx.services.reader.search({ chatId: ctx.chat.id, language: ctx.lang, query, sources: ctx.sources });
  await sendResults(ctx, page, query);
});

composer.callbackQuery(moreButtons.triggerFor('search'), async (ctx) => {
  const request = moreButtons.decode(ctx.callbackQuery.data);
  const page = request?.kind === 'search' ? ctx.services.reader.searchMore(request.searchId, request.offset) : undefined;
  if (!page) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await sendResults(ctx, page, undefined);
});

async function sendResults(ctx: BotContext, page: SearchPage, query: string | undefined): Promise<void> {
  if (page.stories.length === 0) {
    await ctx.replyWith(query === undefined ? 'latest-nothing-more' : 'search-nothing', {
      query: shorten(query ?? '', 80),
      sources: ctx.sources,
    });
    return;
  }
  const header =
    query === undefined
      ? ctx.t('search-header-more')
      : ctx.t('search-header', { query: escapeMarkup(shorten(query, 80)), total: page.total ?? page.stories.length });
  const messages = renderStoryList(header, page.stories, { t: ctx.t, language: ctx.lang, timeZone: ctx.services.config.timezone });
  const more =
    page.nextOffset !== undefined && page.searchId !== undefined
      ? moreKeyboard(ctx, { kind: 'search', searchId: page.searchId, offset: page.nextOffset })
      : undefined;
  await sendMessages(ctx, messages, more);
}

export const search: Feature = { composer, commands: [{ command: 'search', menu: true }] };
