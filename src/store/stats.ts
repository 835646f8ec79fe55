import type { AudienceKind } from '../model/chat.ts';
import { LANGUAGES, type Language } from '../model/language.ts';
import type { Topic } from '../model/topics.ts';
import type { Db } from './db.ts';
import type { OutboxStore } from './outbox.ts';
import { StatementCache } from './statements.ts';

export interface SubscriberCounts {
  /** Subscribed and reachable: they get scheduled briefings. */
  receiving: number;
  unsubscribed: number;
  /** Telegram refused delivery (blocked, deactivated, not found). */
  blocked: number;
}

export interface BotStats {
  subscribers: Map<Language, SubscriberCounts>;
  /** The same counts by kind of chat: private chats, groups (supergroups included), channels. */
  kinds: Map<AudienceKind, SubscriberCounts>;
  /** Subscribers following each topic: receiving, and those Telegram refused (blocked the bot). */
  followers: Map<Topic, { receiving: number; blocked: number }>;
  articles: Map<Language, { day: number; week: number }>;
  feeds: { total: number; healthy: number; failing: number; notPolled: number; disabled: number };
  /** Messages waiting to be sent (pending or in flight). */
  queue: number;
  lastPollAt: number | undefined;
  lastSuccessfulPollAt: number | undefined;
  lastRun: { scheduledFor: number; subscribers: number; briefings: number; messages: number; finished: boolean } | undefined;
  /** Watches in use (and in how many chats), and alert messages sent in the last 24 hours. */
  alerts: { watches: number; chats: number; sentToday: number };
}

const DAY = 24 * 3600_000;

/** The figures /stats shows, read in one go. */
export class StatsReader {
  private readonly sql: StatementCache;

  constructor(
    db: Db,
    private readonly outbox: OutboxStore,
  ) {
    this.sql = new StatementCache(db);
  }

  read(now: number): BotStats {
    const subscriberRows = this.sql
      .get(
        `SELECT language, SUM(active = 1 AND subscribed = 1) AS receiving, SUM(active = 1 AND subscribed = 0) AS unsubscribed, SUM(active = 0) AS blocked
         FROM subscribers GROUP BY language`,
      )
      .all() as { language: Language; receiving: number; unsubscribed: number; blocked: number }[];
    const kindRows = this.sql
      .get(
        `SELECT CASE chat_type WHEN 'supergroup' THEN 'group' ELSE chat_type END AS kind,
           SUM(active = 1 AND subscribed = 1) AS receiving, SUM(active = 1 AND subscribed = 0) AS unsubscribed, SUM(active = 0) AS blocked
         FROM subscribers GROUP BY kind`,
      )
      .all() as { kind: AudienceKind; receiving: number; unsubscribed: number; blocked: number }[];
    const followerRows = this.sql
      .get(
        `SELECT t.topic, SUM(s.active = 1 AND s.subscribed = 1) AS receiving, SUM(s.active = 0) AS blocked
         FROM subscriber_topics t JOIN subscribers s ON s.chat_id = t.chat_id GROUP BY t.topic`,
      )
      .all() as { topic: Topic; receiving: number; blocked: number }[];
    // One seek of the (language, date) index per language, not a walk of the whole index.
    const articleRows = LANGUAGES.map((language) => ({
      language,
      ...(this.sql
        .get(`SELECT COALESCE(SUM(published_at >= ?), 0) AS day, COUNT(*) AS week FROM articles WHERE language = ? AND published_at >= ?`)
        .get(now - DAY, language, now - 7 * DAY) as { day: number; week: number }),
    }));
    const feeds = this.sql
      .get(
        `SELECT COUNT(*) AS total,
           COALESCE(SUM(enabled = 1 AND consecutive_errors = 0 AND last_success_at IS NOT NULL), 0) AS healthy,
           COALESCE(SUM(enabled = 1 AND consecutive_errors > 0), 0) AS failing,
           COALESCE(SUM(enabled = 1 AND consecutive_errors = 0 AND last_success_at IS NULL), 0) AS notPolled,
           COALESCE(SUM(enabled = 0), 0) AS disabled,
           MAX(last_fetch_at) AS lastPollAt, MAX(last_success_at) AS lastSuccessAt
         FROM feeds`,
      )
      .get() as {
      total: number;
      healthy: number;
      failing: number;
      notPolled: number;
      disabled: number;
      lastPollAt: number | null;
      lastSuccessAt: number | null;
    };
    const run = this.sql
      .get(
        `SELECT scheduled_for, subscribers, briefings, messages, status FROM delivery_runs WHERE kind = 'briefing' ORDER BY scheduled_for DESC LIMIT 1`,
      )
      .get() as { scheduled_for: number; subscribers: number; briefings: number; messages: number; status: string } | undefined;
    const { lastPollAt, lastSuccessAt, ...feedCounts } = feeds;
    return {
      subscribers: new Map(
        subscriberRows.map((row) => [row.language, { receiving: row.receiving, unsubscribed: row.unsubscribed, blocked: row.blocked }]),
      ),
      kinds: new Map(kindRows.map((row) => [row.kind, { receiving: row.receiving, unsubscribed: row.unsubscribed, blocked: row.blocked }])),
      followers: new Map(followerRows.map((row) => [row.topic, { receiving: row.receiving, blocked: row.blocked }])),
      articles: new Map(articleRows.map((row) => [row.language, { day: row.day, week: row.week }])),
      feeds: feedCounts,
      queue: this.outbox.backlog(),
      alerts: {
        ...(this.sql.get('SELECT COUNT(*) AS watches, COUNT(DISTINCT chat_id) AS chats FROM watches').get() as {
          watches: number;
          chats: number;
        }),
        sentToday: (
          this.sql.get(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'alert' AND status = 'sent' AND updated_at >= ?`).get(now - DAY) as {
            n: number;
          }
        ).n,
      },
      lastPollAt: lastPollAt ?? undefined,
      lastSuccessfulPollAt: lastSuccessAt ?? undefined,
      lastRun: run && {
        scheduledFor: run.scheduled_for,
        subscribers: run.subscribers,
        briefings: run.briefings,
        messages: run.messages,
        finished: run.status === 'enqueued',
      },
    };
  }
}
