import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/**
 * The language a pruned article is filed under. Every reader query (/latest, /topic, /briefing,
 * the digest) asks for one of ar, ru, en, so a pruned row is out of all of them by this alone.
 */
export const PRUNED_LANGUAGE = 'pruned';

/** The content languages an article can have before it is pruned (see src/topics/language.ts). */
const LIVE_LANGUAGES = ['ar', 'ru', 'en', 'other'] as const;

/** Queue states that are over: nothing will ever read these rows again but a person debugging. */
const FINISHED_OUTBOX = new Set(['sent', 'failed', 'dropped']);

/**
 * What RETENTION_DAYS removes, in small batches (one transaction each, so the bot keeps working
 * between them). SQL only; the schedule and the pacing live in src/ops/retention.ts.
 *
 * An old article is not deleted but emptied: its row keeps the feed, stable id, title, content hash,
 * link and dates — exactly what `ArticleStore.saveFeedArticles` compares — so a feed that still lists
 * the item finds it "unchanged" and does not add it again, and its id is never handed to a new
 * article (SQLite reuses the highest rowid after a delete, and "already sent" is kept by id). Its
 * text, HTML, summary, search entry and topics go: they are nearly all of its size.
 */
export class RetentionStore {
  private readonly sql: StatementCache;

  constructor(private readonly db: Db) {
    this.sql = new StatementCache(db);
  }

  /** Empties up to `limit` articles published before `before`; returns how many (0: none left). */
  pruneArticles(before: number, limit: number, now: number): number {
    return this.db.transaction(() => {
      let pruned = 0;
      for (const language of LIVE_LANGUAGES) {
        if (pruned >= limit) break;
        // articles_by_language_date answers this without reading the articles that stay.
        const ids = this.sql
          .get('SELECT id FROM articles WHERE language = ? AND published_at < ? LIMIT ?')
          .pluck()
          .all(language, before, limit - pruned) as number[];
        for (const id of ids) this.emptyArticle(id, now);
        pruned += ids.length;
      }
      return pruned;
    })();
  }

  private emptyArticle(id: number, now: number): void {
    this.sql
      .get(`UPDATE articles SET language = ?, html = '', text = '', summary = NULL, author = NULL, updated_at = ? WHERE id = ?`)
      .run(PRUNED_LANGUAGE, now, id);
    // The full-text index has no foreign key: it is cleaned by hand, as FeedStore.remove does.
    this.sql.get('DELETE FROM articles_fts WHERE rowid = ?').run(id);
    this.sql.get('DELETE FROM article_topics WHERE article_id = ?').run(id);
  }

  /**
   * Deletes up to `limit` finished queue rows (sent, failed, dropped) last changed before `before`,
   * walking the queue from its oldest row after `afterId`. A sent briefing's rows in sent_articles
   * go with it: they name articles published before it was sent, so older than `before` and
   * already emptied, which no briefing window reaches again. (sent_articles has no index by date
   * or article; the queue row says exactly which pairs it wrote.)
   * Returns the rows deleted and where to go on from; `done` once the walk reaches rows newer than `before`.
   */
  pruneOutbox(before: number, afterId: number, limit: number): { deleted: number; lastId: number; done: boolean } {
    return this.db.transaction(() => {
      const rows = this.sql
        .get('SELECT id, chat_id, status, article_ids, created_at, updated_at FROM outbox WHERE id > ? ORDER BY id LIMIT ?')
        .all(afterId, limit) as {
        id: number;
        chat_id: number;
        status: string;
        article_ids: string;
        created_at: number;
        updated_at: number;
      }[];
      let deleted = 0;
      let lastId = afterId;
      for (const row of rows) {
        // Ids grow with time: past the first row queued after `before`, every row is newer.
        if (row.created_at >= before) return { deleted, lastId, done: true };
        lastId = row.id;
        if (!FINISHED_OUTBOX.has(row.status) || row.updated_at >= before) continue;
        if (row.status === 'sent' && row.article_ids !== '[]') {
          this.sql
            .get('DELETE FROM sent_articles WHERE chat_id = ? AND article_id IN (SELECT value FROM json_each(?))')
            .run(row.chat_id, row.article_ids);
        }
        deleted += this.sql.get('DELETE FROM outbox WHERE id = ?').run(row.id).changes;
      }
      return { deleted, lastId, done: rows.length < limit };
    })();
  }

  /**
   * Message texts no queue row refers to any more (their rows pruned, or rewritten as plain text).
   * One statement after the queue is pruned: it reads the queue's text ids once.
   */
  pruneOutboxTexts(): number {
    return this.sql.get('DELETE FROM outbox_texts WHERE id NOT IN (SELECT text_id FROM outbox)').run().changes;
  }

  /**
   * What chats were alerted to before `before`: a story lasts two days at most, so a record that old
   * keeps nothing from being alerted twice.
   */
  pruneAlerted(before: number): number {
    return this.sql.get('DELETE FROM alerted_articles WHERE alerted_at < ?').run(before).changes;
  }

  /** The language model's briefs made before a time (a story that old is shown no more). */
  pruneBriefs(before: number): number {
    return this.sql.get('DELETE FROM llm_briefs WHERE created_at < ?').run(before).changes;
  }

  /** Scheduled briefing runs finished before `before`: a tick that old never comes again. */
  pruneBriefingRuns(before: number): number {
    return this.sql.get(`DELETE FROM delivery_runs WHERE kind = 'briefing' AND status = 'enqueued' AND enqueued_at < ?`).run(before)
      .changes;
  }

  /** Saved searches older than `before`: their "More" buttons say the search has expired. */
  pruneSearches(before: number): number {
    return this.sql.get('DELETE FROM searches WHERE created_at < ?').run(before).changes;
  }
}
