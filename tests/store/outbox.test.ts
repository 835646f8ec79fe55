import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { type OutgoingMessage } from '../../src/store/outbox-records.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';

let db: Db;
let outbox: OutboxStore;
let subscribers: SubscriberStore;
let clock = 1_000;

function message(chatId: number, part = 0, extra: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return { kind: 'briefing', runId: 'run-1', chatId, part, text: `to ${chatId} part ${part}`, parseMode: 'HTML', ...extra };
}

function status(): Record<number, string> {
  const rows = db.prepare('SELECT id, status FROM outbox ORDER BY id').all() as { id: number; status: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

beforeEach(() => {
  db = openDatabase(':memory:');
  outbox = new OutboxStore(db, () => clock);
  subscribers = new SubscriberStore(db, () => clock);
  for (const chatId of [1, 2, 3])
    subscribers.register({ chatId, userId: chatId, chatType: 'private', firstName: null, username: null }, 'en');
  db.prepare('INSERT INTO feeds (url, created_at, updated_at) VALUES (?, 0, 0)').run('https://a.example/rss');
  for (const id of [11, 12]) {
    db.prepare(
      `INSERT INTO articles (id, feed_id, stable_id, title, language, content_hash, published_at, fetched_at, updated_at) VALUES (?, 1, ?, 't', 'en', 'h', 0, 0, 0)`,
    ).run(id, `s${id}`);
  }
});

describe('OutboxStore', () => {
  it('enqueues a (kind, run, chat, part) once', () => {
    expect(outbox.enqueue([message(1), message(1, 1), message(2)])).toBe(3);
    expect(outbox.enqueue([message(1), message(2), message(3)])).toBe(1);
    expect(outbox.backlog()).toBe(4);
  });

  it('gives each chat’s parts in order: a later part waits while an earlier one is in flight or waits for a retry', () => {
    outbox.enqueue([message(1), message(1, 1), message(2)]);
    const first = outbox.due(10, new Set());
    expect(first.map((m) => [m.chatId, m.part])).toEqual([
      [1, 0],
      [2, 0],
    ]);
    outbox.markSending(first.map((m) => m.id));
    expect(outbox.due(10, new Set())).toEqual([]);
    outbox.record([
      { type: 'retry', id: first[0]!.id, at: clock + 5_000, error: '502' },
      { type: 'sent', id: first[1]!.id, messageId: 7 },
    ]);
    expect(outbox.due(10, new Set())).toEqual([]);
    clock += 5_000;
    expect(outbox.due(10, new Set()).map((m) => [m.chatId, m.part, m.attempts])).toEqual([[1, 0, 1]]);
    expect(outbox.due(10, new Set([1]))).toEqual([]);
  });

  it('records the articles a message carried when, and only when, it is sent', () => {
    outbox.enqueue([message(1, 0, { articleIds: [11, 12] }), message(2, 0, { articleIds: [11] })]);
    const [a, b] = outbox.due(10, new Set());
    outbox.markSending([a!.id, b!.id]);
    expect(outbox.queuedArticleIds(1)).toEqual(new Set([11, 12]));
    outbox.record([
      { type: 'sent', id: a!.id, messageId: 1 },
      { type: 'failed', id: b!.id, error: '400 Bad Request: x' },
    ]);
    expect(db.prepare('SELECT chat_id, article_id FROM sent_articles ORDER BY chat_id, article_id').all()).toEqual([
      { chat_id: 1, article_id: 11 },
      { chat_id: 1, article_id: 12 },
    ]);
    expect(outbox.queuedArticleIds(1)).toEqual(new Set());
    expect(outbox.counts('run-1')).toMatchObject({ sent: 1, failed: 1 });
  });

  it('a blocked chat’s queue is dropped; chats deactivated or unsubscribed meanwhile are dropped before sending', () => {
    outbox.enqueue([message(1), message(1, 1), message(2), message(3), message(3, 0, { kind: 'broadcast' })]);
    const [toOne] = outbox.due(1, new Set());
    outbox.markSending([toOne!.id]);
    outbox.record([{ type: 'blocked', id: toOne!.id, chatId: 1 }]);
    subscribers.deactivate(2, 'left the chat');
    subscribers.setSubscribed(3, false);
    const due = outbox.due(10, new Set());
    // Chat 3 unsubscribed: neither its briefing nor a broadcast reaches it.
    expect(due).toEqual([]);
    expect(outbox.counts('run-1')).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, blocked: 3, cancelled: 2, stopped: 0 });
  });

  it('after a crash, messages left "sending" go back to the queue', () => {
    outbox.enqueue([message(1), message(2)]);
    outbox.markSending(outbox.due(10, new Set()).map((m) => m.id));
    expect(Object.values(status())).toEqual(['sending', 'sending']);
    expect(outbox.recoverInterrupted()).toBe(2);
    expect(Object.values(status())).toEqual(['pending', 'pending']);
  });

  it('a 429 does not use up an attempt', () => {
    outbox.enqueue([message(1)]);
    const [m] = outbox.due(1, new Set());
    outbox.markSending([m!.id]);
    outbox.record([{ type: 'retry', id: m!.id, at: clock, error: '429', refund: true }]);
    expect(outbox.due(1, new Set())[0]!.attempts).toBe(0);
  });

  it('a stopped broadcast’s message that came back to the queue (a retry) is dropped, not sent', () => {
    db.prepare(
      `INSERT INTO broadcasts (id, admin_id, admin_chat_id, text, status, created_at, updated_at) VALUES (5, 1, 1, 'x', 'sending', 0, 0)`,
    ).run();
    outbox.enqueue([
      message(1, 0, { kind: 'broadcast', runId: 'broadcast:5', broadcastId: 5 }),
      message(2, 0, { kind: 'broadcast', runId: 'broadcast:5', broadcastId: 5 }),
    ]);
    const held = outbox.due(10, new Set());
    outbox.markSending(held.map((m) => m.id));
    db.prepare(`UPDATE broadcasts SET status = 'stopped' WHERE id = 5`).run();
    outbox.dropRun('broadcast:5', 'stopped');
    // A 502 and a 429 pause put both back to pending after Stop.
    outbox.record(held.map((m) => ({ type: 'retry' as const, id: m.id, at: clock, error: '502' })));
    expect(outbox.due(10, new Set())).toEqual([]);
    expect(outbox.counts('broadcast:5')).toMatchObject({ pending: 0, stopped: 2 });
  });
});
