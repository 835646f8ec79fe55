import { Composer } from 'grammy';
import { commandTarget, replyForTarget } from '../src/bot/channel-target.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { clockText } from '../src/schedule/chat-schedule.ts';
import { parseQuietHours } from '../src/schedule/quiet-hours.ts';

const composer = new Composer<BotContext>();

/**
 * `/breaking on|off`: stories that three sources carry within two hours, on the chat's topics, at
 * once. `/breaking CHANNEL_ID on|off` in a user's own chat, for a channel they administer.
 */
composer.command('breaking', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const word = target.text.toLowerCase();
  if (word !== 'on' && word !== 'off') {
    await replyForTarget(ctx, target, 'breaking-usage', { state: ctx.services.watches.settingsOf(target.chatId).breaking ? 'on' : 'off' });
    return;
  }
  ctx.services.watches.setBreaking(target.chatId, word === 'on');
  await replyForTarget(ctx, target, word === 'on' ? 'breaking-on' : 'breaking-off');
});

/** `/quiet HH:MM-HH:MM` in the chat's zone: alerts wait until it ends; `/quiet off`; `/quiet CHANNEL_ID …` for a channel. */
composer.command('quiet', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const argument = target.text;
  const zone = ctx.services.hours.zoneOf(target.chat);
  if (argument.toLowerCase() === 'off') {
    ctx.services.watches.setQuiet(target.chatId, null, zone);
    await replyForTarget(ctx, target, 'quiet-off');
    return;
  }
  if (argument === '') {
    const quiet = ctx.services.watches.settingsOf(target.chatId).quiet;
    await replyForTarget(ctx, target, 'quiet-usage', {
      state: quiet ? 'on' : 'off',
      from: quiet ? clockText(quiet.from) : '',
      to: quiet ? clockText(quiet.to) : '',
      zone,
    });
    return;
  }
  const quiet = parseQuietHours(argument);
  if (!quiet) {
    await replyForTarget(ctx, target, 'quiet-bad', { input: argument });
    return;
  }
  ctx.services.watches.setQuiet(target.chatId, quiet, zone);
  await replyForTarget(ctx, target, 'quiet-set', { from: clockText(quiet.from), to: clockText(quiet.to), zone });
});

export const alerts: Feature = {
  composer,
  commands: [
    { command: 'breaking', menu: true },
    { command: 'quiet', menu: true },
  ],
  changesChat: { commands: ['breaking', 'quiet'] },
};
