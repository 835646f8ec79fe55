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
import { corpusFeedFiles, corpusFeedsDir } from '../tests/support/shared-corpus.ts';

/**
 * `ingest`: the whole ingest path minus the network — decode → parse → normalise → language → topics →
 * summary → store (file database, WAL, FTS index) — over the shared corpus, each file as its own feed,
 * first sight (all inserts). The goal is in articles: a poll of a hundred agency feeds brings a few
 * hundred new articles at most.
 */
export const ingestStoreBenchmark: Benchmark = {
  name: 'ingest',
  async run(): Promise<Figure[]> {
    const feedsDir = corpusFeedsDir();
    if (!existsSync(feedsDir)) {
      console.warn(`ingest: no corpus at ${feedsDir}; set DIPLOBRIEF_SHARED_DIR`);
      return [];
    }
    const bodies = corpusFeedFiles(feedsDir).map((file) => readFileSync(file));
    const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
    // One warm-up pass (JIT, module start-up), then the median of three passes, each into a fresh database.
    const passes: { seconds: number; items: number }[] = [];
    for (let pass = 0; pass < 4; pass++) {
      const result = await ingestOnce(bodies);
      if (pass > 0) passes.push(result);
    }
    passes.sort((a, b) => a.seconds - b.seconds);
    const { seconds, items } = passes[1]!;
    return [
      {
        name: `decode→…→topics→summary→store (${bodies.length} feeds, ${items} articles)`,
        value: Math.round((bytes / 1e6 / seconds) * 100) / 100,
        unit: 'MB/s',
      },
      { name: 'articles stored per second', value: Math.round(items / seconds), unit: '/s', goal: { atLeast: 500 } },
    ];
  },
};

/** Ingests every body as a new feed into a new file database; returns the time taken and articles stored. */
async function ingestOnce(bodies: Uint8Array[]): Promise<{ seconds: number; items: number }> {
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
  return { seconds, items };
}
