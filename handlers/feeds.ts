import { Composer } from 'grammy';
import { isLanguage, type Language } from '../src/model/language.ts';
import { adminOnly } from '../src/bot/admin.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { formatDateTime, shorten } from '../src/text/format.ts';
import { escapeMarkup } from '../src/text/escape.ts';
import { sendMessages } from '../src/bot/send-pages.ts';
import { packBlocks } from '../src/briefing/split.ts';
import type { FeedWithCount } from '../src/feeds/feed-admin.ts';
import type { PollReport } from '../src/feeds/poller.ts';
import { feedDisplayName } from '../src/store/feeds.ts';
import { isTopic } from '../src/model/topics.ts';

const COMMANDS = ['feeds', 'addfeed', 'removefeed', 'poll'];
/** How many failed feeds a /poll summary names; the rest are counted. */
const FAILURES_LISTED = 10;

export type AddFeedArgs = { url: string; language: Language | undefined; topics: string[] } | { error: 'missing-url' } | { error: 'unknown-word'; word: string };

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
    }
    else return { error: 'unknown-word', word };
  }
  return { url, language, topics };
}

const admin = new Composer<BotContext>();

admin.command('feeds', async (ctx) => {
  const feeds = ctx.services.feedAdmin.list();
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
    await ctx.replyWith(args.error === 'missing-url' ? 'addfeed-usage' : 'addfeed-unknown-word', args.error === 'unknown-word' ? { word: shorten(args.word, 40) } : {});
    return;
  }
  const status = await ctx.replyWith('addfeed-checking', { url: shorten(args.url, 200) }, { link_preview_options: { is_disabled: true } });
  const outcome = await ctx.services.feedAdmin.add(args.url, args.language, args.topics);
  const text = outcome.ok
    ? ctx.t('addfeed-added', { id: outcome.feed.id, title: escapeMarkup(shorten(outcome.title, 200)), items: outcome.items })
    : outcome.reason === 'exists'
      ? ctx.t('addfeed-exists', { id: outcome.existing!.id })
      : ctx.t('addfeed-failed', { reason: outcome.reason, detail: escapeMarkup(shorten(outcome.detail, 300)) });
  await ctx.api.editMessageText(ctx.chat!.id, (status as { message_id: number }).message_id, text, {
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
    name: removed ? feedDisplayName(removed.feed) : '',
    articles: removed?.articles ?? 0,
  });
});

admin.command('poll', async (ctx) => {
  const status = await ctx.replyWith('poll-started');
  const report = await ctx.services.feedAdmin.pollNow();
  await ctx.api.editMessageText(ctx.chat!.id, (status as { message_id: number }).message_id, renderPollReport(ctx, report), { parse_mode: 'HTML' });
});

function renderFeed(ctx: BotContext, feed: FeedWithCount): string {
  const { timezone } = ctx.services.config;
  return ctx.t('feeds-item', {
    id: feed.id,
    name: escapeMarkup(shorten(feedDisplayName(feed), 80)),
    url: escapeMarkup(feed.url),
    language: escapeMarkup(shorten(feed.language ?? feed.feedLanguage ?? '—', 16)),
    topics: feed.topics.length > 0 ? feed.topics.join(', ') : '—',
    articles: feed.articles,
    health: !feed.enabled ? 'disabled' : feed.lastFetchAt === null ? 'new' : feed.consecutiveErrors === 0 ? 'ok' : 'failing',
    errors: feed.consecutiveErrors,
    lastSuccess: feed.lastSuccessAt === null ? '—' : formatDateTime(feed.lastSuccessAt, ctx.lang, timezone),
    nextTry: formatDateTime(Math.max(feed.nextPollAt, ctx.services.now()), ctx.lang, timezone),
    lastError: escapeMarkup(shorten(feed.lastError ?? '', 120)),
  });
}

function renderPollReport(ctx: BotContext, report: PollReport): string {
  const failed = report.results.filter((r) => r.status === 'error');
  const summary = ctx.t('poll-summary', {
    feeds: report.results.length,
    added: report.results.reduce((sum, r) => sum + (r.status === 'ok' ? r.added : 0), 0),
    unchanged: report.results.filter((r) => r.status === 'not-modified' || (r.status === 'ok' && r.added === 0)).length,
    failed: failed.length,
    seconds: Math.max(1, Math.round((report.finishedAt - report.startedAt) / 1000)),
  });
  const lines = failed
    .slice(0, FAILURES_LISTED)
    .map((r) => `• #${r.feedId} ${escapeMarkup(shorten(r.name, 60))}: ${escapeMarkup(shorten(r.status === 'error' ? r.error : '', 150))}`);
  if (failed.length > FAILURES_LISTED) lines.push(ctx.t('poll-more-failures', { count: failed.length - FAILURES_LISTED }));
  return [summary, ...lines].join('\n');
}

export const feeds: Feature = {
  composer: adminOnly(COMMANDS, admin),
  commands: COMMANDS.map((command) => ({ command, menu: true, admin: true })),
};
