import { InlineKeyboard } from 'grammy';
import type { StoryPage } from '../briefing/reader-service.ts';
import { renderStoryList } from '../briefing/render.ts';
import { encodeMore, type MoreRequest } from './buttons.ts';
import type { BotContext } from './context.ts';

/**
 * Sends messages in order, with an optional button row under the last one (a "more" button),
 * links without previews (a briefing would otherwise show one big preview of its first link).
 */
export async function sendMessages(ctx: BotContext, messages: readonly string[], lastKeyboard?: InlineKeyboard): Promise<void> {
  for (const [index, text] of messages.entries()) {
    const isLast = index === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(isLast && lastKeyboard ? { reply_markup: lastKeyboard } : {}),
    });
  }
}

/** The "more" button that asks for `request`. */
export function moreKeyboard(ctx: BotContext, request: MoreRequest): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t('button-more'), encodeMore(request));
}

/**
 * One page of stories under `header`, with a "more" button asking for `more(before)` when older
 * stories are left; an empty page is the `nothingKey` text alone.
 */
export async function sendStoryPage(
  ctx: BotContext,
  page: StoryPage,
  options: { header: string; more: (before: number) => MoreRequest; nothingKey: string },
): Promise<void> {
  if (page.stories.length === 0) {
    await ctx.replyWith(options.nothingKey);
    return;
  }
  const messages = renderStoryList(options.header, page.stories, { t: ctx.t, language: ctx.lang, timeZone: ctx.services.config.timezone });
  await sendMessages(ctx, messages, page.nextBefore !== undefined ? moreKeyboard(ctx, options.more(page.nextBefore)) : undefined);
}
