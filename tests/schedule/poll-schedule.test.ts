import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { FeedServer } from '../support/feed-server.ts';
import { waitUntil } from '../support/wait-until.ts';
import { REUTERS_ITEMS, rss, type FixtureItem } from '../support/feed-fixtures.ts';

let server: FeedServer;
const items: FixtureItem[] = [REUTERS_ITEMS[0]!];
beforeAll(async () => {
  server = await FeedServer.start();
  server.route('/live.xml', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'Live', items })),
  );
});
afterAll(() => server.close());

let t: BotUnderTest | undefined;
afterEach(() => t?.stop());

describe('the running bot polls on POLL_CRON', () => {
  it('loads FEEDS_FILE, polls at start, and picks up new items on the next ticks', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-schedule-'));
    const feedsFile = join(folder, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ url: server.url('/live.xml'), name: 'Live', language: 'en' }]));
    t = await startBotUnderTest({ FEEDS_FILE: feedsFile, POLL_CRON: '* * * * * *' });
    const count = () => (t!.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    await waitUntil(() => count() === 1, 'the first poll to store the item');
    items.push({ title: 'Gulf states agree on a joint energy plan', link: 'https://news.example/world/2', guid: 'en-2' });
    await waitUntil(() => count() === 2, 'a scheduled poll to store the new item');
    expect(server.requestsTo('/live.xml').length).toBeGreaterThanOrEqual(2);
  });
});
