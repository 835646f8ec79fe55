import { GrammyError, HttpError, type Bot } from 'grammy';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';

/**
 * One boundary for every middleware: the error is logged with the update, the reader gets a short
 * localised apology, and the bot carries on with the next update.
 */
export function installErrorBoundary(bot: Bot<BotContext>, logger: Logger): void {
  bot.catch(async ({ ctx, error }) => {
    const log = ctx.log ?? logger;
    const details = { err: error, update: ctx.update };
    if (error instanceof GrammyError) log.error(details, `Telegram refused ${error.method}: ${error.description}`);
    else if (error instanceof HttpError) log.error(details, 'could not reach Telegram');
    else log.error(details, 'a handler failed');
    // Telegram itself is failing: an apology would fail the same way.
    // A channel gets no replies: an apology there would be posted to all its readers.
    if (!ctx.chat || ctx.chat.type === 'channel' || !ctx.t || error instanceof HttpError) return;
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      await ctx.reply(ctx.t('error-generic'));
    } catch (replyError) {
      log.warn({ err: replyError }, 'could not tell the reader that something went wrong');
    }
  });
}
