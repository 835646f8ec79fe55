import { describe, expect, it } from 'vitest';
import { migrateChat } from '../../src/store/chat-migration.ts';
import { openDatabase } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { databaseAtVersion } from '../support/old-database.ts';

const group = (chatId: number) => ({ chatId, userId: 7, chatType: 'group', firstName: 'Admin', username: null, title: 'Desk' });

describe('a database from before chats of every kind', () => {
  it('keeps its private subscribers exactly as they were', () => {
    // The database as the previous release left it: migrations 1 to 5, and a few readers.
    const { db: old, path } = databaseAtVersion(5);
    old
      .prepare(
        "INSERT INTO subscribers (chat_id, user_id, chat_type, first_name, language, subscribed, active, created_at, updated_at) VALUES (11, 11, 'private', 'Lina', 'ar', 1, 1, 5, 5)",
      )
      .run();
    old
      .prepare(
        "INSERT INTO subscribers (chat_id, user_id, chat_type, first_name, language, subscribed, active, created_at, updated_at) VALUES (12, 12, 'private', 'Ivan', 'ru', 0, 1, 6, 6)",
      )
      .run();
    old.prepare("INSERT INTO subscriber_topics (chat_id, topic) VALUES (11, 'gulf'), (11, 'iran'), (12, 'energy')").run();
    old.close();

    const db = openDatabase(path);
    const subscribers = new SubscriberStore(db);
    expect(subscribers.get(11)).toMatchObject({
      chatType: 'private',
      language: 'ar',
      subscribed: true,
      active: true,
      topics: ['gulf', 'iran'],
      threadId: null,
      schedule: null,
      title: null,
    });
    expect(subscribers.get(12)).toMatchObject({
      chatType: 'private',
      language: 'ru',
      subscribed: false,
      topics: ['energy'],
      schedule: null,
    });
  });
});

describe('migrateChat', () => {
  function setUp() {
    let clock = 1_000;
    const db = openDatabase(':memory:');
    const subscribers = new SubscriberStore(db, () => clock++);
    const outbox = new OutboxStore(db, () => clock++);
    return { db, subscribers, outbox };
  }

  it('moves the record, settings, topics, history and queued messages to the new id', () => {
    const { db, subscribers, outbox } = setUp();
    subscribers.register(group(-42), 'ru');
    subscribers.replaceTopics(-42, ['gulf', 'un']);
    subscribers.setSchedule(-42, { times: [450], zone: 'Asia/Riyadh' }, 123);
    db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (-42, 5, 1)').run();
    outbox.enqueue([{ kind: 'briefing', runId: 'r1', chatId: -42, part: 0, text: 'queued', parseMode: 'HTML' }]);

    expect(migrateChat(db, -42, -1001, 2_000)).toBe(true);

    expect(subscribers.get(-42)).toBeUndefined();
    expect(subscribers.get(-1001)).toMatchObject({
      chatType: 'supergroup',
      language: 'ru',
      title: 'Desk',
      topics: ['gulf', 'un'],
      schedule: { times: [450], zone: 'Asia/Riyadh' },
    });
    expect(db.prepare('SELECT chat_id FROM sent_articles').all()).toEqual([{ chat_id: -1001 }]);
    expect(db.prepare('SELECT chat_id, run_id, part, status FROM outbox').all()).toEqual([
      { chat_id: -1001, run_id: 'r1', part: 0, status: 'pending' },
    ]);
  });

  it('lets the old record’s settings win over a record the new id got first, keeping what both were sent', () => {
    const { db, subscribers } = setUp();
    subscribers.register(group(-42), 'ar');
    subscribers.replaceTopics(-42, ['yemen']);
    subscribers.register({ ...group(-1001), chatType: 'supergroup' }, 'en');
    db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (-42, 5, 1), (-1001, 6, 1)').run();

    migrateChat(db, -42, -1001, 2_000);

    expect(subscribers.get(-1001)).toMatchObject({ language: 'ar', topics: ['yemen'] });
    expect(db.prepare('SELECT article_id FROM sent_articles WHERE chat_id = -1001 ORDER BY article_id').all()).toEqual([
      { article_id: 5 },
      { article_id: 6 },
    ]);
  });

  it('does nothing for a chat it does not know, or twice', () => {
    const { db, subscribers } = setUp();
    expect(migrateChat(db, -42, -1001, 2_000)).toBe(false);
    subscribers.register(group(-42), 'ar');
    expect(migrateChat(db, -42, -1001, 2_000)).toBe(true);
    expect(migrateChat(db, -42, -1001, 2_000)).toBe(false);
    expect(subscribers.get(-1001)?.language).toBe('ar');
  });
});
