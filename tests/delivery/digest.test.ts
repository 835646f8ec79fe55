import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestRunner } from '../../src/delivery/digest.ts';
import { briefingRunId } from '../../src/delivery/digest.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { DeliveryRunStore } from '../../src/store/delivery-runs.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { seedArticles } from '../support/seed.ts';
import { DAY_ONE, DAY_TWO, digestRunner, HOUR } from './support.ts';

let path: string;
let db: Db;
let now: number;

function runner(): DigestRunner {
  return digestRunner(db, () => now);
}

function addReaders(count: number, language: 'ar' | 'ru' | 'en' = 'en'): void {
  const subscribers = new SubscriberStore(db, () => now);
  db.transaction(() => {
    for (let i = 1; i <= count; i++)
      subscribers.register({ chatId: i, userId: i, chatType: 'private', firstName: null, username: null }, language);
  })();
}

function queuedChats(): number[] {
  return (db.prepare('SELECT chat_id FROM outbox ORDER BY chat_id, part').all() as { chat_id: number }[]).map((row) => row.chat_id);
}

beforeEach(() => {
  path = join(mkdtempSync(join(tmpdir(), 'diplobrief-digest-')), 'bot.db');
  now = Date.now();
  seedArticles(path, [{ ...DAY_ONE.en, publishedAt: now - 2 * HOUR }]);
  db = openDatabase(path);
});
afterEach(() => db.close());

describe('DigestRunner', () => {
  it('queues one briefing per chat, in its language and topics, with the footer; a chat following no topic gets none', async () => {
    addReaders(3);
    new SubscriberStore(db).replaceTopics(2, []);
    new SubscriberStore(db).replaceTopics(3, ['energy']);
    const report = await runner().run(now);
    expect(report).toEqual({ runId: briefingRunId(now), subscribers: 3, briefings: 1, messages: 1, interrupted: false });
    const [row] = db.prepare('SELECT chat_id, text, article_ids FROM outbox_messages').all() as {
      chat_id: number;
      text: string;
      article_ids: string;
    }[];
    expect(row!.chat_id).toBe(1);
    expect(row!.text).toContain(DAY_ONE.en.title);
    expect(row!.text).toContain('/unsubscribe');
    expect(JSON.parse(row!.article_ids)).toHaveLength(1);
  });

  it('a tick is one run: running it again queues nothing more', async () => {
    addReaders(2);
    await runner().run(now);
    expect(await runner().run(now)).toMatchObject({ messages: 2, interrupted: false });
    expect(queuedChats()).toEqual([1, 2]);
  });

  it('stopped between batches, it resumes after the last chat queued and queues no chat twice', async () => {
    addReaders(250);
    const first = runner();
    const running = first.run(now);
    await first.stop();
    const stopped = await running;
    expect(stopped.interrupted).toBe(true);
    expect(stopped.messages).toBe(100);
    expect(new DeliveryRunStore(db).unfinished('briefing').map((run) => run.cursor)).toEqual([100]);

    const [resumed] = await runner().resumeUnfinished();
    expect(resumed).toMatchObject({ subscribers: 250, messages: 250, interrupted: false });
    expect(queuedChats()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(new DeliveryRunStore(db).unfinished('briefing')).toEqual([]);
  });

  it('leaves out stories the chat was sent or has queued, also when another agency has carried them since', async () => {
    addReaders(2);
    await runner().run(now);
    // Chat 1's briefing went out; chat 2's is still queued.
    db.prepare(`UPDATE outbox SET status = 'sent' WHERE chat_id = 1`).run();
    db.prepare(
      `INSERT INTO sent_articles (chat_id, article_id, sent_at) SELECT chat_id, j.value, 0 FROM outbox, json_each(article_ids) j WHERE chat_id = 1`,
    ).run();
    db.close();
    seedArticles(path, [
      { ...DAY_ONE.en, feed: 'Reuters', title: `${DAY_ONE.en.title} (Reuters)`, publishedAt: now - HOUR },
      { ...DAY_TWO.en, publishedAt: now - HOUR },
    ]);
    db = openDatabase(path);
    now += 60_000;
    const report = await runner().run(now);
    expect(report).toMatchObject({ briefings: 2 });
    const texts = db.prepare(`SELECT chat_id, text FROM outbox_messages WHERE run_id = ?`).all(briefingRunId(now)) as {
      chat_id: number;
      text: string;
    }[];
    for (const { text } of texts) {
      expect(text).toContain(DAY_TWO.en.title);
      expect(text).not.toContain('Security Council');
    }
  });

  it('a run resumed hours after its tick covers the day before the tick, not the day before now', async () => {
    addReaders(1);
    const tick = now;
    db.close();
    seedArticles(path, [{ ...DAY_TWO.en, publishedAt: tick - 20 * HOUR }]);
    db = openDatabase(path);
    // Resumed 12 hours after its tick: the article 20 hours before the tick is still its news.
    now = tick + 12 * HOUR;
    await runner().run(tick);
    const [row] = db.prepare('SELECT text FROM outbox_messages').all() as { text: string }[];
    expect(row!.text).toContain(DAY_TWO.en.title);
  });
});
