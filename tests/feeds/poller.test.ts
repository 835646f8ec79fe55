import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/feeds/fetch.ts';
import { foldForSearch } from '../../src/text/fold.ts';
import { Poller } from '../../src/feeds/poller.ts';
import { createLogger } from '../../src/logger.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { FeedServer } from '../support/feed-server.ts';
import { KUNA_ITEMS, REUTERS_ITEMS, TASS_ITEMS, rss } from '../support/feed-fixtures.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(() => server.close());

let db: Db;
let feeds: FeedStore;
let articles: ArticleStore;
let clock: number;
const logger = createLogger('silent');

function poller(limits: { totalTimeoutMs?: number; maxBodyBytes?: number } = {}) {
  return new Poller({
    feeds,
    articles,
    logger,
    now: () => clock,
    random: () => 0.5,
    fetch: (url, validators) => fetchFeed(url, validators, { limits }),
  });
}

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = Date.parse('2026-11-29T08:00:00Z');
  feeds = new FeedStore(db, () => clock);
  articles = new ArticleStore(db, () => clock);
});

const titles = () => (db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]).map((r) => r.title);

describe('Poller', () => {
  it('ingests new items with their language and the feed’s topics, and indexes them', async () => {
    server.serve('/kuna.xml', rss({ title: 'KUNA', items: KUNA_ITEMS }));
    server.serve('/en.xml', rss({ title: 'World news', language: 'en-us', items: REUTERS_ITEMS }));
    const kuna = feeds.add({ url: server.url('/kuna.xml'), name: 'KUNA', topics: ['gulf'] });
    feeds.add({ url: server.url('/en.xml'), topics: [] });

    const report = await poller().pollAll();
    expect(report.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(titles()).toEqual([KUNA_ITEMS[0]!.title, KUNA_ITEMS[1]!.title, REUTERS_ITEMS[0]!.title]);
    const rows = db.prepare('SELECT language, COUNT(*) AS n FROM articles GROUP BY language ORDER BY language').all();
    expect(rows).toEqual([
      { language: 'ar', n: 2 },
      { language: 'en', n: 1 },
    ]);
    const first = db.prepare('SELECT id FROM articles WHERE feed_id = ? ORDER BY id LIMIT 1').get(kuna.id) as { id: number };
    expect(articles.topicsOf(first.id)).toEqual(['gulf']);
    // The index holds folded text: a query spelt without the hamza and with harakat, folded the same way, finds "الإسرائيلية".
    const query = foldForSearch('الاِسرائيلية');
    const hits = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(`"${query}"`);
    expect(hits).toEqual([{ rowid: first.id }]);
    expect(feeds.get(kuna.id)).toMatchObject({ title: 'KUNA', consecutiveErrors: 0, lastSuccessAt: clock });
  });

  it('sends the validators back, takes 304 as unchanged, and never duplicates', async () => {
    server.serve('/etag.xml', rss({ title: 'TASS', language: 'ru', items: TASS_ITEMS }), {
      etag: '"t1"',
      lastModified: 'Sun, 29 Nov 2026 07:00:00 GMT',
    });
    const feed = feeds.add({ url: server.url('/etag.xml'), topics: [] });
    const p = poller();
    expect((await p.pollAll()).results[0]).toMatchObject({ status: 'ok', added: 1 });
    expect((await p.pollAll()).results[0]).toMatchObject({ status: 'not-modified' });
    const last = server.requestsTo('/etag.xml').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"t1"');
    expect(last.headers['if-modified-since']).toBe('Sun, 29 Nov 2026 07:00:00 GMT');
    expect(articles.countByFeed(feed.id)).toBe(1);
  });

  it('updates a changed title in place', async () => {
    const items = [{ ...TASS_ITEMS[0]! }];
    server.route('/changing.xml', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'TASS', items })),
    );
    const feed = feeds.add({ url: server.url('/changing.xml'), topics: [] });
    const p = poller();
    await p.pollAll();
    items[0]!.title = 'Лавров провёл переговоры с министром иностранных дел Кувейта';
    expect((await p.pollAll()).results[0]).toMatchObject({ status: 'ok', added: 0, updated: 1 });
    expect(articles.countByFeed(feed.id)).toBe(1);
    expect(titles()).toEqual([items[0]!.title]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH 'переговоры'").get()).toEqual({ n: 1 });
  });

  it('decodes a windows-1251 feed declared in the HTTP header', async () => {
    const body = iconv.encode(rss({ title: 'ТАСС', encoding: 'windows-1251', items: TASS_ITEMS }), 'windows-1251');
    server.serve('/cp1251.xml', body, { contentType: 'application/rss+xml; charset=windows-1251' });
    feeds.add({ url: server.url('/cp1251.xml'), topics: [] });
    await poller().pollAll();
    expect(titles()).toEqual([TASS_ITEMS[0]!.title]);
    expect(db.prepare('SELECT language FROM articles').get()).toEqual({ language: 'ru' });
  });

  it('lets hostile feeds fail only themselves, quickly, while the good ones beside them are ingested', async () => {
    let hugeBytesSent = 0;
    server.serve('/good-ar.xml', rss({ title: 'KUNA', items: KUNA_ITEMS }));
    server.serve('/good-en.xml', rss({ title: 'News', items: REUTERS_ITEMS }));
    server.route('/never-answers', () => undefined);
    server.route('/fifty-megabytes', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      const pump = () => {
        while (hugeBytesSent < 50 * 1024 * 1024) {
          hugeBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (hugeBytesSent = Math.min(hugeBytesSent, 50 * 1024 * 1024)));
      pump();
    });
    server.route('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
    server.route('/error-500', (_req, res) => res.writeHead(500).end('Internal Server Error'));
    server.serve('/html-page', '<!DOCTYPE html><html><head><title>Home</title></head><body>Welcome</body></html>', {
      contentType: 'text/html',
    });
    const lol = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ];
    server.serve(
      '/entity-bomb',
      `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('')}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/1</link></item></channel></rss>`,
    );
    const truncated = rss({ title: 'Truncated', items: [...KUNA_ITEMS.map((item, i) => ({ ...item, guid: `trunc-${i}` }))] });
    server.serve('/truncated', truncated.slice(0, truncated.lastIndexOf('<item>') + 60));

    const paths = [
      '/good-ar.xml',
      '/never-answers',
      '/fifty-megabytes',
      '/loop',
      '/error-500',
      '/html-page',
      '/entity-bomb',
      '/truncated',
      '/good-en.xml',
    ];
    for (const path of paths) feeds.add({ url: server.url(path), topics: [] });
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const report = await poller({ totalTimeoutMs: 1_500, maxBodyBytes: 2 * 1024 * 1024 }).pollAll();
    const elapsed = Date.now() - started;

    const byPath = new Map(report.results.map((r, i) => [paths[i]!, r]));
    expect(byPath.get('/good-ar.xml')).toMatchObject({ status: 'ok', added: 2 });
    expect(byPath.get('/good-en.xml')).toMatchObject({ status: 'ok', added: 1 });
    expect(byPath.get('/never-answers')).toMatchObject({ status: 'error', error: expect.stringMatching(/no complete answer within/) });
    expect(byPath.get('/fifty-megabytes')).toMatchObject({ status: 'error', error: expect.stringMatching(/limit/) });
    expect(byPath.get('/loop')).toMatchObject({ status: 'error', error: expect.stringMatching(/redirects/) });
    expect(byPath.get('/error-500')).toMatchObject({ status: 'error', error: 'HTTP 500 Internal Server Error' });
    expect(byPath.get('/html-page')).toMatchObject({ status: 'error', error: expect.stringMatching(/HTML page/) });
    // The bomb is defused, not expanded: whatever it yields is small.
    expect(JSON.stringify(byPath.get('/entity-bomb')).length).toBeLessThan(2_000);
    // Truncated XML keeps the items it had in full.
    expect(byPath.get('/truncated')).toMatchObject({ status: 'ok' });
    expect((byPath.get('/truncated') as { added: number }).added).toBeGreaterThanOrEqual(1);

    // All at once, bounded by the slowest timeout; the 50 MB body was cut off early, and memory stayed flat.
    expect(elapsed).toBeLessThan(6_000);
    expect(hugeBytesSent).toBeLessThan(20 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feeds WHERE consecutive_errors > 0 AND last_error IS NOT NULL').get()).toEqual({ n: 5 });
  });

  it('backs a failing feed off, keeps trying it, and resets on success', async () => {
    let fail = true;
    server.route('/flaky.xml', (_req, res) =>
      fail ? res.writeHead(503, { 'retry-after': '600' }).end() : res.writeHead(200).end(rss({ title: 'Flaky', items: TASS_ITEMS })),
    );
    server.serve('/steady.xml', rss({ title: 'Steady', items: REUTERS_ITEMS }));
    const flaky = feeds.add({ url: server.url('/flaky.xml'), topics: [] });
    feeds.add({ url: server.url('/steady.xml'), topics: [] });
    const p = poller();

    await p.pollDue();
    expect(feeds.get(flaky.id)).toMatchObject({
      consecutiveErrors: 1,
      lastError: 'HTTP 503, retry after 600 s',
      nextPollAt: clock + 600_000,
    });
    clock += 60_000;
    expect((await p.pollDue()).results.map((r) => r.feedId)).not.toContain(flaky.id); // still backing off
    clock += 600_000;
    await p.pollDue();
    expect(feeds.get(flaky.id)).toMatchObject({ consecutiveErrors: 2, nextPollAt: clock + 600_000 });
    fail = false;
    await p.pollAll(); // an admin's /poll ignores the back-off
    expect(feeds.get(flaky.id)).toMatchObject({ consecutiveErrors: 0, lastError: null, lastSuccessAt: clock });
  });

  it('runs one poll at a time: a second request joins the first', async () => {
    server.serve('/one.xml', rss({ title: 'One', items: REUTERS_ITEMS }));
    feeds.add({ url: server.url('/one.xml'), topics: [] });
    const p = poller();
    const first = p.pollAll();
    const second = p.pollDue();
    expect(second).toBe(first);
    await first;
    expect(server.requestsTo('/one.xml')).toHaveLength(1);
  });
});
