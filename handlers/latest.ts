import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { decodeMore, encodeMore } from '../src/bot/paging.ts';
import { moreButton, sendMessages } from '../src/bot/send-pages.ts';
import type { StoryPage } from '../src/briefing/reader-service.ts';
import { renderStoryList } from '../src/briefing/render.ts';
import { resolveTopic } from '../src/topics/resolve.ts';
import { TOPICS, type Topic } from '../src/model/topics.ts';

/** /latest shows this many stories unless told otherwise, and never more than the maximum. */
export const LATEST_DEFAULT = 10;
export const LATEST_MAX = 30;

const composer = new Composer<BotContext>();

/** The reader's followed topics; a chat that has not registered gets every topic. */
const followed = (ctx: BotContext): readonly Topic[] => ctx.subscriber?.topics ?? TOPICS;

/** `/latest [N]`: N from 1 to LATEST_MAX, or nothing for the default. */
export function parseCount(argument: string): number | undefined {
  const text = argument.trim();
  if (text === '') return LATEST_DEFAULT;
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const count = Number(text);
  return count >= 1 && count <= LATEST_MAX ? count : undefined;
}

composer.command('latest', async (ctx) => {
  const count = parseCount(ctx.match);
  if (count === undefined) {
    await ctx.replyWith('latest-usage', { max: LATEST_MAX });
    return;
  }
  const page = ctx.services.reader.latest({ language: ctx.lang, topics: followed(ctx), count });
  await sendPage(ctx, page, ctx.t('latest-header'), (before) => encodeMore({ kind: 'latest', count, before }), 'latest-nothing');
});

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

composer.callbackQuery(/^topic:([a-z]+)$/, async (ctx) => {
  const topic = resolveTopic(ctx.match[1]!);
  await ctx.answerCallbackQuery();
  if (topic) await showTopic(ctx, topic);
});

composer.callbackQuery(/^more:[lt]:/, async (ctx) => {
  const request = decodeMore(ctx.callbackQuery.data);
  if (!request || request.kind === 'search') {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  // The button is spent: removing it keeps the chat readable and stops a double press.
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  if (request.kind === 'latest') {
    const page = ctx.services.reader.latest({ language: ctx.lang, topics: followed(ctx), count: request.count, before: request.before });
    await sendPage(ctx, page, ctx.t('latest-header-more'), (before) => encodeMore({ ...request, before }), 'latest-nothing-more');
  } else {
    const page = ctx.services.reader.topic({ language: ctx.lang, topic: request.topic, count: request.count, before: request.before });
    const header = ctx.t('topic-header-more', { topic: escapeMarkup(ctx.t(`topic-${request.topic}`)) });
    await sendPage(ctx, page, header, (before) => encodeMore({ ...request, before }), 'latest-nothing-more');
  }
});

async function showTopic(ctx: BotContext, topic: Topic): Promise<void> {
  const page = ctx.services.reader.topic({ language: ctx.lang, topic, count: LATEST_DEFAULT });
  const name = escapeMarkup(ctx.t(`topic-${topic}`));
  if (page.stories.length === 0) {
    await ctx.replyWith('topic-nothing', { topic: ctx.t(`topic-${topic}`) });
    return;
  }
  await sendPage(ctx, page, ctx.t('topic-header', { topic: name }), (before) => encodeMore({ kind: 'topic', topic, count: LATEST_DEFAULT, before }), 'latest-nothing');
}

async function sendPage(ctx: BotContext, page: StoryPage, header: string, more: (before: number) => string, nothingKey: string): Promise<void> {
  if (page.stories.length === 0) {
    await ctx.replyWith(nothingKey);
    return;
  }
  const messages = renderStoryList(header, page.stories, { t: ctx.t, language: ctx.lang, timeZone: ctx.services.config.timezone });
  await sendMessages(ctx, messages, page.nextBefore !== undefined ? moreButton(ctx, more(page.nextBefore)) : undefined);
}

/** Every topic as a button, with how many articles it had this week in the reader's language. */
function topicKeyboard(ctx: BotContext): InlineKeyboard {
  const counts = ctx.services.reader.topicCounts(ctx.lang);
  const keyboard = new InlineKeyboard();
  TOPICS.forEach((topic, index) => {
    keyboard.text(`${ctx.t(`topic-${topic}`)} · ${counts.get(topic) ?? 0}`, `topic:${topic}`);
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export const latest: Feature = {
  composer,
  commands: [
    { command: 'latest', menu: true },
    { command: 'topic', menu: true },
  ],
};
