import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

composer.command('help', (ctx) => ctx.replyWith('help'));

export const help: Feature = { composer, commands: [{ command: 'help', menu: true }] };
