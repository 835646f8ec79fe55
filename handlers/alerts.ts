import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { clockText } from '../src/schedule/chat-schedule.ts';
import { parseQuietHours } from '../src/schedule/quiet-hours.ts';

const composer = new Composer<BotContext>();

/** `/breaking on|off`: stories that three sources carry within two hours, on the chat's topics, at once. */
composer.command('breaking', async (ctx) => {
  if (!ctx.subscriber) {
    await ctx.replyWith('settings-not-registered');
    return;
  }
  const word = ctx.match.trim().toLowerCase();
  if (word !== 'on' && word !== 'off') {
    await ctx.replyWith('breaking-usage', { state: ctx.services.watches.settingsOf(ctx.chat.id).breaking ? 'on' : 'off' });
    return;
  }
  ctx.services.watches.setBreaking(ctx.chat.id, word === 'on');
  await ctx.replyWith(word === 'on' ? 'breaking-on' : 'breaking-off');
});

/** `/quiet HH:MM-HH:MM` in the chat's zone: alerts wait until it ends; `/quiet off`. */
composer.command('quiet', async (ctx) => {
  if (!ctx.subscriber) {
    await ctx.replyWith('settings-not-registered');
    return;
  }
  const argument = ctx.match.trim();
  const zone = ctx.services.hours.zoneOf(ctx.subscriber);
  if (argument.toLowerCase() === 'off') {
    ctx.services.watches.setQuiet(ctx.chat.id, null, zone);
    await ctx.replyWith('quiet-off');
    return;
  }
  if (argument === '') {
    const quiet = ctx.services.watches.settingsOf(ctx.chat.id).quiet;
    await ctx.replyWith('quiet-usage', {
      state: quiet ? 'on' : 'off',
      from: quiet ? clockText(quiet.from) : '',
      to: quiet ? clockText(quiet.to) : '',
      zone,
    });
    return;
  }
  const quiet = parseQuietHours(argument);
  if (!quiet) {
    await ctx.replyWith('quiet-bad', { input: argument });
    return;
  }
  ctx.services.watches.setQuiet(ctx.chat.id, quiet, zone);
  await ctx.replyWith('quiet-set', { from: clockText(quiet.from), to: clockText(quiet.to), zone });
});

export const alerts: Feature = {
  composer,
  commands: [
    { command: 'breaking', menu: true },
    { command: 'quiet', menu: true },
  ],
  changesChat: { commands: ['breaking', 'quiet'] },
};
