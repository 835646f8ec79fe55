import type { Composer } from 'grammy';
import type { CommandSpec } from './commands.ts';
import type { BotContext } from './context.ts';

/** One command family: its middleware and the commands it answers (for menus and /help). */
export interface Feature {
  composer: Composer<BotContext>;
  commands: CommandSpec[];
}
