import type { Api } from 'grammy';
import type { BotCommandScope } from 'grammy/types';
import type { Logger } from 'pino';
import { LANGUAGES, type Language } from '../model/language.ts';
import type { I18n } from './i18n.ts';

/** A command a handler answers; `menu` ones appear in Telegram's command menu (admin ones only in admins' chats). */
export interface CommandSpec {
  command: string;
  menu: boolean;
  admin?: boolean;
  /** Where the command means something, when not everywhere: its menu entry shows only in those chats. */
  chats?: 'private' | 'groups';
}

/**
 * The menus by kind of chat. Telegram shows a private chat the most specific scope it has
 * (all_private_chats before default), so each scope gets its whole list, in every language.
 */
const MENU_SCOPES: { scope?: BotCommandScope; fits: (spec: CommandSpec) => boolean }[] = [
  { fits: (spec) => spec.chats === undefined },
  { scope: { type: 'all_private_chats' }, fits: (spec) => spec.chats !== 'groups' },
  { scope: { type: 'all_group_chats' }, fits: (spec) => spec.chats !== 'private' },
];

/** The descriptions come from the `menu` message's attributes, one per command, in each locale. */
export function menuFor(i18n: I18n, language: Language, commands: readonly CommandSpec[]): { command: string; description: string }[] {
  const descriptions = i18n.attributes(language, 'menu');
  return commands
    .filter((spec) => spec.menu)
    .map((spec) => {
      const description = descriptions[spec.command];
      if (!description) throw new Error(`locales/${language}.ftl: menu has no .${spec.command} attribute`);
      return { command: spec.command, description };
    });
}

/**
 * Registers the command menu once per language (so an Arabic client sees Arabic descriptions),
 * plus the default menu in DEFAULT_LANGUAGE for every other client.
 * A failure is logged, not fatal: the bot works without a menu.
 */
export async function registerCommandMenus(
  api: Api,
  i18n: I18n,
  commands: readonly CommandSpec[],
  options: { defaultLanguage: Language; adminIds: readonly number[] },
  logger: Logger,
): Promise<void> {
  const everyone = commands.filter((spec) => !spec.admin);
  try {
    for (const { scope, fits } of MENU_SCOPES) {
      const menu = everyone.filter(fits);
      for (const language of LANGUAGES) {
        await api.setMyCommands(menuFor(i18n, language, menu), { ...(scope && { scope }), language_code: language });
      }
      await api.setMyCommands(menuFor(i18n, options.defaultLanguage, menu), scope && { scope });
    }
    // An admin's private chat (chat id = user id) gets the full menu; a chat that never
    // talked to the bot is refused by Telegram, which is logged and does not stop the others.
    const adminMenu = commands.filter((spec) => spec.chats !== 'groups');
    for (const adminId of options.adminIds) {
      try {
        for (const language of LANGUAGES) {
          await api.setMyCommands(menuFor(i18n, language, adminMenu), {
            scope: { type: 'chat', chat_id: adminId },
            language_code: language,
          });
        }
        await api.setMyCommands(menuFor(i18n, options.defaultLanguage, adminMenu), { scope: { type: 'chat', chat_id: adminId } });
      } catch (error) {
        logger.warn({ err: error, admin_id: adminId }, 'could not register the admin menu (has this admin started the bot?)');
      }
    }
  } catch (error) {
    logger.warn({ err: error }, 'could not register the command menus');
  }
}
