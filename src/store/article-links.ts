import type { Language } from '../model/language.ts';
import type { Coverage } from '../model/story.ts';
import type { EventFeatures } from '../entities/event-features.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** An article waiting in the link queue: what its features are made of. */
export interface UnlinkedArticle {
  id: number;
  language: Language;
  publishedAt: number;
  title: string;
  /** The stored summary's JSON, when there is one. */
  summary: string | null;
}

/** An article's features with its date. */
export interface LinkCandidate {
  articleId: number;
  publishedAt: number;
  features: EventFeatures;
}

/**
 * The language links: each recent article's EventFeatures (what the linker's index is rebuilt from
 * after a restart, and what alerts read), and the links found. Features are kept for the linking
 * window only; links as long as the articles.
 */
export class ArticleLinkStore {
  private readonly sql: StatementCache;

  constructor(private readonly db: Db) {
    this.sql = new StatementCache(db);
  }

  /** Articles waiting in the link queue, oldest first (a feed removed takes its articles' rows along). */
  queued(limit: number): UnlinkedArticle[] {
    return this.sql
      .get(
        `SELECT a.id, a.language, a.published_at AS publishedAt, a.title, a.summary FROM link_queue q JOIN articles a ON a.id = q.article_id
         ORDER BY q.article_id LIMIT ?`,
      )
      .all(limit) as UnlinkedArticle[];
  }

  /** Takes articles off the link queue. */
  dequeue(articleIds: readonly number[]): void {
    if (articleIds.length === 0) return;
    this.sql.get('DELETE FROM link_queue WHERE article_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(articleIds));
  }

  /** Records an article's features (what linking it found in it). */
  saveFeatures(article: { id: number; publishedAt: number }, features: EventFeatures): void {
    this.sql
      .get('INSERT OR REPLACE INTO article_features (article_id, language, published_at, features) VALUES (?, ?, ?, ?)')
      .run(article.id, features.language, article.publishedAt, JSON.stringify(features));
  }

  /** Features of articles stored after `afterId` and published since a time, with their dates, in id order. */
  featuresAfter(afterId: number, since: number): LinkCandidate[] {
    const rows = this.sql
      .get(
        `SELECT article_id AS articleId, published_at AS publishedAt, features FROM article_features
         WHERE article_id > ? AND published_at >= ? ORDER BY article_id`,
      )
      .all(afterId, since) as { articleId: number; publishedAt: number; features: string }[];
    return rows.map((row) => ({
      articleId: row.articleId,
      publishedAt: row.publishedAt,
      features: JSON.parse(row.features) as EventFeatures,
    }));
  }

  /** The features of these articles (those still within the linking window), by article id. */
  featuresOf(articleIds: readonly number[]): Map<number, EventFeatures> {
    if (articleIds.length === 0) return new Map();
    const rows = this.sql
      .get('SELECT article_id AS id, features FROM article_features WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(articleIds)) as { id: number; features: string }[];
    return new Map(rows.map((row) => [row.id, JSON.parse(row.features) as EventFeatures]));
  }

  /** Links two reports of one event, both ways. */
  link(a: number, b: number, score: number): void {
    const insert = this.sql.get('INSERT OR REPLACE INTO article_links (article_id, linked_id, score) VALUES (?, ?, ?)');
    insert.run(a, b, score);
    insert.run(b, a, score);
  }

  /** Runs `work` in one transaction (a batch of articles linked together or not at all). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The linked reports of each of these articles (still in a content language), by article id. */
  coverageOf(articleIds: readonly number[]): Map<number, Coverage[]> {
    const coverage = new Map<number, Coverage[]>();
    if (articleIds.length === 0) return coverage;
    const rows = this.sql
      .get(
        `SELECT l.article_id AS of, b.id AS articleId, b.language, COALESCE(f.name, f.title, f.url) AS feedName, b.link
         FROM article_links l JOIN articles b ON b.id = l.linked_id JOIN feeds f ON f.id = b.feed_id
         WHERE l.article_id IN (SELECT value FROM json_each(?)) AND b.language IN ('ar', 'ru', 'en')
         ORDER BY l.score DESC, b.published_at, b.id`,
      )
      .all(JSON.stringify(articleIds)) as (Coverage & { of: number })[];
    for (const { of, ...report } of rows) {
      const list = coverage.get(of);
      if (list) list.push(report);
      else coverage.set(of, [report]);
    }
    return coverage;
  }

  /** Drops the features of articles published before `before`: out of every window now. */
  pruneFeatures(before: number): number {
    return this.sql.get('DELETE FROM article_features WHERE published_at < ?').run(before).changes;
  }
}
