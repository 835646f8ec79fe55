import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

export interface FeedHealthCounts {
  enabled: number;
  /** Enabled feeds whose last fetch failed (they are in back-off). */
  failing: number;
  /** When any enabled feed last answered (a 200 or a 304), or null if none ever has. */
  lastSuccessAt: number | null;
}

/** The few questions /healthz and /metrics ask the database; each is an index lookup or a small count. */
export class OperationsStore {
  private readonly sql: StatementCache;

  constructor(db: Db) {
    this.sql = new StatementCache(db);
  }

  /** One read of the enabled feeds; it throws when the database cannot answer (closed, file gone, disk error). */
  feedHealth(): FeedHealthCounts {
    return this.sql
      .get(
        `SELECT COUNT(*) AS enabled, COALESCE(SUM(consecutive_errors > 0), 0) AS failing, MAX(last_success_at) AS lastSuccessAt
         FROM feeds WHERE enabled = 1`,
      )
      .get() as FeedHealthCounts;
  }

  /** How many of these articles are in each language (what a poll added, for the ingest counter). */
  languagesOf(articleIds: readonly number[]): Map<string, number> {
    if (articleIds.length === 0) return new Map();
    const rows = this.sql
      .get('SELECT language, COUNT(*) AS n FROM articles WHERE id IN (SELECT value FROM json_each(?)) GROUP BY language')
      .all(JSON.stringify(articleIds)) as { language: string; n: number }[];
    return new Map(rows.map((row) => [row.language, row.n]));
  }
}
