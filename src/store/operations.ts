import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

export interface FeedHealthCounts {
  enabled: number;
  /** Enabled feeds whose last fetch failed (they are in back-off). */
  failing: number;
}

/** The few questions /healthz and /metrics ask the database; each is an index lookup or a small count. */
export class OperationsStore {
  private readonly sql: StatementCache;

  constructor(private readonly db: Db) {
    this.sql = new StatementCache(db);
  }

  /** Throws when the database cannot answer (closed, file gone, disk error). */
  ping(): void {
    this.db.prepare('SELECT 1').get();
  }

  /** When any enabled feed last answered (a 200 or a 304), or undefined if none ever has. */
  lastFeedSuccessAt(): number | undefined {
    const at = this.sql.get('SELECT MAX(last_success_at) FROM feeds WHERE enabled = 1').pluck().get() as number | null;
    return at ?? undefined;
  }

  feedHealth(): FeedHealthCounts {
    return this.sql
      .get('SELECT COUNT(*) AS enabled, COALESCE(SUM(consecutive_errors > 0), 0) AS failing FROM feeds WHERE enabled = 1')
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
