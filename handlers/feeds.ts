import { Composer } from 'grammy';
import { isLanguage, type Language } from '../src/model/language.ts';
import { adminOnly } from '../src/bot/admin.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { formatDateTime, shorten } from '../src/text/format.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { sendMessages } from '../src/bot/send-pages.ts';
import { packBlocks } from '../src/briefing/split.ts';
import { summarizePoll, type FeedStatus } from '../src/feeds/feed-health.ts';
import type { PollReport } from '../src/feeds/poller.ts';
import { isTopic } from '../src/model/topics.ts';

const COMMANDS = ['feeds', 'addfeed', 'removefeed', 'poll'];
/** How many failed feeds a /poll summary names; the rest are counted. */
const FAILURES_LISTED = 10;

export type AddFeedArgs =
  { url: string; language: Language | undefined; topics: string[] } | { error: 'missing-url' } | { error: 'unknown-word'; word: string };

/** `/addfeed URL [LANG] [TOPIC...]`: the URL first, then at most one language and any topic slugs, in any order. */
export function parseAddFeedArgs(text: string): AddFeedArgs {
  const [url, ...rest] = text.trim().split(/\s+/).filter(Boolean);
  if (!url || !/^https?:\/\//i.test(url)) return { error: 'missing-url' };
  let language: Language | undefined;
  const topics: string[] = [];
  for (const word of rest.map((w) => w.toLowerCase())) {
    if (isLanguage(word) && language === undefined) language = word;
    else if (isTopic(word)) {
      if (!topics.includes(word)) topics.push(word);
    } else return { error: 'unknown-word', word };
  }
  return { url, language, topics };
}

const admin = new Composer<BotContext>();

admin.command('feeds', async (ctx) => {
  const feeds = ctx.services.feedAdmin.statuses();
  if (feeds.length === 0) {
    await ctx.replyWith('feeds-empty');
    return;
  }
  const blocks = feeds.map((feed) => renderFeed(ctx, feed));
  const messages = packBlocks([ctx.t('feeds-header', { count: feeds.length }), ...blocks]);
  await sendMessages(ctx, messages);
});

admin.command('addfeed', async (ctx) => {
  const args = parseAddFeedArgs(ctx.match);
  if ('error' in args) {
    await ctx.replyWith(
      args.error === 'missing-url' ? 'addfeed-usage' : 'addfeed-unknown-word',
      args.error === 'unknown-word' ? { word: shorten(args.word, 40) } : {},
    );
    return;
  }
  const status = await ctx.replyWith('addfeed-checking', { url: shorten(args.url, 200) }, { link_preview_options: { is_disabled: true } });
  const outcome = await ctx.services.feedAdmin.add(args.url, args.language, args.topics);
  const text = outcome.ok
    ? ctx.t('addfeed-added', { id: outcome.feed.id, title: escapeMarkup(shorten(outcome.title, 200)), items: outcome.items })
    : outcome.reason === 'exists'
      ? ctx.t('addfeed-exists', { id: outcome.existing!.id })
      : ctx.t('addfeed-failed', { reason: outcome.reason, detail: escapeMarkup(shorten(outcome.detail, 300)) });
  await ctx.api.editMessageText(ctx.chat!.id, status.message_id, text, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  });
});

admin.command('removefeed', async (ctx) => {
  const argument = ctx.match.trim().replace(/^#/, '');
  if (!/^\d{1,12}$/.test(argument)) {
    await ctx.replyWith('removefeed-usage');
    return;
  }
  const removed = ctx.services.feedAdmin.remove(Number(argument));
  await ctx.replyWith(removed ? 'removefeed-done' : 'removefeed-unknown', {
    id: Number(argument),
    name: removed?.name ?? '',
    articles: removed?.articles ?? 0,
  });
});

admin.command('poll', async (ctx) => {
  const status = await ctx.replyWith('poll-started');
  const report = await ctx.services.feedAdmin.pollNow();
  await ctx.api.editMessageText(ctx.chat!.id, status.message_id, renderPollReport(ctx, report), { parse_mode: 'HTML' });
});

function renderFeed(ctx: BotContext, feed: FeedStatus): string {
  const { timezone } = ctx.services.config;
  return ctx.t('feeds-item', {
    id: feed.id,
    name: escapeMarkup(shorten(feed.name, 80)),
    url: escapeMarkup(feed.url),
    language: escapeMarkup(shorten(feed.language ?? '—', 16)),
    topics: feed.topics.length > 0 ? feed.topics.join(', ') : '—',
    articles: feed.articles,
    health: feed.health,
    errors: feed.errors,
    lastSuccess: feed.lastSuccessAt === null ? '—' : formatDateTime(feed.lastSuccessAt, ctx.lang, timezone),
    nextTry: formatDateTime(feed.nextTryAt, ctx.lang, timezone),
    lastError: escapeMarkup(shorten(feed.lastError ?? '', 120)),
  });
}

function renderPollReport(ctx: BotContext, report: PollReport): string {
  const { failures, ...counts } = summarizePoll(report);
  const summary = ctx.t('poll-summary', { ...counts, failed: failures.length });
  const lines = failures
    .slice(0, FAILURES_LISTED)
    .map((failure) => `• #${failure.feedId} ${escapeMarkup(shorten(failure.name, 60))}: ${escapeMarkup(shorten(failure.error, 150))}`);
  if (failures.length > FAILURES_LISTED) lines.push(ctx.t('poll-more-failures', { count: failures.length - FAILURES_LISTED }));
  return [summary, ...lines].join('\n');
}

export const feeds: Feature = {
  composer: adminOnly(COMMANDS, admin),
  commands: COMMANDS.map((command) => ({ command, menu: true, admin: true })),
};
