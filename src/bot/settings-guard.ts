import type { MiddlewareFn } from 'grammy';
import type { ButtonKind } from './buttons.ts';
import type { BotContext } from './context.ts';

/** What a feature declares changes a chat's settings: these commands, and presses of these buttons. */
export interface SettingsEntries {
  commands: string[];
  buttons: Pick<ButtonKind<unknown>, 'trigger'>[];
}

/** Telegram's stand-in sender for a group's anonymous administrators (and for a channel writing in its linked group). */
const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/**
 * Whether the sender may change this chat's settings: anyone in a private chat; in a group, its
 * administrators (asked of Telegram, remembered for a minute), including an administrator writing
 * anonymously as the group itself.
 */
export async function maySetChat(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return true;
  if (chat.type === 'channel') return false;
  const sender = ctx.msg?.sender_chat;
  if (sender && sender.id === chat.id) return true;
  const userId = ctx.from?.id;
  if (userId === undefined || userId === GROUP_ANONYMOUS_BOT_ID) return false;
  return ctx.services.chatAdmins.isAdmin(chat.id, userId);
}

/**
 * Refuses, politely and before any feature sees it, a settings command or button from someone who
 * may not change the chat's settings; nothing changes. Reading commands pass untouched.
 */
export function settingsGuard(entries: SettingsEntries): MiddlewareFn<BotContext> {
  const commands = new Set(entries.commands);
  return async (ctx, next) => {
    if (ctx.chat?.type !== 'group' && ctx.chat?.type !== 'supergroup') return next();
    const data = ctx.callbackQuery?.data;
    const button = data !== undefined && entries.buttons.some((kind) => kind.trigger.test(data));
    const command = !button && commandOf(ctx);
    if (!button && !(command && commands.has(command))) return next();
    if (await maySetChat(ctx)) return next();
    ctx.log.info({ command: command || undefined, data }, 'settings change refused: not an administrator of this group');
    if (button) await ctx.answerCallbackQuery({ text: ctx.t('group-admins-only'), show_alert: true });
    else await ctx.replyWith('group-admins-only');
  };
}

/** The command a message starts with, without its `@botname`, when it is addressed to this bot. */
function commandOf(ctx: BotContext): string | undefined {
  const text = ctx.msg?.text;
  const entity = ctx.msg?.entities?.[0];
  if (!text || entity?.type !== 'bot_command' || entity.offset !== 0) return undefined;
  const [name, target] = text.slice(1, entity.length).split('@');
  if (target !== undefined && target.toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  return name?.toLowerCase();
}
