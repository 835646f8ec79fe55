import type { Language } from '../model/language.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

export type AlertKind = 'watch' | 'breaking';

/** A newly stored article, with the text its watches are matched against. */
export interface ArrivedArticle {
  id: number;
  feedId: number;
  language: Language;
  title: string;
  text: string;
  publishedAt: number;
}

/** Alerts held in a chat's quiet hours, as they will be sent together. */
export interface HeldAlert {
  id: number;
  chatId: number;
  kind: AlertKind;
  html: string;
  articleIds: number[];
}

const CURSOR = 'alerts';

/** The alert job's records: how far it has read, what each chat was alerted to, what waits for quiet hours to end. */
export class AlertStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /**
   * The last article looked at (every article up to it was matched, its alerts queued or held). Never
   * past the newest article: when the newest were deleted (a feed removed), the next ids are reused.
   */
  cursor(): number {
    const row = this.sql.get('SELECT last_article_id FROM alert_cursor WHERE name = ?').get(CURSOR) as
      { last_article_id: number } | undefined;
    return Math.min(row?.last_article_id ?? 0, this.lastArticleId());
  }

  advance(lastArticleId: number): void {
    this.sql
      .get(
        `INSERT INTO alert_cursor (name, last_article_id) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET last_article_id = excluded.last_article_id`,
      )
      .run(CURSOR, lastArticleId);
  }

  /** Articles stored after `afterId`, oldest first, in the content languages (pruned ones are not news). */
  arrivedAfter(afterId: number, limit: number): ArrivedArticle[] {
    const rows = this.sql
      .get(
        `SELECT id, feed_id, language, title, text, published_at FROM articles
         WHERE id > ? AND language IN ('ar', 'ru', 'en') ORDER BY id LIMIT ?`,
      )
      .all(afterId, limit) as { id: number; feed_id: number; language: Language; title: string; text: string; published_at: number }[];
    return rows.map((row) => ({
      id: row.id,
      feedId: row.feed_id,
      language: row.language,
      title: row.title,
      text: row.text,
      publishedAt: row.published_at,
    }));
  }

  /** The highest article id stored: the cursor may move past articles of no alert language. */
  lastArticleId(): number {
    return (this.sql.get('SELECT COALESCE(MAX(id), 0) AS id FROM articles').get() as { id: number }).id;
  }

  /** Of these articles (one story), those the chat was alerted to, by a watch or as breaking: one alert a story. */
  alertedAmong(chatId: number, articleIds: readonly number[]): number[] {
    if (articleIds.length === 0) return [];
    return this.sql
      .get('SELECT DISTINCT article_id FROM alerted_articles WHERE chat_id = ? AND article_id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(chatId, JSON.stringify(articleIds)) as number[];
  }

  /** Of these articles, those the chat has been sent or has queued (a briefing, another alert). */
  sentOrQueuedAmong(chatId: number, articleIds: readonly number[]): number[] {
    if (articleIds.length === 0) return [];
    return this.sql
      .get(
        `SELECT article_id FROM sent_articles WHERE chat_id = @chat AND article_id IN (SELECT value FROM json_each(@ids))
         UNION SELECT j.value FROM outbox o, json_each(o.article_ids) j
         WHERE o.chat_id = @chat AND o.status IN ('pending', 'sending') AND j.value IN (SELECT value FROM json_each(@ids))`,
      )
      .pluck()
      .all({ chat: chatId, ids: JSON.stringify(articleIds) }) as number[];
  }

  recordAlerted(chatId: number, kind: AlertKind, articleIds: readonly number[]): void {
    const insert = this.sql.get('INSERT OR IGNORE INTO alerted_articles (chat_id, article_id, kind, alerted_at) VALUES (?, ?, ?, ?)');
    const at = this.now();
    for (const id of articleIds) insert.run(chatId, id, kind, at);
  }

  hold(alert: Omit<HeldAlert, 'id'>, releaseAt: number): void {
    this.sql
      .get('INSERT INTO held_alerts (chat_id, kind, html, article_ids, release_at, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(alert.chatId, alert.kind, alert.html, JSON.stringify(alert.articleIds), releaseAt, this.now());
  }

  /** Alerts whose quiet hours are over at `now`, by chat, each chat's in the order they came. */
  heldDue(now: number): Map<number, HeldAlert[]> {
    const rows = this.sql
      .get('SELECT id, chat_id, kind, html, article_ids FROM held_alerts WHERE release_at <= ? ORDER BY chat_id, id')
      .all(now) as { id: number; chat_id: number; kind: AlertKind; html: string; article_ids: string }[];
    const byChat = new Map<number, HeldAlert[]>();
    for (const row of rows) {
      const list = byChat.get(row.chat_id) ?? [];
      list.push({ id: row.id, chatId: row.chat_id, kind: row.kind, html: row.html, articleIds: JSON.parse(row.article_ids) as number[] });
      byChat.set(row.chat_id, list);
    }
    return byChat;
  }

  removeHeld(ids: readonly number[]): void {
    const remove = this.sql.get('DELETE FROM held_alerts WHERE id = ?');
    for (const id of ids) remove.run(id);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
