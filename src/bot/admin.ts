import { Composer } from 'grammy';
import type { BotContext } from './context.ts';

/** Whether the update comes from a user listed in ADMIN_IDS (the user, not the chat: groups cannot borrow an admin). */
export function isAdmin(ctx: BotContext): boolean {
  const userId = ctx.from?.id;
  return userId !== undefined && ctx.services.config.adminIds.includes(userId);
}

/**
 * Wraps an admin feature: admins reach `admin`; anyone else who sends one of `commands` gets a polite
 * refusal, the attempt is logged, and nothing else happens.
 */
export function adminOnly(commands: string[], admin: Composer<BotContext>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.filter(isAdmin, admin);
  composer.command(commands, async (ctx) => {
    ctx.log.warn({ command: ctx.message?.text?.split(/\s/)[0] }, 'admin command refused: not in ADMIN_IDS');
    await ctx.replyWith('admin-only');
  });
  return composer;
}
