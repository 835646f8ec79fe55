import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { moreButtons, topicButtons } from '../src/bot/buttons.ts';
import { sendStoryPage } from '../src/bot/send-pages.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { resolveTopic } from '../src/topics/resolve.ts';
import { TOPICS, type Topic } from '../src/model/topics.ts';
import { LATEST_DEFAULT } from '../src/briefing/reader-service.ts';

/** /topic [NAME]: one topic's latest stories, whether the reader follows it or not. */
const composer = new Composer<BotContext>();

composer.command('topic', async (ctx) => {
  const argument = ctx.match.trim();
  if (argument === '') {
    await ctx.replyWith('topic-choose', {}, { reply_markup: topicKeyboard(ctx) });
    return;
  }
  const topic = resolveTopic(argument);
  if (!topic) {
    await ctx.replyWith('topic-unknown', { given: argument.slice(0, 40) }, { reply_markup: topicKeyboard(ctx) });
    return;
  }
  await showTopic(ctx, topic);
});

composer.callbackQuery(topicButtons.trigger, async (ctx) => {
  const topic = topicButtons.decode(ctx.callbackQuery.data);
  if (!topic) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  await showTopic(ctx, topic);
});

composer.callbackQuery(moreButtons.triggerFor('topic'), async (ctx) => {
  const request = moreButtons.decode(ctx.callbackQuery.data);
  if (request?.kind !== 'topic') {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  // The button is spent: removing it keeps the chat readable and stops a double press.
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const page = ctx.services.reader.topic({
    language: ctx.lang,
    topic: request.topic,
    count: request.count,
    before: request.before,
    muted: ctx.muted(),
    sources: ctx.sources,
  });
  const header = ctx.t('topic-header-more', { topic: escapeMarkup(ctx.t(`topic-${request.topic}`)) });
  await sendStoryPage(ctx, page, { header, more: (before) => ({ ...request, before }), nothingKey: 'latest-nothing-more' });
});

async function showTopic(ctx: BotContext, topic: Topic): Promise<void> {
  const page = ctx.services.reader.topic({ language: ctx.lang, topic, count: LATEST_DEFAULT, muted: ctx.muted(), sources: ctx.sources });
  if (page.stories.length === 0) {
    await ctx.replyWith('topic-nothing', { topic: ctx.t(`topic-${topic}`) });
    return;
  }
  const header = ctx.t('topic-header', { topic: escapeMarkup(ctx.t(`topic-${topic}`)) });
  await sendStoryPage(ctx, page, {
    header,
    more: (before) => ({ kind: 'topic', topic, count: LATEST_DEFAULT, before }),
    nothingKey: 'latest-nothing',
  });
}

/** Every topic as a button, with how many articles it had this week in the reader's language. */
function topicKeyboard(ctx: BotContext): InlineKeyboard {
  const counts = ctx.services.reader.topicCounts(ctx.lang);
  const keyboard = new InlineKeyboard();
  TOPICS.forEach((topic, index) => {
    keyboard.text(`${ctx.t(`topic-${topic}`)} · ${counts.get(topic) ?? 0}`, topicButtons.encode(topic));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export const topic: Feature = { composer, commands: [{ command: 'topic', menu: true }] };
