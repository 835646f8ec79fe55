import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedParseError } from '../src/feeds/parse.ts';
import { readFeed } from '../src/feeds/read-feed.ts';
import { createLogger } from '../src/logger.ts';
import { Poller } from '../src/feeds/poller.ts';
import { ArticleStore } from '../src/store/articles.ts';
import { openDatabase } from '../src/store/db.ts';
import { FeedStore } from '../src/store/feeds.ts';
import type { Benchmark, Figure } from './harness.ts';
import { corpusFeedFiles, defaultFeedsDir } from './ingest-parse.bench.ts';

/**
 * `ingest`: the whole ingest path minus the network — decode → parse → normalise → language → store
 * (file database, WAL, FTS index) — over the shared corpus, each file as its own feed, first sight (all inserts).
 */
export const ingestStoreBenchmark: Benchmark = {
  name: 'ingest',
  async run(): Promise<Figure[]> {
    const feedsDir = defaultFeedsDir();
    if (!existsSync(feedsDir)) {
      console.warn(`ingest: no corpus at ${feedsDir}; set DIPLOBRIEF_SHARED_DIR`);
      return [];
    }
    const bodies = corpusFeedFiles(feedsDir).map((file) => readFileSync(file));
    const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'diplobrief-bench-')), 'ingest.db'));
    const feeds = new FeedStore(db);
    const articles = new ArticleStore(db);
    const poller = new Poller({ feeds, articles, logger: createLogger('silent') });
    const start = process.hrtime.bigint();
    let items = 0;
    for (const [index, body] of bodies.entries()) {
      const feed = feeds.add({ url: `https://bench.invalid/${index}`, topics: [] });
      const now = Date.now();
      try {
        const parsed = await readFeed(body, undefined, feed.url, new Date(now));
        const fetched = { kind: 'fetched' as const, url: feed.url, body, contentType: undefined, etag: null, lastModified: null };
        const result = poller.saveParsed(feed, fetched, parsed, now);
        if (result.status === 'ok') items += result.added;
      } catch (error) {
        if (!(error instanceof FeedParseError)) throw error;
      }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    db.close();
    return [
      { name: `decode→parse→normalise→store (${bodies.length} feeds, ${items} articles)`, value: Math.round((bytes / 1e6 / seconds) * 100) / 100, unit: 'MB/s', goal: { atLeast: 2 } },
      { name: 'articles stored per second', value: Math.round(items / seconds), unit: '/s', goal: { atLeast: 500 } },
    ];
  },
};
