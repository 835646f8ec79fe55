import type { FeedDeclaration } from '../feeds/feeds-file.ts';
import type { Db } from './db.ts';

/** Feeds and their declared language and topics; fetch state comes with the poller. */
export class FeedStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Inserts or updates feeds by URL; a feed left out of the file is kept (an admin may have added it). */
  upsertDeclared(feeds: readonly FeedDeclaration[]): { added: number; updated: number } {
    const insert = this.db.prepare(
      `INSERT INTO feeds (url, name, language, topics, created_at, updated_at) VALUES (@url, @name, @language, @topics, @now, @now)
       ON CONFLICT (url) DO UPDATE SET name = excluded.name, language = excluded.language, topics = excluded.topics,
         updated_at = excluded.updated_at
       WHERE feeds.name IS NOT excluded.name OR feeds.language IS NOT excluded.language OR feeds.topics IS NOT excluded.topics`,
    );
    return this.db.transaction(() => {
      let added = 0;
      let updated = 0;
      for (const feed of feeds) {
        const existed = this.db.prepare('SELECT 1 FROM feeds WHERE url = ?').get(feed.url) !== undefined;
        const result = insert.run({
          url: feed.url,
          name: feed.name ?? null,
          language: feed.language ?? null,
          topics: JSON.stringify(feed.topics),
          now: this.now(),
        });
        if (!existed) added += 1;
        else if (result.changes > 0) updated += 1;
      }
      return { added, updated };
    })();
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM feeds').get() as { n: number }).n;
  }
}
