import { Composer } from 'grammy';
import { commandTarget, type CommandTarget } from '../src/bot/channel-target.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import type { TranslateArgs } from '../src/model/translate.ts';
import { clockText } from '../src/schedule/chat-schedule.ts';
import { parseQuietHours } from '../src/schedule/quiet-hours.ts';
import { escapeMarkup } from '../src/text/escape.ts';

const composer = new Composer<BotContext>();

/** Replies with a locale text; for a channel (`/breaking CHANNEL_ID …`), led by the channel's name. */
async function reply(ctx: BotContext, target: CommandTarget, key: string, args: TranslateArgs = {}): Promise<void> {
  if (!target.channel) {
    await ctx.replyWith(key, args);
    return;
  }
  // As replyWith does: the words a user typed are escaped, numbers are not.
  const escaped = Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? escapeMarkup(value) : value]),
  );
  const text = `${ctx.t('for-channel', { title: escapeMarkup(target.channel.title) })} ${ctx.t(key, escaped)}`;
  await ctx.reply(text, { parse_mode: 'HTML' });
}

/**
 * `/breaking on|off`: stories that three sources carry within two hours, on the chat's topics, at
 * once. `/breaking CHANNEL_ID on|off` in a user's own chat, for a channel they administer.
 */
composer.command('breaking', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const word = target.text.toLowerCase();
  if (word !== 'on' && word !== 'off') {
    await reply(ctx, target, 'breaking-usage', { state: ctx.services.watches.settingsOf(target.chatId).breaking ? 'on' : 'off' });
    return;
  }
  ctx.services.watches.setBreaking(target.chatId, word === 'on');
  await reply(ctx, target, word === 'on' ? 'breaking-on' : 'breaking-off');
});

/** `/quiet HH:MM-HH:MM` in the chat's zone: alerts wait until it ends; `/quiet off`; `/quiet CHANNEL_ID …` for a channel. */
composer.command('quiet', async (ctx) => {
  const target = await commandTarget(ctx, { registered: true });
  if (!target) return;
  const argument = target.text;
  const zone = ctx.services.hours.zoneOf(target.chat);
  if (argument.toLowerCase() === 'off') {
    ctx.services.watches.setQuiet(target.chatId, null, zone);
    await reply(ctx, target, 'quiet-off');
    return;
  }
  if (argument === '') {
    const quiet = ctx.services.watches.settingsOf(target.chatId).quiet;
    await reply(ctx, target, 'quiet-usage', {
      state: quiet ? 'on' : 'off',
      from: quiet ? clockText(quiet.from) : '',
      to: quiet ? clockText(quiet.to) : '',
      zone,
    });
    return;
  }
  const quiet = parseQuietHours(argument);
  if (!quiet) {
    await reply(ctx, target, 'quiet-bad', { input: argument });
    return;
  }
  ctx.services.watches.setQuiet(target.chatId, quiet, zone);
  await reply(ctx, target, 'quiet-set', { from: clockText(quiet.from), to: clockText(quiet.to), zone });
});

export const alerts: Feature = {
  composer,
  commands: [
    { command: 'breaking', menu: true },
    { command: 'quiet', menu: true },
  ],
  changesChat: { commands: ['breaking', 'quiet'] },
};
