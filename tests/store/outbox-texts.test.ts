import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { QueuedTexts } from '../../src/store/outbox-enqueue.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { type OutgoingMessage } from '../../src/store/outbox-records.ts';
import { RetentionStore } from '../../src/store/retention.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { databaseAtVersion } from '../support/old-database.ts';

const DAY = 86_400_000;

let db: Db;
let outbox: OutboxStore;
let clock = 1_000;

function message(chatId: number, text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return { kind: 'briefing', runId: 'run-1', chatId, part: 0, text, parseMode: 'HTML', ...extra };
}

function storedTexts(): string[] {
  return db.prepare('SELECT text FROM outbox_texts ORDER BY id').pluck().all() as string[];
}

function sendAll(): void {
  for (;;) {
    const due = outbox.due(100, new Set());
    if (due.length === 0) return;
    outbox.markSending(due.map((m) => m.id));
    outbox.record(due.map((m) => ({ type: 'sent', id: m.id, messageId: m.id })));
  }
}

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = 1_000;
  outbox = new OutboxStore(db, () => clock);
  const subscribers = new SubscriberStore(db, () => clock);
  for (const chatId of [1, 2, 3, 4])
    subscribers.register({ chatId, userId: chatId, chatType: 'private', firstName: null, username: null }, 'en');
});

describe('the texts of queued messages', () => {
  it('stores a text that many chats get once, and gives each chat that text', () => {
    const briefing = '<b>Briefing</b> for everyone';
    outbox.enqueue([message(1, briefing), message(2, briefing), message(3, briefing), message(4, 'another')]);
    expect(storedTexts()).toEqual([briefing, 'another']);
    expect(outbox.due(10, new Set()).map((m) => [m.chatId, m.text])).toEqual([
      [1, briefing],
      [2, briefing],
      [3, briefing],
      [4, 'another'],
    ]);
  });

  it('keeps no text for messages that were queued already', () => {
    outbox.enqueue([message(1, 'first')]);
    expect(outbox.enqueue([message(1, 'first, again'), message(2, 'first, again')])).toBe(1);
    expect(outbox.enqueue([message(1, 'only again')])).toBe(0);
    expect(storedTexts()).toEqual(['first', 'first, again']);
  });

  it('a message rewritten as plain text gets its own text; the chats sharing the old one keep it', () => {
    outbox.enqueue([message(1, '<b>shared</b>'), message(2, '<b>shared</b>')]);
    const [toOne] = outbox.due(1, new Set());
    outbox.markSending([toOne!.id]);
    outbox.record([{ type: 'rewrite', id: toOne!.id, text: 'shared', note: 'sent as plain text' }]);
    expect(outbox.due(10, new Set()).map((m) => [m.chatId, m.text, m.parseMode])).toEqual([
      [1, 'shared', null],
      [2, '<b>shared</b>', 'HTML'],
    ]);
    expect(storedTexts()).toEqual(['<b>shared</b>', 'shared']);
  });

  it('a text rewritten away by its only message goes when the queue is next pruned', () => {
    outbox.enqueue([message(1, '<b>mine</b>')]);
    const [toOne] = outbox.due(1, new Set());
    outbox.record([{ type: 'rewrite', id: toOne!.id, text: 'mine', note: 'sent as plain text' }]);
    expect(new RetentionStore(db).pruneOutboxTexts()).toBe(1);
    expect(storedTexts()).toEqual(['mine']);
  });

  it('pruning the queue deletes a text with the last message that refers to it', () => {
    outbox.enqueue([message(1, 'old and shared'), message(2, 'old and shared'), message(3, 'old alone')]);
    sendAll();
    clock += 3 * DAY;
    outbox.enqueue([message(4, 'old and shared', { runId: 'run-2' })]);
    // The first three rows are old; the fourth, with a text of its own that reads the same, is not.
    db.prepare('UPDATE outbox SET created_at = 1, updated_at = 1 WHERE run_id = ?').run('run-1');
    const retention = new RetentionStore(db);
    expect(retention.pruneOutbox(2 * DAY, 0, 100)).toMatchObject({ deleted: 3, done: true });
    expect(retention.pruneOutboxTexts()).toBe(2);
    expect(storedTexts()).toEqual(['old and shared']);
    sendAll();
    clock += 3 * DAY;
    expect(retention.pruneOutbox(clock, 0, 100)).toMatchObject({ deleted: 1 });
    expect(retention.pruneOutboxTexts()).toBe(1);
    expect(storedTexts()).toEqual([]);
  });
});

