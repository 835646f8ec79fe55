import type { Language } from '../model/language.ts';
import type { FeedDeclaration } from '../model/feed.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import type { Feed } from '../model/feed.ts';

interface FeedRow {
  id: number;
  url: string;
  name: string | null;
  language: Language | null;
  topics: string;
  enabled: number;
  title: string | null;
  site_link: string | null;
  feed_language: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: number | null;
  last_success_at: number | null;
  consecutive_errors: number;
  last_error: string | null;
  next_poll_at: number;
}

/** What a good fetch taught us: the feed's own metadata and the validators for the next conditional GET. */
export interface FetchSuccess {
  at: number;
  nextPollAt: number;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  siteLink?: string | null;
  feedLanguage?: string | null;
}

/** The name a reader sees: the operator's, else the feed's own title, else its host. */
export function feedDisplayName(feed: Pick<Feed, 'name' | 'title' | 'url'>): string {
  return feed.name ?? feed.title ?? new URL(feed.url).host;
}

/** Feeds, their declared language and topics, and their fetch state and health. */
export class FeedStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /** Inserts or updates feeds by URL; a feed left out of the file is kept (an admin may have added it). */
  upsertDeclared(feeds: readonly FeedDeclaration[]): { added: number; updated: number } {
    return this.db.transaction(() => {
      let added = 0;
      let updated = 0;
      for (const feed of feeds) {
        const id = this.sql.get('SELECT id FROM feeds WHERE url = ?').pluck().get(feed.url) as number | undefined;
        if (id === undefined) {
          this.insert(feed);
          added += 1;
          continue;
        }
        const topics = JSON.stringify(feed.topics);
        const changed = this.sql
          .get(
            `UPDATE feeds SET name = ?, language = ?, topics = ?, updated_at = ?
             WHERE id = ? AND (name IS NOT ? OR language IS NOT ? OR topics IS NOT ?)`,
          )
          .run(feed.name ?? null, feed.language ?? null, topics, this.now(), id, feed.name ?? null, feed.language ?? null, topics);
        if (changed.changes > 0) updated += 1;
      }
      return { added, updated };
    })();
  }

  /** Adds a feed, due for polling at once. */
  add(feed: FeedDeclaration): Feed {
    return this.get(this.insert(feed))!;
  }

  private insert(feed: FeedDeclaration): number {
    const now = this.now();
    const result = this.sql
      .get(`INSERT INTO feeds (url, name, language, topics, next_poll_at, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)`)
      .run(feed.url, feed.name ?? null, feed.language ?? null, JSON.stringify(feed.topics), now, now);
    return Number(result.lastInsertRowid);
  }

  /** Removes a feed and its articles (the foreign keys take the articles; the index has no keys, so it is cleaned here). */
  remove(id: number): boolean {
    return this.db.transaction(() => {
      this.sql.get('DELETE FROM articles_fts WHERE rowid IN (SELECT id FROM articles WHERE feed_id = ?)').run(id);
      // SQLite may give a deleted article's id to the next new one: its "already sent" rows must go
      // with it, or the new article would count as sent to those readers and never reach them.
      this.sql.get('DELETE FROM sent_articles WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)').run(id);
      // And the alerts' records: a newcomer with a reused id would count as alerted already.
      this.sql.get('DELETE FROM alerted_articles WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)').run(id);
      // And their links across languages: a newcomer would show another article's coverage.
      this.sql.get('DELETE FROM article_features WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)').run(id);
      this.sql.get('DELETE FROM link_queue WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)').run(id);
      this.sql
        .get(
          'DELETE FROM article_links WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?) OR linked_id IN (SELECT id FROM articles WHERE feed_id = ?)',
        )
        .run(id, id);
      // For the same reason, queued briefings forget them: recorded as sent later, they would mark a newcomer.
      this.sql
        .get(
          `UPDATE outbox SET article_ids = (SELECT json_group_array(j.value) FROM json_each(outbox.article_ids) j
             WHERE j.value NOT IN (SELECT id FROM articles WHERE feed_id = ?))
           WHERE status IN ('pending', 'sending') AND article_ids <> '[]'`,
        )
        .run(id);
      return this.sql.get('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
    })();
  }

  get(id: number): Feed | undefined {
    const row = this.sql.get('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
    return row && toFeed(row);
  }

  byUrl(url: string): Feed | undefined {
    const row = this.sql.get('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return row && toFeed(row);
  }

  list(): Feed[] {
    return (this.sql.get('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed);
  }

  enabled(): Feed[] {
    return (this.sql.get('SELECT * FROM feeds WHERE enabled = 1 ORDER BY id').all() as FeedRow[]).map(toFeed);
  }

  /** Enabled feeds whose next poll time has come, those waiting longest first. */
  due(at: number): Feed[] {
    return (this.sql.get('SELECT * FROM feeds WHERE enabled = 1 AND next_poll_at <= ? ORDER BY next_poll_at, id').all(at) as FeedRow[]).map(
      toFeed,
    );
  }

  recordSuccess(id: number, success: FetchSuccess): void {
    this.sql
      .get(
        `UPDATE feeds SET last_fetch_at = @at, last_success_at = @at, consecutive_errors = 0, last_error = NULL,
           next_poll_at = @nextPollAt,
           etag = CASE WHEN @hasValidators THEN @etag ELSE etag END,
           last_modified = CASE WHEN @hasValidators THEN @lastModified ELSE last_modified END,
           title = COALESCE(@title, title), site_link = COALESCE(@siteLink, site_link),
           feed_language = COALESCE(@feedLanguage, feed_language), updated_at = @at
         WHERE id = @id`,
      )
      .run({
        id,
        at: success.at,
        nextPollAt: success.nextPollAt,
        hasValidators: success.etag !== undefined || success.lastModified !== undefined ? 1 : 0,
        etag: success.etag ?? null,
        lastModified: success.lastModified ?? null,
        title: success.title ?? null,
        siteLink: success.siteLink ?? null,
        feedLanguage: success.feedLanguage ?? null,
      });
  }

  recordFailure(id: number, failure: { at: number; error: string; nextPollAt: number }): void {
    this.sql
      .get(
        `UPDATE feeds SET last_fetch_at = @at, consecutive_errors = consecutive_errors + 1, last_error = @error,
           next_poll_at = @nextPollAt, updated_at = @at WHERE id = @id`,
      )
      .run({ id, ...failure });
  }

  count(): number {
    return (this.sql.get('SELECT COUNT(*) AS n FROM feeds').get() as { n: number }).n;
  }
}

function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    language: row.language,
    topics: JSON.parse(row.topics) as string[],
    enabled: row.enabled === 1,
    title: row.title,
    siteLink: row.site_link,
    feedLanguage: row.feed_language,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchAt: row.last_fetch_at,
    lastSuccessAt: row.last_success_at,
    consecutiveErrors: row.consecutive_errors,
    lastError: row.last_error,
    nextPollAt: row.next_poll_at,
  };
}
