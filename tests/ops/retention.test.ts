import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { RetentionJob } from '../../src/ops/retention.ts';
import { DeliveryRunStore } from '../../src/store/delivery-runs.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { PRUNED_LANGUAGE } from '../../src/store/retention.ts';
import { SavedSearchStore } from '../../src/store/saved-searches.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { rss } from '../support/feed-fixtures.ts';
import { FeedServer } from '../support/feed-server.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';

const DAY = 24 * 3_600_000;
const READER = 6_100_001;

let feeds: FeedServer | undefined;
let app: App | undefined;
let t: BotUnderTest | undefined;
afterEach(async () => {
  app?.close();
  await t?.stop();
  await feeds?.close();
  app = feeds = t = undefined;
});

const OLD_ITEM = {
  title: 'UN Security Council meets on Yemen as Houthi attacks on shipping continue',
  link: 'https://world.example/old',
  guid: 'world-old',
  description: 'The United Nations Security Council met on Yemen. The envoy said Houthi attacks threatened the peace process.',
  pubDate: new Date(Date.now() - 200 * DAY).toUTCString(),
};
const NEW_ITEM = {
  title: 'OPEC+ extends oil output cuts to the end of the year',
  link: 'https://world.example/new',
  guid: 'world-new',
  description: 'OPEC+ agreed to extend its oil production cuts to support prices, ministers said after their meeting.',
  pubDate: new Date(Date.now() - 3_600_000).toUTCString(),
};

interface ArticleRow {
  id: number;
  language: string;
  text: string;
  summary: string | null;
  title: string;
}

function article(app: App, guid: string): ArticleRow {
  return app.db.prepare('SELECT id, language, text, summary, title FROM articles WHERE stable_id = ?').get(guid) as ArticleRow;
}

/** A briefing message to READER carrying `articleIds`, queued and sent at `at` (its sent_articles rows written as the sender does). */
function sentBriefing(app: App, at: number, runId: string, articleIds: number[]): void {
  const outbox = new OutboxStore(app.db, () => at);
  outbox.enqueue([{ kind: 'briefing', runId, chatId: READER, part: 0, text: 'briefing', parseMode: null, articleIds }]);
  const [message] = outbox.due(1, new Set());
  outbox.markSending([message!.id]);
  outbox.record([{ type: 'sent', id: message!.id, messageId: 1 }]);
  const runs = new DeliveryRunStore(app.db, () => at);
  runs.begin(runId, 'briefing', at);
  runs.finish(runId);
}

