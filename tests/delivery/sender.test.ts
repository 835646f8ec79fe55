import { HttpError } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { OutboxSender, type SendRequest } from '../../src/delivery/sender.ts';
import { openDatabase } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { waitUntil } from '../support/wait-until.ts';

describe('OutboxSender', () => {
  it('an outage (every send failing for a while) pauses all sending and fails no message for good', async () => {
    const db = openDatabase(':memory:');
    const outbox = new OutboxStore(db);
    outbox.enqueue(
      Array.from({ length: 20 }, (_, i) => ({
        kind: 'broadcast' as const,
        runId: 'r',
        chatId: i + 1,
        part: 0,
        text: 'x',
        parseMode: null,
      })),
    );
    let down = true;
    let failures = 0;
    const sent: number[] = [];
    const send = async (request: SendRequest) => {
      if (down) {
        failures += 1;
        if (failures >= 30) down = false;
        throw new HttpError('Network request for sendMessage failed!', new Error('ECONNREFUSED'));
      }
      sent.push(request.chatId);
      return sent.length;
    };
    // Two attempts a message would fail them all during a 30-error outage if every attempt counted.
    const sender = new OutboxSender({
      outbox,
      send,
      onBlocked: () => undefined,
      onThreadGone: () => undefined,
      onMigrated: () => undefined,
      logger: pino({ level: 'silent' }),
      ratePerSecond: 1000,
      perChatIntervalMs: 1,
      maxAttempts: 2,
      retryBaseMs: 5,
      retryMaxMs: 20,
      idlePollMs: 20,
    });
    sender.start();
    await waitUntil(() => outbox.backlog() === 0, 'the queue emptied', 10_000);
    await sender.stop();
    expect(outbox.counts('r')).toMatchObject({ sent: 20, failed: 0 });
    expect(new Set(sent).size).toBe(20);
    db.close();
  });

  it('a failing database turn does not end the loop', async () => {
    const db = openDatabase(':memory:');
    const outbox = new OutboxStore(db);
    outbox.enqueue([{ kind: 'broadcast', runId: 'r', chatId: 1, part: 0, text: 'x', parseMode: null }]);
    const due = outbox.due.bind(outbox);
    let calls = 0;
    outbox.due = (limit, skip) => {
      calls += 1;
      if (calls === 1) throw new Error('SQLITE_BUSY: database is locked');
      return due(limit, skip);
    };
    const sender = new OutboxSender({
      outbox,
      send: async () => 1,
      onBlocked: () => undefined,
      onThreadGone: () => undefined,
      onMigrated: () => undefined,
      logger: pino({ level: 'silent' }),
      ratePerSecond: 100,
      idlePollMs: 20,
    });
    sender.start();
    await waitUntil(() => outbox.backlog() === 0, 'the message sent after the failing turn', 5_000);
    await sender.stop();
    db.close();
  });
});
