import { Composer } from 'grammy';
import type { ButtonKind } from './buttons.ts';
import type { BotContext } from './context.ts';

/** Whether the update comes from a user listed in ADMIN_IDS (the user, not the chat: groups cannot borrow an admin). */
export function isAdmin(ctx: BotContext): boolean {
  const userId = ctx.from?.id;
  return userId !== undefined && ctx.services.config.adminIds.includes(userId);
}

/**
 * Wraps an admin feature: admins reach `admin`; anyone else who sends one of `commands`, or presses
 * one of its `buttons`, gets a polite refusal, the attempt is logged, and nothing else happens.
 */
export function adminOnly(
  commands: string[],
  admin: Composer<BotContext>,
  options: { buttons?: Pick<ButtonKind<unknown>, 'trigger'> } = {},
): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.filter(isAdmin, admin);
  composer.command(commands, async (ctx) => {
    ctx.log.warn({ command: ctx.message?.text?.split(/\s/)[0] }, 'admin command refused: not in ADMIN_IDS');
    await ctx.replyWith('admin-only');
  });
  if (options.buttons) {
    composer.callbackQuery(options.buttons.trigger, async (ctx) => {
      ctx.log.warn({ data: ctx.callbackQuery.data }, 'admin button refused: not in ADMIN_IDS');
      await ctx.answerCallbackQuery({ text: ctx.t('admin-only'), show_alert: true });
    });
  }
  return composer;
}
