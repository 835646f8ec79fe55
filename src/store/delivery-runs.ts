import type { ChatSchedule } from '../model/chat.ts';
import type { SourceChoice } from '../model/story.ts';
import type { Language } from '../model/language.ts';
import type { Topic } from '../model/topics.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

export interface DeliveryRun {
  id: string;
  kind: 'briefing' | 'broadcast';
  status: 'enqueuing' | 'enqueued';
  scheduledFor: number;
  /** The last chat enqueued; the run goes on after it. */
  cursor: number | null;
  subscribers: number;
  briefings: number;
  messages: number;
  startedAt: number;
}

/** A chat a scheduled briefing goes to. */
export interface Recipient {
  chatId: number;
  chatType: string;
  language: Language;
  topics: Topic[];
  /** 'all': the other languages' stories that are not covered in the chat's own come too (default 'mine'). */
  sources?: SourceChoice;
}

/** A chat with its own briefing hours whose next time has come. */
export interface DueChat extends Recipient {
  schedule: ChatSchedule;
  dueAt: number;
  /** Only a subscribed, active chat is sent anything; the others' next time just moves on. */
  receiving: boolean;
}

interface RunRow {
  id: string;
  kind: 'briefing' | 'broadcast';
  status: 'enqueuing' | 'enqueued';
  scheduled_for: number;
  cursor: number | null;
  subscribers: number;
  briefings: number;
  messages: number;
  started_at: number;
}

