import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/bot/i18n.ts';
import { AlertRunner } from '../../src/delivery/alerts.ts';
import { AlertStore } from '../../src/store/alerts.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { StoryArticleStore } from '../../src/store/story-articles.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { WatchStore } from '../../src/store/watches.ts';
import { parseWatch } from '../../src/watch/query.ts';
import { seedArticles } from '../support/seed.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-04T12:00:00Z');

/** A database with one reader watching Yemen, and the runner around it; `watches` may be swapped for a failing one. */
function setUp(wrapWatches: (store: WatchStore) => WatchStore = (store) => store) {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-alert-runner-')), 'bot.db');
  openDatabase(path).close();
  const db: Db = openDatabase(path);
  const subscribers = new SubscriberStore(db, () => NOW);
  const watches = new WatchStore(db, () => NOW);
  subscribers.register({ chatId: 1, userId: 1, chatType: 'private', firstName: null, username: null }, 'en');
  const query = parseWatch('Yemen');
  if (!query.ok) throw new Error(query.error);
  watches.addWatch(1, query.query);
  const alerts = new AlertStore(db, () => NOW);
  const runner = new AlertRunner({
    alerts,
    watches: wrapWatches(watches),
    subscribers,
    articles: new StoryArticleStore(db),
    outbox: new OutboxStore(db, () => NOW),
    i18n: new I18n(),
    timeZone: 'UTC',
    defaultLanguage: 'en',
    logger: pino({ level: 'silent' }),
    now: () => NOW,
  });
  const publish = (title: string) =>
    seedArticles(path, [
      { feed: 'UN News', language: 'en', title, text: `${title}. The envoy spoke on Tuesday.`, publishedAt: NOW - HOUR },
    ])[0]!;
  const queued = () => db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'alert'").pluck().get() as number;
  return { db, alerts, watches, runner, publish, queued };
}

describe('AlertRunner', () => {
  it('a run that fails leaves the cursor where it was, and the next run queues the alert', async () => {
    let failing = true;
    const { alerts, runner, publish, queued } = setUp(
      (store) =>
        new Proxy(store, {
          get: (target, name, receiver) =>
            name === 'mutesOfChats' && failing
              ? () => {
                  throw new Error('the database is busy');
                }
              : Reflect.get(target, name, receiver),
        }),
    );
    const before = alerts.cursor();
    publish('Yemen ceasefire talks resume');
    await expect(runner.run()).rejects.toThrow('the database is busy');
    expect(alerts.cursor()).toBe(before);
    expect(queued()).toBe(0);
    failing = false;
    expect(await runner.run()).toMatchObject({ articles: 1, watch: 1 });
    expect(queued()).toBe(1);
  });

  it('an article that fails three runs in a row is passed over, and the articles after it are alerted', async () => {
    let poisoned = 0;
    const { alerts, runner, publish, queued } = setUp(
      (store) =>
        new Proxy(store, {
          get: (target, name, receiver) =>
            name === 'mutesOfChats'
              ? (chatIds: number[]) => {
                  if (poisoned > 0) {
                    poisoned -= 1;
                    throw new Error('cannot read');
                  }
                  return target.mutesOfChats(chatIds);
                }
              : Reflect.get(target, name, receiver),
        }),
    );
    const first = publish('Yemen port attacked');
    poisoned = 3;
    await expect(runner.run()).rejects.toThrow('cannot read');
    await expect(runner.run()).rejects.toThrow('cannot read');
    // The third failure passes the first article over and goes on.
    expect(await runner.run()).toMatchObject({ watch: 0 });
    expect(alerts.cursor()).toBe(first);
    publish('Yemen envoy meets the parties in Muscat');
    expect(await runner.run()).toMatchObject({ articles: 1, watch: 1 });
    expect(queued()).toBe(1);
  });

  it('held alerts go at the next release once quiet hours are turned off', () => {
    const { db, alerts, watches } = setUp();
    alerts.hold({ chatId: 1, kind: 'watch', html: 'held', articleIds: [] }, NOW + 8 * HOUR);
    expect(alerts.heldDue(NOW).size).toBe(0);
    watches.setQuiet(1, null, 'UTC');
    expect([...alerts.heldDue(NOW).keys()]).toEqual([1]);
    db.close();
  });

  it('a cursor past the newest article (the newest deleted with their feed) comes back to it', () => {
    const { db, alerts, publish } = setUp();
    const id = publish('Yemen talks');
    alerts.advance(id + 50);
    expect(alerts.cursor()).toBe(id);
    db.close();
  });
});
