import type { Language } from '../model/language.ts';
import type { Topic } from '../model/topics.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import { chatTypesOf, type AudienceKind } from '../model/chat.ts';
import type { AudienceFilter } from '../model/audience.ts';

export type BroadcastStatus = 'preview' | 'queued' | 'sending' | 'done' | 'cancelled' | 'stopped';

export interface Broadcast {
  id: number;
  adminId: number;
  adminChatId: number;
  /** Telegram HTML, as subscribers see it. */
  html: string;
  filter: AudienceFilter;
  status: BroadcastStatus;
  audience: number;
  statusMessageId: number | null;
  previewMessageId: number | null;
  sent: number;
  failed: number;
  blocked: number;
  notSent: number;
  createdAt: number;
  queuedAt: number | null;
  finishedAt: number | null;
}

interface Row {
  id: number;
  admin_id: number;
  admin_chat_id: number;
  text: string;
  filter_language: Language | null;
  filter_topic: Topic | null;
  filter_kind: AudienceKind | null;
  status: BroadcastStatus;
  audience: number;
  status_message_id: number | null;
  preview_message_id: number | null;
  sent: number;
  failed: number;
  blocked: number;
  not_sent: number;
  created_at: number;
  queued_at: number | null;
  finished_at: number | null;
}

/** The chats a broadcast goes to: subscribed and active, in the filter's language, following its topic. */
const AUDIENCE_WHERE = `s.subscribed = 1 AND s.active = 1 AND (? IS NULL OR s.language = ?)
  AND (? IS NULL OR EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.chat_id = s.chat_id AND t.topic = ?))
  AND (? IS NULL OR s.chat_type IN (SELECT value FROM json_each(?)))`;

/** Every broadcast an admin made (previews included), with its audience and final counts. */
export class BroadcastStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  audienceSize(filter: AudienceFilter): number {
    const row = this.sql.get(`SELECT COUNT(*) AS n FROM subscribers s WHERE ${AUDIENCE_WHERE}`).get(...filterParams(filter)) as {
      n: number;
    };
    return row.n;
  }

  audience(filter: AudienceFilter): number[] {
    const rows = this.sql
      .get(`SELECT s.chat_id FROM subscribers s WHERE ${AUDIENCE_WHERE} ORDER BY s.chat_id`)
      .all(...filterParams(filter)) as { chat_id: number }[];
    return rows.map((row) => row.chat_id);
  }

  create(input: { adminId: number; adminChatId: number; html: string; filter: AudienceFilter; audience: number }): Broadcast {
    const now = this.now();
    const result = this.sql
      .get(
        `INSERT INTO broadcasts (admin_id, admin_chat_id, text, filter_language, filter_topic, filter_kind, audience, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.adminId,
        input.adminChatId,
        input.html,
        input.filter.language ?? null,
        input.filter.topic ?? null,
        input.filter.kind ?? null,
        input.audience,
        now,
        now,
      );
    return this.get(Number(result.lastInsertRowid))!;
  }

  get(id: number): Broadcast | undefined {
    const row = this.sql.get('SELECT * FROM broadcasts WHERE id = ?').get(id) as Row | undefined;
    return row && toBroadcast(row);
  }

  setMessages(id: number, messages: { previewMessageId?: number; statusMessageId?: number }): void {
    this.sql
      .get(
        'UPDATE broadcasts SET preview_message_id = COALESCE(?, preview_message_id), status_message_id = COALESCE(?, status_message_id), updated_at = ? WHERE id = ?',
      )
      .run(messages.previewMessageId ?? null, messages.statusMessageId ?? null, this.now(), id);
  }

  /**
   * Moves a broadcast from one status to another only if it is still in `from`: two presses of a
   * button race here, and only one wins. Returns whether this call made the move.
   */
  transition(id: number, from: BroadcastStatus, to: BroadcastStatus, extra: { audience?: number } = {}): boolean {
    const now = this.now();
    const result = this.sql
      .get(
        `UPDATE broadcasts SET status = ?, audience = COALESCE(?, audience), updated_at = ?,
           queued_at = CASE WHEN ? = 'sending' THEN ? ELSE queued_at END,
           finished_at = CASE WHEN ? IN ('done', 'cancelled') THEN ? ELSE finished_at END
         WHERE id = ? AND status = ?`,
      )
      .run(to, extra.audience ?? null, now, to, now, to, now, id, from);
    return result.changes === 1;
  }

  /** Records the counts; `final` also closes the broadcast (a stopped one keeps its status). */
  saveCounts(id: number, counts: { sent: number; failed: number; blocked: number; notSent: number }, final: boolean): void {
    this.sql
      .get(
        `UPDATE broadcasts SET sent = ?, failed = ?, blocked = ?, not_sent = ?, updated_at = ?,
           status = CASE WHEN ? AND status = 'sending' THEN 'done' ELSE status END,
           finished_at = CASE WHEN ? THEN ? ELSE finished_at END
         WHERE id = ?`,
      )
      .run(counts.sent, counts.failed, counts.blocked, counts.notSent, this.now(), final ? 1 : 0, final ? 1 : 0, this.now(), id);
  }

  /** Broadcasts going out (or stopped with sends still in flight): the progress reporter follows these. */
  inProgress(): Broadcast[] {
    const rows = this.sql
      .get(`SELECT * FROM broadcasts WHERE status IN ('sending', 'stopped') AND finished_at IS NULL ORDER BY id`)
      .all() as Row[];
    return rows.map(toBroadcast);
  }

  /** The newest broadcasts that were sent or stopped (not previews nobody sent). */
  recent(limit: number): Broadcast[] {
    const rows = this.sql
      .get(`SELECT * FROM broadcasts WHERE status NOT IN ('preview', 'cancelled') ORDER BY id DESC LIMIT ?`)
      .all(limit) as Row[];
    return rows.map(toBroadcast);
  }
}

function filterParams(filter: AudienceFilter): (string | null)[] {
  const language = filter.language ?? null;
  const topic = filter.topic ?? null;
  const kinds = filter.kind ? JSON.stringify(chatTypesOf(filter.kind)) : null;
  return [language, language, topic, topic, kinds, kinds];
}

function toBroadcast(row: Row): Broadcast {
  return {
    id: row.id,
    adminId: row.admin_id,
    adminChatId: row.admin_chat_id,
    html: row.text,
    filter: {
      ...(row.filter_language ? { language: row.filter_language } : {}),
      ...(row.filter_topic ? { topic: row.filter_topic } : {}),
      ...(row.filter_kind ? { kind: row.filter_kind } : {}),
    },
    status: row.status,
    audience: row.audience,
    statusMessageId: row.status_message_id,
    previewMessageId: row.preview_message_id,
    sent: row.sent,
    failed: row.failed,
    blocked: row.blocked,
    notSent: row.not_sent,
    createdAt: row.created_at,
    queuedAt: row.queued_at,
    finishedAt: row.finished_at,
  };
}