/** Scheduled runs and their progress, so a restart resumes a run where it stopped. */
export class DeliveryRunStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /** Starts a run, or returns the one already recorded under that id (a tick seen twice is one run). */
  begin(id: string, kind: DeliveryRun['kind'], scheduledFor: number): DeliveryRun {
    this.sql
      .get(`INSERT INTO delivery_runs (id, kind, scheduled_for, started_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
      .run(id, kind, scheduledFor, this.now());
    return this.get(id)!;
  }

  get(id: string): DeliveryRun | undefined {
    const row = this.sql.get('SELECT * FROM delivery_runs WHERE id = ?').get(id) as RunRow | undefined;
    return row && toRun(row);
  }

  /** Runs a crash or a stop interrupted while they were enqueuing. */
  unfinished(kind: DeliveryRun['kind']): DeliveryRun[] {
    const rows = this.sql
      .get(`SELECT * FROM delivery_runs WHERE kind = ? AND status = 'enqueuing' ORDER BY scheduled_for`)
      .all(kind) as RunRow[];
    return rows.map(toRun);
  }

  /** Moves the cursor past a batch of chats; called in the transaction that enqueued their messages. */
  advance(id: string, progress: { cursor: number; subscribers: number; briefings: number; messages: number }): void {
    this.sql
      .get(
        `UPDATE delivery_runs SET cursor = ?, subscribers = subscribers + ?, briefings = briefings + ?, messages = messages + ? WHERE id = ?`,
      )
      .run(progress.cursor, progress.subscribers, progress.briefings, progress.messages, id);
  }

  finish(id: string): void {
    this.sql.get(`UPDATE delivery_runs SET status = 'enqueued', enqueued_at = ? WHERE id = ?`).run(this.now(), id);
  }

  /**
   * The next chats in chat_id order after `after` that receive the default schedule's briefings:
   * subscribed, active, and without hours of their own (a chat following no topic gets an empty
   * briefing, which is never sent).
   */
  recipientsAfter(after: number | null, limit: number): Recipient[] {
    const rows = this.sql
      .get(
        `SELECT s.chat_id, s.chat_type, s.language, s.sources, ${TOPICS_OF_CHAT} AS topics
         FROM subscribers s
         WHERE s.chat_id > ? AND s.subscribed = 1 AND s.active = 1 AND s.schedule_times IS NULL
         ORDER BY s.chat_id LIMIT ?`,
      )
      .all(after ?? Number.MIN_SAFE_INTEGER, limit) as RecipientRow[];
    return rows.map(toRecipient);
  }

  /** Chats with their own hours whose next briefing time is at or before `now`, the most overdue first. */
  dueChats(now: number, limit: number): DueChat[] {
    const rows = this.sql
      .get(
        `SELECT s.chat_id, s.chat_type, s.language, s.sources, ${TOPICS_OF_CHAT} AS topics, s.schedule_times, s.schedule_zone,
           s.next_briefing_at, s.subscribed = 1 AND s.active = 1 AS receiving
         FROM subscribers s INDEXED BY subscribers_due
         WHERE s.next_briefing_at <= ?
         ORDER BY s.next_briefing_at, s.chat_id LIMIT ?`,
      )
      .all(now, limit) as (RecipientRow & { schedule_times: string; schedule_zone: string; next_briefing_at: number; receiving: number })[];
    return rows.map((row) => ({
      ...toRecipient(row),
      schedule: { times: JSON.parse(row.schedule_times) as number[], zone: row.schedule_zone },
      dueAt: row.next_briefing_at,
      receiving: row.receiving === 1,
    }));
  }

  /** The earliest next briefing time of any chat with its own hours, or undefined when none has them. */
  nextDueAt(): number | undefined {
    const row = this.sql
      .get('SELECT MIN(next_briefing_at) AS at FROM subscribers INDEXED BY subscribers_due WHERE next_briefing_at IS NOT NULL')
      .get() as {
      at: number | null;
    };
    return row.at ?? undefined;
  }

  /** When the chat's next own briefing is due; set in the transaction that queues its briefing. */
  setNextBriefing(chatId: number, at: number): void {
    this.sql.get('UPDATE subscribers SET next_briefing_at = ? WHERE chat_id = ?').run(at, chatId);
  }

  /** When a schedule (by name) fires next, as recorded at its last tick. */
  scheduleNextAt(name: string): number | undefined {
    return (this.sql.get('SELECT next_at FROM schedule_state WHERE name = ?').get(name) as { next_at: number } | undefined)?.next_at;
  }

  recordScheduleNextAt(name: string, at: number): void {
    this.sql
      .get('INSERT INTO schedule_state (name, next_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET next_at = excluded.next_at')
      .run(name, at);
  }

  /** Which of these articles the chat has been sent already. */
  sentAmong(chatId: number, articles: ArticleIdSet): Set<number> {
    if (articles.ids.size === 0) return new Set();
    // A range of the primary key (chat, article) from the window's oldest id, filtered here: an IN
    // list of a day's 2,000 ids cost 0.7 ms a chat against millions of rows, this a few µs.
    const rows = this.sql
      .get('SELECT article_id FROM sent_articles WHERE chat_id = ? AND article_id >= ?')
      .all(chatId, articles.lowest) as { article_id: number }[];
    const seen = new Set<number>();
    for (const { article_id: id } of rows) if (articles.ids.has(id)) seen.add(id);
    return seen;
  }

  /**
   * sentAmong for a batch of chats in one statement (the same range of the primary key for each):
   * chat id → the articles it has been sent. Chats sent none of them are left out.
   */
  sentAmongChats(chatIds: readonly number[], articles: ArticleIdSet): Map<number, Set<number>> {
    const seen = new Map<number, Set<number>>();
    if (articles.ids.size === 0 || chatIds.length === 0) return seen;
    // One row a chat with its ids joined: a busy minute reads hundreds of thousands of pairs, and a
    // string a chat costs half the time of an array a pair.
    const rows = this.sql
      .get(
        `SELECT chat_id, group_concat(article_id) FROM sent_articles
         WHERE chat_id IN (SELECT value FROM json_each(?)) AND article_id >= ? GROUP BY chat_id`,
      )
      .raw()
      .all(JSON.stringify(chatIds), articles.lowest) as [number, string][];
    for (const [chatId, list] of rows) {
      const ids = new Set<number>();
      for (const text of list.split(',')) {
        const id = Number(text);
        if (articles.ids.has(id)) ids.add(id);
      }
      if (ids.size > 0) seen.set(chatId, ids);
    }
    return seen;
  }
}

/** A run's articles of one language, built once for all its chats (see articleIdSet). */
export interface ArticleIdSet {
  ids: ReadonlySet<number>;
  /** The smallest id, where the sent_articles range starts. */
  lowest: number;
}

export function articleIdSet(ids: readonly number[]): ArticleIdSet {
  let lowest = ids[0] ?? 0;
  for (const id of ids) if (id < lowest) lowest = id;
  return { ids: new Set(ids), lowest };
}

/** A chat's followed topics, as one comma-separated column. */
const TOPICS_OF_CHAT = '(SELECT GROUP_CONCAT(t.topic) FROM subscriber_topics t WHERE t.chat_id = s.chat_id)';

interface RecipientRow {
  chat_id: number;
  chat_type: string;
  language: Language;
  topics: string | null;
  sources: SourceChoice;
}

function toRecipient(row: RecipientRow): Recipient {
  return {
    chatId: row.chat_id,
    chatType: row.chat_type,
    language: row.language,
    topics: (row.topics ?? '').split(',').filter(Boolean) as Topic[],
    sources: row.sources,
  };
}

function toRun(row: RunRow): DeliveryRun {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    scheduledFor: row.scheduled_for,
    cursor: row.cursor,
    subscribers: row.subscribers,
    briefings: row.briefings,
    messages: row.messages,
    startedAt: row.started_at,
  };
}