describe('the texts of one pass, queued in many batches', () => {
  it('are stored once for the whole pass', () => {
    const texts = new QueuedTexts();
    outbox.enqueue([message(1, 'the briefing'), message(2, 'the briefing')], texts);
    outbox.enqueue([message(3, 'the briefing'), message(4, 'a shorter one')], texts);
    expect(storedTexts()).toEqual(['the briefing', 'a shorter one']);
    expect(outbox.due(10, new Set()).map((m) => m.text)).toEqual(['the briefing', 'the briefing', 'the briefing', 'a shorter one']);
  });

  it('a text of an earlier batch that is gone is stored again, even when another text took its id', () => {
    const texts = new QueuedTexts();
    outbox.enqueue([message(1, '<b>first</b>')], texts);
    const [first] = outbox.due(1, new Set());
    outbox.record([{ type: 'rewrite', id: first!.id, text: 'first', note: 'sent as plain text' }]);
    new RetentionStore(db).pruneOutboxTexts();
    // A batch rolled back: its text was remembered, but is not in the database.
    expect(() =>
      db.transaction(() => {
        outbox.enqueue([message(2, 'rolled back')], texts);
        throw new Error('the batch fails');
      })(),
    ).toThrow('the batch fails');
    outbox.enqueue([message(3, 'taker of a freed id')]);
    outbox.enqueue([message(4, '<b>first</b>'), message(2, 'rolled back', { runId: 'run-2' })], texts);
    expect(outbox.due(10, new Set()).map((m) => [m.chatId, m.text])).toEqual([
      [1, 'first'],
      [3, 'taker of a freed id'],
      [4, '<b>first</b>'],
      [2, 'rolled back'],
    ]);
  });
});

describe('a database from before texts were stored once', () => {
  it('sends what was queued in it, with its text', () => {
    const { db: old, path } = databaseAtVersion(6);
    old
      .prepare(
        "INSERT INTO subscribers (chat_id, user_id, chat_type, first_name, language, subscribed, active, created_at, updated_at) VALUES (11, 11, 'private', 'Lina', 'ar', 1, 1, 5, 5)",
      )
      .run();
    const insert = old.prepare(
      `INSERT INTO outbox (dedupe_key, kind, run_id, chat_id, part, text, parse_mode, article_ids, status, created_at, updated_at)
       VALUES (?, 'briefing', 'run-old', 11, ?, ?, 'HTML', '[]', ?, 5, 5)`,
    );
    insert.run('briefing:run-old:11:0', 0, '<b>موجز</b> الأول', 'sent');
    insert.run('briefing:run-old:11:1', 1, '<b>موجز</b> الثاني', 'pending');
    old.close();

    db = openDatabase(path);
    const queue = new OutboxStore(db, () => 10);
    expect(queue.due(10, new Set()).map((m) => [m.chatId, m.part, m.text])).toEqual([[11, 1, '<b>موجز</b> الثاني']]);
    expect(db.prepare('SELECT part, status, text FROM outbox_messages ORDER BY part').all()).toEqual([
      { part: 0, status: 'sent', text: '<b>موجز</b> الأول' },
      { part: 1, status: 'pending', text: '<b>موجز</b> الثاني' },
    ]);
    // The run's dedupe keys came along: queuing it again adds nothing.
    expect(queue.enqueue([{ kind: 'briefing', runId: 'run-old', chatId: 11, part: 1, text: 'again', parseMode: 'HTML' }])).toBe(0);
    db.close();
  });
});
