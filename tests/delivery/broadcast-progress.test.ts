import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BroadcastService, type BroadcastProgress } from '../../src/delivery/broadcast.ts';
import { BroadcastProgressReporter } from '../../src/delivery/broadcast-progress.ts';
import { BroadcastStore } from '../../src/store/broadcasts.ts';
import { openDatabase } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { waitUntil } from '../support/wait-until.ts';

function setUp() {
  const db = openDatabase(':memory:');
  new SubscriberStore(db).register({ chatId: 1, userId: 1, chatType: 'private', firstName: null, username: null }, 'en');
  const outbox = new OutboxStore(db);
  const broadcasts = new BroadcastService({ db, broadcasts: new BroadcastStore(db), outbox });
  const preview = broadcasts.preview({ adminId: 9, adminChatId: 9, html: 'hello', filter: {} });
  broadcasts.send(preview.id, 9);
  // The one message went out.
  const [message] = outbox.due(1, new Set());
  outbox.record([{ type: 'sent', id: message!.id, messageId: 1 }]);
  return { db, broadcasts, id: preview.id };
}

describe('BroadcastProgressReporter', () => {
  it('keeps a broadcast open until its final report is shown: a failed final edit is tried again', async () => {
    const { broadcasts, id } = setUp();
    const shown: BroadcastProgress[] = [];
    let failures = 1;
    const reporter = new BroadcastProgressReporter({
      broadcasts,
      intervalMs: 20,
      logger: pino({ level: 'silent' }),
      render: (progress) => JSON.stringify(progress.counts),
      show: async (progress) => {
        if (failures-- > 0) throw new Error('Network request for editMessageText failed!');
        shown.push(progress);
      },
    });
    reporter.start();
    await waitUntil(() => broadcasts.get(id)!.finishedAt !== null, 'the broadcast closed');
    await reporter.stop();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.finished).toBe(true);
    expect(broadcasts.get(id)).toMatchObject({ status: 'done', sent: 1 });
  });

  it('closes it anyway when the status message is gone for good', async () => {
    const { broadcasts, id } = setUp();
    const reporter = new BroadcastProgressReporter({
      broadcasts,
      intervalMs: 20,
      logger: pino({ level: 'silent' }),
      render: () => 'x',
      show: async () => {
        throw new Error("Call to 'editMessageText' failed! (400: Bad Request: message to edit not found)");
      },
    });
    reporter.start();
    await waitUntil(() => broadcasts.get(id)!.finishedAt !== null, 'the broadcast closed');
    await reporter.stop();
    expect(broadcasts.get(id)).toMatchObject({ status: 'done', sent: 1 });
  });
});
