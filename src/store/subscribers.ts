import type { Language } from '../model/language.ts';
import { TOPICS, inTopicOrder, type Topic } from '../model/topics.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import { migrateChat } from './chat-migration.ts';
import type { ChatIdentity, ChatSchedule, Subscriber } from '../model/chat.ts';
import type { SourceChoice } from '../model/story.ts';

interface SubscriberRow {
  chat_id: number;
  user_id: number | null;
  chat_type: string;
  first_name: string | null;
  username: string | null;
  title: string | null;
  language: Language;
  subscribed: number;
  active: number;
  thread_id: number | null;
  schedule_times: string | null;
  schedule_zone: string | null;
  sources: SourceChoice;
  created_at: number;
}

/** A press on a /topics toggle: one topic switched on or off, or every topic, or none. */
export type TopicChoice = Topic | 'all' | 'none';

/** The followed topics after a choice, in the fixed order. */
export function applyTopicChoice(current: readonly Topic[], choice: TopicChoice): Topic[] {
  if (choice === 'all') return [...TOPICS];
  if (choice === 'none') return [];
  const followed = new Set(current);
  if (followed.has(choice)) followed.delete(choice);
  else followed.add(choice);
  return TOPICS.filter((topic) => followed.has(topic));
}

/** Who subscribed a group or connected a channel; a private chat is its own reader's. */
function addedBy(identity: ChatIdentity): number | null {
  return identity.chatType === 'private' ? null : identity.userId;
}

