import type { Language } from '../config.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** How long a search's "more" button keeps working. */
export const SEARCH_RETENTION_MS = 30 * 24 * 3600_000;

export interface SavedSearch {
  id: number;
  chatId: number;
  language: Language;
  query: string;
  createdAt: number;
}

/** Searches readers ran, by id, for their paging buttons. */
export class SearchStore {
  private readonly sql: StatementCache;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /** Saves a search as of `at` (its results are ranked as of then on every page). */
  save(chatId: number, language: Language, query: string, at: number = this.now()): number {
    const now = at;
    this.sql.get('DELETE FROM searches WHERE created_at < ?').run(now - SEARCH_RETENTION_MS);
    return Number(this.sql.get('INSERT INTO searches (chat_id, language, query, created_at) VALUES (?, ?, ?, ?)').run(chatId, language, query, now).lastInsertRowid);
  }

  get(id: number): SavedSearch | undefined {
    const row = this.sql.get('SELECT id, chat_id AS chatId, language, query, created_at AS createdAt FROM searches WHERE id = ?').get(id) as SavedSearch | undefined;
    return row;
  }
}
