import type { Api } from 'grammy';
import type { Logger } from 'pino';
import { LANGUAGES, type Language } from '../config.ts';
import type { I18n } from './i18n.ts';

/** A command a handler answers; `menu` ones appear in Telegram's command menu. */
export interface CommandSpec {
  command: string;
  menu: boolean;
}

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
  defaultLanguage: Language,
  logger: Logger,
): Promise<void> {
  try {
    for (const language of LANGUAGES) {
      await api.setMyCommands(menuFor(i18n, language, commands), { language_code: language });
    }
    await api.setMyCommands(menuFor(i18n, defaultLanguage, commands));
  } catch (error) {
    logger.warn({ err: error }, 'could not register the command menus');
  }
}
