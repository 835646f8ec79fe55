import type { Language } from '../model/language.ts';
import type { SourceChoice } from '../model/story.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** SQLite's `synchronous = NORMAL`. */
const NORMAL = 1;

/** How long a search's "more" button keeps working. */
export const SEARCH_RETENTION_MS = 30 * 24 * 3600_000;

export interface SavedSearch {
  id: number;
  chatId: number;
  language: Language;
  query: string;
  createdAt: number;
  /** 'all': the search looks in every language (the chat's /sources when it ran). */
  sources: SourceChoice;
}

/** Searches readers ran, by id, for their paging buttons. */
export class SavedSearchStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /**
   * Saves a search as of `at` (its results are ranked as of then on every page).
   *
   * Written without waiting for the disk: the connection's `synchronous = FULL` (an fsync of the WAL
   * at every commit) is lowered to NORMAL for this one commit, which stays atomic and survives a crash
   * of the process, and reaches the disk with the next FULL commit or checkpoint. A power cut may lose
   * the last few saved searches, whose "more" buttons then say the search has expired; in exchange
   * /search does not wait for an fsync, which takes milliseconds, and tens of them on a busy disk.
   * Inside a caller's transaction the setting cannot change, and the commit is the caller's anyway.
   */
  save(chatId: number, language: Language, query: string, at: number = this.now(), sources: SourceChoice = 'mine'): number {
    const write = () => {
      this.sql.get('DELETE FROM searches WHERE created_at < ?').run(at - SEARCH_RETENTION_MS);
      return Number(
        this.sql
          .get('INSERT INTO searches (chat_id, language, query, created_at, sources) VALUES (?, ?, ?, ?, ?)')
          .run(chatId, language, query, at, sources).lastInsertRowid,
      );
    };
    if (this.db.inTransaction) return write();
    const synchronous = this.db.pragma('synchronous', { simple: true }) as number;
    if (synchronous <= NORMAL) return this.db.transaction(write)();
    this.db.pragma(`synchronous = ${NORMAL}`);
    try {
      return this.db.transaction(write)();
    } finally {
      this.db.pragma(`synchronous = ${synchronous}`);
    }
  }

  get(id: number): SavedSearch | undefined {
    const row = this.sql
      .get('SELECT id, chat_id AS chatId, language, query, created_at AS createdAt, sources FROM searches WHERE id = ?')
      .get(id) as SavedSearch | undefined;
    return row;
  }
}
