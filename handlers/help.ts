import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import { isAdmin } from '../src/bot/admin.ts';
import type { Feature } from '../src/bot/feature.ts';

const composer = new Composer<BotContext>();

composer.command('help', async (ctx) => {
  const text = isAdmin(ctx) ? `${ctx.t('help')}\n\n${ctx.t('help-admin')}` : ctx.t('help');
  await ctx.reply(text, { parse_mode: 'HTML' });
});

export const help: Feature = { composer, commands: [{ command: 'help', menu: true }] };
