import type { Db } from './db.ts';
import { enqueueMessages, QueuedTexts } from './outbox-enqueue.ts';
import { StatementCache } from './statements.ts';
import {
  DROP_BLOCKED,
  DROP_STOPPED,
  DROP_UNSUBSCRIBED,
  type OutboxKind,
  type OutboxMessage,
  type OutboxStatus,
  type OutgoingMessage,
  type Outcome,
  type RunCounts,
} from './outbox-records.ts';

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  run_id: string;
  chat_id: number;
  part: number;
  text: string;
  parse_mode: 'HTML' | null;
  reply_markup: string | null;
  attempts: number;
}

/**
 * The persistent send queue: pending -> sending -> sent | failed | dropped. Every state change is one
 * committed transaction, so a crash leaves each message in a state that says what to do with it.
 */
export class OutboxStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /**
   * Queues messages (in one transaction when called inside one); returns how many were new. Each
   * distinct text is stored once: across calls too, when they share `texts` (see QueuedTexts).
   */
  enqueue(messages: readonly OutgoingMessage[], texts: QueuedTexts = new QueuedTexts()): number {
    return this.db.transaction(() => enqueueMessages(this.sql, messages, texts, this.now()))();
  }

  /**
   * Up to `limit` messages due now, each chat's earliest queued message only (a chat's parts go out
   * in order), skipping the chats in `skipChats` (in flight, or waiting for their per-chat slot).
   * Messages to chats that are no longer active are dropped as blocked, and those to chats that
   * unsubscribed meanwhile as cancelled, instead of being returned.
   */
  due(limit: number, skipChats: ReadonlySet<number>): OutboxMessage[] {
    // Dropping a chat's first message can make its next one (another kind) the first: look again.
    for (let round = 0; ; round++) {
      const { messages, dropped } = this.dueOnce(limit, skipChats);
      if (dropped === 0 || messages.length >= limit || round === 3) return messages;
    }
  }

  private dueOnce(limit: number, skipChats: ReadonlySet<number>): { messages: OutboxMessage[]; dropped: number } {
    const now = this.now();
    // Walks the due index (fresh messages have next_attempt_at 0, so they come in id order) and
    // stops at the limit: the cost does not grow with the size of the queue.
    type Row = OutboxRow & { active: number | null; subscribed: number | null; thread_id: number | null; stopped: number };
    // Read lazily and stop at `limit` usable rows: the chats to skip are many at a high rate (every
    // chat sent to in the last second), and most of them have nothing queued anyway.
    const rows: Row[] = [];
    let usable = 0;
    const iterator = this.sql
      .get(
        `SELECT o.id, o.kind, o.run_id, o.chat_id, o.part, t.text, o.parse_mode, o.reply_markup, o.attempts,
           s.active, s.subscribed, s.thread_id, COALESCE(b.status = 'stopped', 0) AS stopped
         FROM outbox o INDEXED BY outbox_due JOIN outbox_texts t ON t.id = o.text_id
           LEFT JOIN subscribers s ON s.chat_id = o.chat_id
           LEFT JOIN broadcasts b ON b.id = o.broadcast_id
         WHERE o.status = 'pending' AND o.next_attempt_at <= ?
           AND o.id = (SELECT MIN(p.id) FROM outbox p WHERE p.chat_id = o.chat_id AND p.status IN ('pending', 'sending'))
         ORDER BY o.next_attempt_at, o.id`,
      )
      .iterate(now) as IterableIterator<Row>;
    for (const row of iterator) {
      rows.push(row);
      if (!skipChats.has(row.chat_id)) usable += 1;
      if (usable >= limit) break;
    }
    // Chats that blocked the bot or unsubscribed meanwhile lose their queue; a stopped broadcast's
    // message that came back to it (a retry, or one handed back unsent) must not go out after Stop.
    const undeliverable = rows.filter((row) => row.stopped === 1 || row.active === 0 || row.subscribed === 0);
    if (undeliverable.length > 0) {
      this.db.transaction(() => {
        const stoppedRuns = new Set<string>();
        for (const row of undeliverable) {
          if (row.stopped !== 1) this.dropChat(row.chat_id, row.active === 0 ? DROP_BLOCKED : DROP_UNSUBSCRIBED, now);
          else if (!stoppedRuns.has(row.run_id)) {
            stoppedRuns.add(row.run_id);
            this.dropRun(row.run_id, DROP_STOPPED);
          }
        }
      })();
    }
    const dropped = new Set(undeliverable);
    const messages = rows
      .filter((row) => !dropped.has(row) && !skipChats.has(row.chat_id))
      .slice(0, limit)
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        runId: row.run_id,
        chatId: row.chat_id,
        part: row.part,
        text: row.text,
        parseMode: row.parse_mode,
        replyMarkup: row.reply_markup === null ? undefined : (JSON.parse(row.reply_markup) as unknown),
        attempts: row.attempts,
        threadId: row.thread_id,
      }));
    return { messages, dropped: undeliverable.length };
  }

  /** Marks messages as being sent, in one commit; a crash leaves them 'sending', which recoverInterrupted() puts back. */
  markSending(ids: readonly number[]): void {
    const update = this.sql.get(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'pending'`,
    );
    const now = this.now();
    this.db.transaction(() => {
      for (const id of ids) update.run(now, id);
    })();
  }

  /** Records outcomes in one commit: sends (with the articles they carried), retries, failures. */
  record(outcomes: readonly Outcome[]): void {
    const now = this.now();
    this.db.transaction(() => {
      for (const outcome of outcomes) this.recordOne(outcome, now);
    })();
  }

  private recordOne(outcome: Outcome, now: number): void {
    switch (outcome.type) {
      case 'sent': {
        // last_error stays: a note from an earlier turn (sent as plain text, the last error before success).
        this.sql
          .get(`UPDATE outbox SET status = 'sent', message_id = ?, updated_at = ? WHERE id = ?`)
          .run(outcome.messageId, now, outcome.id);
        this.sql
          .get(
            `INSERT INTO sent_articles (chat_id, article_id, sent_at)
             SELECT o.chat_id, j.value, ? FROM outbox o, json_each(o.article_ids) j
             WHERE o.id = ? AND EXISTS (SELECT 1 FROM subscribers s WHERE s.chat_id = o.chat_id)
             ON CONFLICT DO NOTHING`,
          )
          .run(now, outcome.id);
        return;
      }
      case 'retry': {
        // The chat's later parts wait too, so they never overtake this one. A refunded attempt (429,
        // an outage, a message handed back unsent) does not count towards the limit.
        this.sql
          .get(
            `UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?, updated_at = ?,
               attempts = CASE WHEN ? THEN MAX(0, attempts - 1) ELSE attempts END WHERE id = ?`,
          )
          .run(outcome.at, outcome.error, now, outcome.refund ? 1 : 0, outcome.id);
        return;
      }
      case 'rewrite': {
        // The plain text is this message's own: the text it had may be other chats' too (retention
        // deletes it when no message refers to it).
        const textId = this.sql.get('INSERT INTO outbox_texts (text) VALUES (?)').run(outcome.text).lastInsertRowid;
        this.sql
          .get(
            `UPDATE outbox SET status = 'pending', text_id = ?, parse_mode = NULL, last_error = ?, next_attempt_at = 0,
               attempts = MAX(0, attempts - 1), updated_at = ? WHERE id = ?`,
          )
          .run(textId, outcome.note, now, outcome.id);
        return;
      }
      case 'failed':
        this.sql
          .get(`UPDATE outbox SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?`)
          .run(outcome.error, now, outcome.id);
        return;
      case 'blocked':
        this.sql
          .get(`UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ? WHERE id = ?`)
          .run(DROP_BLOCKED, now, outcome.id);
        this.dropChat(outcome.chatId, DROP_BLOCKED, now);
        return;
    }
  }

  /** Drops a run's queued messages (an admin stopped the broadcast); those in flight still finish. */
  dropRun(runId: string, reason: string): number {
    return this.sql
      .get(`UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ? WHERE run_id = ? AND status = 'pending'`)
      .run(reason, this.now(), runId).changes;
  }

  /** Drops a chat's queued messages: it blocked the bot, was deactivated or unsubscribed. */
  dropChat(chatId: number, reason: string, now = this.now()): number {
    return this.sql
      .get(`UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ? WHERE chat_id = ? AND status = 'pending'`)
      .run(reason, now, chatId).changes;
  }

  /**
   * After a crash, messages left 'sending' may or may not have reached Telegram: they go back to
   * pending and are sent again (after a crash, only the sends that were in flight may repeat). Returns how many.
   */
  recoverInterrupted(): number {
    return this.sql.get(`UPDATE outbox SET status = 'pending', updated_at = ? WHERE status = 'sending'`).run(this.now()).changes;
  }

  /** When the next pending message falls due (for the sender's timer), or undefined when none is queued. */
  nextDueAt(): number | undefined {
    const row = this.sql.get(`SELECT MIN(next_attempt_at) AS at FROM outbox WHERE status = 'pending'`).get() as { at: number | null };
    return row.at ?? undefined;
  }

  /** Article ids in a chat's briefings still queued: a new run must not queue them again. */
  queuedArticleIds(chatId: number): Set<number> {
    const rows = this.sql
      .get(
        `SELECT j.value AS id FROM outbox o, json_each(o.article_ids) j
         WHERE o.chat_id = ? AND o.status IN ('pending', 'sending') AND o.kind = 'briefing'`,
      )
      .all(chatId) as { id: number }[];
    return new Set(rows.map((row) => row.id));
  }

  /** queuedArticleIds for a batch of chats in one statement: chat id → article ids; chats with none are left out. */
  queuedArticleIdsOf(chatIds: readonly number[]): Map<number, Set<number>> {
    const queued = new Map<number, Set<number>>();
    if (chatIds.length === 0) return queued;
    const rows = this.sql
      .get(
        `SELECT o.chat_id, j.value FROM outbox o, json_each(o.article_ids) j
         WHERE o.chat_id IN (SELECT value FROM json_each(?)) AND o.status IN ('pending', 'sending') AND o.kind = 'briefing'`,
      )
      .raw()
      .all(JSON.stringify(chatIds)) as [number, number][];
    for (const [chatId, id] of rows) {
      const ids = queued.get(chatId);
      if (ids) ids.add(id);
      else queued.set(chatId, new Set([id]));
    }
    return queued;
  }

  counts(runId: string): RunCounts {
    const rows = this.sql
      .get(
        `SELECT status, CASE WHEN status = 'dropped' THEN last_error END AS reason, COUNT(*) AS n FROM outbox WHERE run_id = ? GROUP BY 1, 2`,
      )
      .all(runId) as { status: OutboxStatus; reason: string | null; n: number }[];
    const counts: RunCounts = { pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0, cancelled: 0, stopped: 0 };
    for (const row of rows) {
      if (row.status !== 'dropped') counts[row.status] += row.n;
      else counts[row.reason === DROP_UNSUBSCRIBED ? 'cancelled' : row.reason === DROP_STOPPED ? 'stopped' : 'blocked'] += row.n;
    }
    return counts;
  }

  /** Messages not yet sent, in all runs: what the sender still has to do. */
  backlog(): number {
    return (this.sql.get(`SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending')`).get() as { n: number }).n;
  }
}
