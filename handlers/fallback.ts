import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';

/** Registered last: whatever no other feature answered gets a short hint, never silence. */
const composer = new Composer<BotContext>();

composer.on('message:entities:bot_command', async (ctx, next) => {
  const entity = ctx.message.entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return next();
  const command = ctx.message.text.slice(entity.offset, entity.offset + entity.length).split('@')[0]!;
  await ctx.replyWith('unknown-command', { command: command.slice(0, 64) });
});

// Plain text in a group is people talking to each other; only a private chat gets the hint.
composer.chatType('private').on('message', (ctx) => ctx.replyWith('unknown-text'));

composer.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-expired') }));

export const fallback: Feature = { composer, commands: [] };