/** Subscribers (one per chat), their language, subscription state and followed topics. */
export class SubscriberStore {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = new StatementCache(db);
  }

  private sql(text: string) {
    return this.statements.get(text);
  }

  get(chatId: number): Subscriber | undefined {
    const row = this.sql('SELECT * FROM subscribers WHERE chat_id = ?').get(chatId) as SubscriberRow | undefined;
    return row && this.toSubscriber(row);
  }

  /**
   * Registers a chat (or brings back one that had left or blocked the bot) and subscribes it.
   * A new chat follows every topic; a known chat keeps its language and topics.
   * Returns whether the chat was new.
   */
  register(identity: ChatIdentity, language: Language): { subscriber: Subscriber; created: boolean } {
    return this.db.transaction(() => {
      const now = this.now();
      const existing = this.get(identity.chatId);
      if (existing) {
        this.sql(
          `UPDATE subscribers SET user_id = ?, added_by = ?, chat_type = ?, first_name = ?, username = ?, title = COALESCE(?, title),
               thread_id = CASE WHEN ? THEN ? ELSE thread_id END, subscribed = 1, active = 1,
               deactivated_at = NULL, deactivated_reason = NULL, updated_at = ? WHERE chat_id = ?`,
        ).run(
          identity.userId,
          addedBy(identity),
          identity.chatType,
          identity.firstName,
          identity.username,
          identity.title ?? null,
          identity.threadId !== undefined ? 1 : 0,
          identity.threadId ?? null,
          now,
          identity.chatId,
        );
        return { subscriber: this.get(identity.chatId)!, created: false };
      }
      this.insert(identity, language, true, now);
      this.replaceTopics(identity.chatId, TOPICS);
      return { subscriber: this.get(identity.chatId)!, created: true };
    })();
  }

  /** Makes sure the chat has a record (following every topic) without subscribing it; used by /language. */
  ensure(identity: ChatIdentity, language: Language): void {
    this.db.transaction(() => {
      const now = this.now();
      if (!this.get(identity.chatId)) this.insert(identity, language, false, now);
    })();
  }

  /** A reader's language choice: a chat without a record gets one (every topic) but no subscription. */
  chooseLanguage(identity: ChatIdentity, language: Language): void {
    this.db.transaction(() => {
      this.ensure(identity, language);
      this.setLanguage(identity.chatId, language);
    })();
  }

  /**
   * A reader's /topics press, saved at once; returns the topics now followed. Like a language
   * choice, a chat without a record gets one (every topic, then the choice) but no subscription.
   */
  chooseTopics(identity: ChatIdentity, language: Language, choice: TopicChoice): Topic[] {
    return this.db.transaction(() => {
      this.ensure(identity, language);
      return this.applyTopics(identity.chatId, choice);
    })();
  }

  /** A topic choice for a chat that has a record (a channel's panel); returns the topics now followed. */
  applyTopics(chatId: number, choice: TopicChoice): Topic[] {
    return this.db.transaction(() => {
      const topics = applyTopicChoice(this.topicsOf(chatId), choice);
      this.replaceTopics(chatId, topics);
      return topics;
    })();
  }

  /**
   * The bot may post in a channel (again): a new channel is registered and subscribed, following
   * every topic; one it knew comes back as it was (language, topics, paused or not), with its
   * current title and the administrator who brought the bot back. Returns whether it was new.
   */
  connect(identity: ChatIdentity, language: Language): { subscriber: Subscriber; created: boolean } {
    return this.db.transaction(() => {
      const known = this.sql(
        `UPDATE subscribers SET user_id = ?, added_by = ?, title = COALESCE(?, title), active = 1, deactivated_at = NULL,
           deactivated_reason = NULL, updated_at = ? WHERE chat_id = ?`,
      ).run(identity.userId, addedBy(identity), identity.title ?? null, this.now(), identity.chatId);
      if (known.changes > 0) return { subscriber: this.get(identity.chatId)!, created: false };
      return this.register(identity, language);
    })();
  }

  /**
   * A group became a supergroup (a new chat id): its record, settings, history and queue move to the
   * new id. Safe to call for both of Telegram's messages about it: the second finds nothing to move.
   */
  migrate(fromChatId: number, toChatId: number): boolean {
    return migrateChat(this.db, fromChatId, toChatId, this.now());
  }

  setLanguage(chatId: number, language: Language): void {
    this.sql('UPDATE subscribers SET language = ?, updated_at = ? WHERE chat_id = ?').run(language, this.now(), chatId);
  }

  /** The reader's own choice (/subscribe, /unsubscribe); registers nothing. Returns false when the chat is unknown. */
  setSubscribed(chatId: number, subscribed: boolean): boolean {
    const result = this.sql(
      'UPDATE subscribers SET subscribed = ?, active = CASE WHEN ? THEN 1 ELSE active END, updated_at = ? WHERE chat_id = ?',
    ).run(subscribed ? 1 : 0, subscribed ? 1 : 0, this.now(), chatId);
    return result.changes > 0;
  }

  /** Telegram refused delivery for good (blocked, deactivated, chat not found); a later /start brings the chat back. */
  deactivate(chatId: number, reason: string): void {
    this.sql('UPDATE subscribers SET active = 0, deactivated_at = ?, deactivated_reason = ?, updated_at = ? WHERE chat_id = ?').run(
      this.now(),
      reason,
      this.now(),
      chatId,
    );
  }

  /** Where a forum's briefings go: a topic's thread, or null for the General topic. */
  setThread(chatId: number, threadId: number | null): void {
    this.sql('UPDATE subscribers SET thread_id = ?, updated_at = ? WHERE chat_id = ?').run(threadId, this.now(), chatId);
  }

  /** A chat's own briefing hours (null: the default schedule) and when the next one is due. */
  setSchedule(chatId: number, schedule: ChatSchedule | null, nextBriefingAt: number | null): void {
    this.sql('UPDATE subscribers SET schedule_times = ?, schedule_zone = ?, next_briefing_at = ?, updated_at = ? WHERE chat_id = ?').run(
      schedule ? JSON.stringify(schedule.times) : null,
      schedule?.zone ?? null,
      nextBriefingAt,
      this.now(),
      chatId,
    );
  }

  /**
   * The languages the receiving chats read, each with 'all' when any of them reads every language
   * (what the language model writes briefs for); the default language when there is no chat yet.
   */
  audiences(defaultLanguage: Language): { language: Language; sources: SourceChoice }[] {
    const rows = this.sql(
      "SELECT language, MAX(sources = 'all') AS any_all FROM subscribers WHERE active = 1 AND subscribed = 1 GROUP BY language ORDER BY language",
    ).all() as { language: Language; any_all: number }[];
    if (rows.length === 0) return [{ language: defaultLanguage, sources: 'mine' }];
    return rows.map((row) => ({ language: row.language, sources: row.any_all ? 'all' : 'mine' }));
  }

  /** Whether the chat gets stories that exist only in the other languages too (/sources). */
  setSources(chatId: number, sources: SourceChoice): void {
    this.sql('UPDATE subscribers SET sources = ?, updated_at = ? WHERE chat_id = ?').run(sources, this.now(), chatId);
  }

  /** A chat that blocked the bot or removed it comes back (the bot was added again): its settings are as they were. */
  reactivate(chatId: number): boolean {
    const result = this.sql(
      'UPDATE subscribers SET active = 1, deactivated_at = NULL, deactivated_reason = NULL, updated_at = ? WHERE chat_id = ? AND active = 0',
    ).run(this.now(), chatId);
    return result.changes > 0;
  }

  /** The channels the bot knows, active or not, by title: /channels checks which of them a user administers. */
  channels(): Subscriber[] {
    const rows = this.sql("SELECT * FROM subscribers WHERE chat_type = 'channel' ORDER BY title, chat_id").all() as SubscriberRow[];
    return rows.map((row) => this.toSubscriber(row));
  }

  replaceTopics(chatId: number, topics: Iterable<Topic>): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM subscriber_topics WHERE chat_id = ?').run(chatId);
      const insert = this.sql('INSERT INTO subscriber_topics (chat_id, topic) VALUES (?, ?)');
      for (const topic of new Set(topics)) insert.run(chatId, topic);
    })();
  }

  topicsOf(chatId: number): Topic[] {
    const rows = this.sql('SELECT topic FROM subscriber_topics WHERE chat_id = ?').all(chatId) as { topic: string }[];
    return inTopicOrder(rows.map((row) => row.topic));
  }

  count(): { total: number; receiving: number } {
    return this.sql('SELECT COUNT(*) AS total, COALESCE(SUM(subscribed = 1 AND active = 1), 0) AS receiving FROM subscribers').get() as {
      total: number;
      receiving: number;
    };
  }

  private insert(identity: ChatIdentity, language: Language, subscribed: boolean, now: number): void {
    this.sql(
      `INSERT INTO subscribers (chat_id, user_id, added_by, chat_type, first_name, username, title, thread_id, language, subscribed,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      identity.chatId,
      identity.userId,
      addedBy(identity),
      identity.chatType,
      identity.firstName,
      identity.username,
      identity.title ?? null,
      identity.threadId ?? null,
      language,
      subscribed ? 1 : 0,
      now,
      now,
    );
    this.replaceTopics(identity.chatId, TOPICS);
  }

  private toSubscriber(row: SubscriberRow): Subscriber {
    return {
      chatId: row.chat_id,
      userId: row.user_id,
      chatType: row.chat_type,
      firstName: row.first_name,
      username: row.username,
      title: row.title,
      language: row.language,
      subscribed: row.subscribed === 1,
      active: row.active === 1,
      topics: this.topicsOf(row.chat_id),
      threadId: row.thread_id,
      schedule:
        row.schedule_times && row.schedule_zone ? { times: JSON.parse(row.schedule_times) as number[], zone: row.schedule_zone } : null,
      sources: row.sources,
      createdAt: row.created_at,
    };
  }
}
