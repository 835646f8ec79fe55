import type { Composer } from 'grammy';
import type { ButtonKind } from './buttons.ts';
import type { CommandSpec } from './commands.ts';
import type { BotContext } from './context.ts';

/** One command family: its middleware and the commands it answers (for menus and /help). */
export interface Feature {
  composer: Composer<BotContext>;
  commands: CommandSpec[];
  /**
   * Its commands and buttons that change a chat's settings: in a group only the group's
   * administrators may use them (the others get a polite refusal before the feature sees them).
   */
  changesChat?: { commands?: string[]; buttons?: Pick<ButtonKind<unknown>, 'trigger'>[] };
}