describe('RETENTION_DAYS', () => {
  it('empties old articles, their queue rows and "already sent" rows; a feed still listing one does not bring it back', async () => {
    feeds = await FeedServer.start();
    feeds.serve('/rss', rss({ title: 'World', items: [OLD_ITEM, NEW_ITEM] }));
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-retention-'));
    writeFileSync(join(folder, 'feeds.json'), JSON.stringify([{ url: feeds.url('/rss'), language: 'en' }]));
    const config = parseConfig({ DATABASE_PATH: join(folder, 'bot.db'), FEEDS_FILE: join(folder, 'feeds.json'), RETENTION_DAYS: '90' });
    app = createApp(config, { logger: createLogger('silent') });
    const first = await app.poller.pollAll();
    expect(first.results[0]).toMatchObject({ status: 'ok', added: 2 });
    const old = article(app, OLD_ITEM.guid);
    const recent = article(app, NEW_ITEM.guid);
    expect(app.articles.topicsOf(old.id)).toContain('yemen');

    app.subscribers.register({ chatId: READER, userId: READER, chatType: 'private', firstName: 'Reader', username: null }, 'en');
    sentBriefing(app, Date.now() - 120 * DAY, 'briefing:old', [old.id]);
    sentBriefing(app, Date.now() - DAY, 'briefing:recent', [recent.id]);
    const searches = new SavedSearchStore(app.db);
    // (Saving a search prunes those older than a month before its own time: the old one goes in last.)
    const keptSearch = searches.save(READER, 'en', 'opec', Date.now() - DAY);
    searches.save(READER, 'en', 'houthi', Date.now() - 40 * DAY);

    const report = await new RetentionJob(app.db, { retentionDays: 90, now: Date.now, logger: createLogger('silent') }).run();
    expect(report).toMatchObject({ articles: 1, outbox: 1, outboxTexts: 1, runs: 1, searches: 1, interrupted: false });

    // The old article keeps what identifies it and loses the rest; the recent one is untouched.
    expect(article(app, OLD_ITEM.guid)).toEqual({ id: old.id, language: PRUNED_LANGUAGE, text: '', summary: null, title: OLD_ITEM.title });
    expect(app.articles.topicsOf(old.id)).toEqual([]);
    expect(article(app, NEW_ITEM.guid)).toEqual(recent);
    expect(app.reader.search({ chatId: READER, language: 'en', query: 'Houthi' }).stories).toEqual([]);
    const sent = app.db.prepare('SELECT article_id FROM sent_articles WHERE chat_id = ? ORDER BY article_id').pluck().all(READER);
    expect(sent).toEqual([recent.id]);
    expect(app.db.prepare('SELECT run_id FROM outbox').pluck().all()).toEqual(['briefing:recent']);
    expect(app.db.prepare('SELECT text FROM outbox_texts').pluck().all()).toEqual(['briefing']);
    expect(app.db.prepare('SELECT id FROM delivery_runs').pluck().all()).toEqual(['briefing:recent']);
    expect(searches.get(keptSearch)).toBeDefined();

    // The feed still lists the old item: nothing is added, the row stays emptied, nothing is sent again.
    const again = await app.poller.pollAll();
    expect(again.results[0]).toMatchObject({ status: 'ok', added: 0 });
    expect(app.articles.count()).toBe(2);
    expect(article(app, OLD_ITEM.guid).language).toBe(PRUNED_LANGUAGE);
    const briefing = app.reader.briefing({ language: 'en', topics: ['yemen', 'energy', 'un', 'security'], since: 0, notSentTo: READER });
    expect(JSON.stringify(briefing)).not.toContain('Houthi');

    // A second run finds nothing more to do.
    expect(await new RetentionJob(app.db, { retentionDays: 90, now: Date.now, logger: createLogger('silent') }).run()).toMatchObject({
      articles: 0,
      outbox: 0,
      outboxTexts: 0,
      runs: 0,
      searches: 0,
    });
  });

  it('the running bot prunes at start (and daily), without holding up its start', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-retention-bot-'));
    const [oldId, newId] = seedArticles(join(folder, 'data', 'bot.db'), [
      { feed: 'WAM', language: 'en', title: OLD_ITEM.title, text: OLD_ITEM.description, publishedAt: Date.now() - 31 * DAY },
      { feed: 'WAM', language: 'en', title: NEW_ITEM.title, text: NEW_ITEM.description, publishedAt: Date.now() - DAY },
    ]);
    t = await startBotUnderTest({ RETENTION_DAYS: '30' }, { folder, pollAtStart: false });
    const bot = t;
    const languageOf = (id: number | undefined) => bot.db.prepare('SELECT language FROM articles WHERE id = ?').pluck().get(id) as string;
    await waitUntil(() => languageOf(oldId) === PRUNED_LANGUAGE, 'the old article pruned');
    expect(languageOf(newId)).toBe('en');
  });

  it('a stopped job does no more work', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-retention-stop-'));
    seedArticles(join(folder, 'bot.db'), [
      { feed: 'WAM', language: 'en', title: OLD_ITEM.title, text: OLD_ITEM.description, publishedAt: Date.now() - 100 * DAY },
    ]);
    app = createApp(parseConfig({ DATABASE_PATH: join(folder, 'bot.db'), FEEDS_FILE: join(folder, 'none.json') }), {
      logger: createLogger('silent'),
    });
    const job = new RetentionJob(app.db, { retentionDays: 90, now: Date.now, logger: createLogger('silent') });
    await job.stop();
    expect(await job.run()).toMatchObject({ articles: 0, interrupted: true });
  });
});
