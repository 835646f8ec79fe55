import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestRunner } from '../../src/delivery/digest.ts';
import { nextBriefingAt } from '../../src/schedule/chat-schedule.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import type { ChatSchedule } from '../../src/model/chat.ts';
import { seedArticles } from '../support/seed.ts';
import { DAY_ONE, digestRunner, HOUR } from './support.ts';

const MINUTE = 60_000;
/** 08:00 UTC on a day with news: the chats below want their briefing then. */
const EIGHT = Date.parse('2026-03-02T08:00:00Z');
const AT_EIGHT: ChatSchedule = { times: [480], zone: 'UTC' };

let db: Db;
let now: number;

function runner(): DigestRunner {
  return digestRunner(db, () => now);
}

function chat(chatId: number, chatType = 'private', schedule: ChatSchedule | null = AT_EIGHT, from = EIGHT - HOUR): void {
  const subscribers = new SubscriberStore(db, () => now);
  subscribers.register(
    { chatId, userId: 1, chatType, firstName: null, username: null, title: chatType === 'private' ? null : 'Desk' },
    'en',
  );
  if (schedule) subscribers.setSchedule(chatId, schedule, nextBriefingAt(schedule, from));
}

function queued(): { chat_id: number; run_id: string; text: string }[] {
  return db.prepare('SELECT chat_id, run_id, text FROM outbox_messages ORDER BY id').all() as {
    chat_id: number;
    run_id: string;
    text: string;
  }[];
}

const nextAt = (chatId: number) =>
  (db.prepare('SELECT next_briefing_at AS at FROM subscribers WHERE chat_id = ?').get(chatId) as { at: number }).at;

beforeEach(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-hours-')), 'bot.db');
  seedArticles(path, [{ ...DAY_ONE.en, publishedAt: EIGHT - 2 * HOUR }]);
  db = openDatabase(path);
  now = EIGHT - HOUR;
});
afterEach(() => db.close());

describe('briefings at a chat’s own hours', () => {
  it('waits for the time, then queues the briefing once and moves to the next day', async () => {
    chat(5);
    now = EIGHT - MINUTE;
    expect(await runner().runDue(now)).toEqual({ due: 0, briefings: 0, messages: 0, skipped: 0 });
    now = EIGHT + 10_000;
    expect(await runner().runDue(now)).toEqual({ due: 1, briefings: 1, messages: 1, skipped: 0 });
    expect(queued()).toEqual([expect.objectContaining({ chat_id: 5, run_id: 'schedule:2026-03-02T08:00:00.000Z' })]);
    expect(nextAt(5)).toBe(EIGHT + 24 * HOUR);
    now = EIGHT + 40_000;
    expect(await runner().runDue(now)).toMatchObject({ due: 0, messages: 0 });
    expect(queued()).toHaveLength(1);
  });

  it('a tick before the time groups the stories ahead; an article that comes in between is in the briefing all the same', async () => {
    chat(5);
    const digest = runner();
    now = EIGHT - 30_000;
    expect(await digest.runDue(now)).toMatchObject({ due: 0 });
    // After the stories were grouped ahead, a poll stores a new article.
    seedArticles(db.name, [
      {
        feed: 'UN News',
        language: 'en',
        title: 'Security Council meets on Yemen',
        text: 'The Security Council met on Yemen.',
        publishedAt: EIGHT - 10 * MINUTE,
      },
    ]);
    now = EIGHT + 1_000;
    expect(await digest.runDue(now)).toMatchObject({ due: 1, briefings: 1 });
    const [briefing] = queued();
    expect(briefing!.text).toContain('Security Council meets on Yemen');
    expect(briefing!.text).toContain(DAY_ONE.en.title);
  });

  it('leaves chats with their own hours out of the default schedule’s run, and the others in', async () => {
    chat(5);
    chat(6, 'private', null);
    now = EIGHT;
    const report = await runner().run(now);
    expect(report).toMatchObject({ subscribers: 1, messages: 1 });
    expect(queued().map((row) => row.chat_id)).toEqual([6]);
  });

  it('sends a time missed while the bot was down once when less than six hours late, and skips it after', async () => {
    chat(5);
    chat(6);
    now = EIGHT + 5 * HOUR;
    expect(await runner().runDue(now)).toMatchObject({ due: 2, briefings: 2, skipped: 0 });
    expect(nextAt(5)).toBe(EIGHT + 24 * HOUR);

    db.prepare('DELETE FROM outbox').run();
    chat(7);
    now = EIGHT + 6 * HOUR + MINUTE;
    expect(await runner().runDue(now)).toMatchObject({ due: 1, briefings: 0, messages: 0, skipped: 1 });
    expect(queued()).toEqual([]);
    expect(nextAt(7)).toBe(EIGHT + 24 * HOUR);
  });

  it('a change of zone after today’s briefing sets the next time from now in the new zone; the old time is not sent again', async () => {
    chat(5);
    now = EIGHT;
    await runner().runDue(now);
    now = EIGHT + HOUR;
    const newYork = { times: [480], zone: 'America/New_York' };
    new SubscriberStore(db).setSchedule(5, newYork, nextBriefingAt(newYork, now));
    // 08:00 in New York on 2 March is 13:00 UTC: the first 08:00 there after the change.
    expect(nextAt(5)).toBe(Date.parse('2026-03-02T13:00:00Z'));
    now = Date.parse('2026-03-02T13:00:30Z');
    expect(await runner().runDue(now)).toMatchObject({ due: 1 });
    // The next day's 08:00 UTC is no longer one of the chat's times.
    now = EIGHT + 24 * HOUR;
    expect(await runner().runDue(now)).toMatchObject({ due: 0 });
    expect(nextAt(5)).toBe(Date.parse('2026-03-03T13:00:00Z'));
  });

  it('sends nothing to a chat that unsubscribed, but keeps its next time moving', async () => {
    chat(5);
    new SubscriberStore(db).setSubscribed(5, false);
    now = EIGHT + MINUTE;
    expect(await runner().runDue(now)).toMatchObject({ due: 0, messages: 0 });
    expect(nextAt(5)).toBe(EIGHT + 24 * HOUR);
  });

  it('gives a channel no pointer to commands its readers cannot use; a group keeps it', async () => {
    chat(-1001, 'channel');
    chat(-1002, 'supergroup');
    now = EIGHT;
    await runner().runDue(now);
    const [channel, group] = [queued().find((row) => row.chat_id === -1001)!, queued().find((row) => row.chat_id === -1002)!];
    expect(group.text).toContain('/unsubscribe');
    expect(channel.text).not.toContain('/unsubscribe');
    expect(channel.text).toContain('Security Council');
  });
});
