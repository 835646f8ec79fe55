import { InlineKeyboard } from 'grammy';
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

export function moreButton(ctx: BotContext, data: string): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t('button-more'), data);
}
