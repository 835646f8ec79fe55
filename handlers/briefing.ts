import { Composer } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { sendMessages } from '../src/bot/send-pages.ts';
import { renderBriefing } from '../src/briefing/render.ts';

const composer = new Composer<BotContext>();

/** /briefing: the reader's briefing for the last 24 hours, now (what they have been sent already included). */
composer.command('briefing', async (ctx) => {
  const topics = ctx.followedTopics;
  if (topics.length === 0) {
    await ctx.replyWith('briefing-no-topics');
    return;
  }
  const briefing = ctx.services.reader.briefing({ language: ctx.lang, topics, muted: ctx.muted(), sources: ctx.sources });
  if (briefing.sections.length === 0) {
    await ctx.replyWith('briefing-nothing');
    return;
  }
  await sendMessages(ctx, renderBriefing(briefing, { t: ctx.t, language: ctx.lang, timeZone: ctx.services.config.timezone }));
});

export const briefing: Feature = { composer, commands: [{ command: 'briefing', menu: true }] };
