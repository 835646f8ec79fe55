import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/http/health.ts';
import { BotMetrics } from '../../src/http/metrics.ts';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { pollIntervalMs } from '../../src/ops/poll-interval.ts';
import { openDatabase } from '../../src/store/db.ts';
import { OperationsStore } from '../../src/store/operations.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { REUTERS_ITEMS, rss } from '../support/feed-fixtures.ts';
import { FeedServer } from '../support/feed-server.ts';
import { getHealth, scrape, waitForAsync } from './support.ts';

const MINUTE = 60_000;
const ADMIN = { id: 5_200_001, language_code: 'en', first_name: 'Operator' };

let t: BotUnderTest | undefined;
let feeds: FeedServer | undefined;
let server: RunningHttpServer | undefined;
afterEach(async () => {
  await t?.stop();
  await feeds?.close();
  await server?.close(0);
  t = undefined;
  feeds = undefined;
  server = undefined;
});

describe('GET /healthz on the running bot', () => {
  it(
    'is 200 once a feed has answered, 503 after three poll intervals without one, 200 again after a good poll',
    { timeout: 20_000 },
    async () => {
      feeds = await FeedServer.start();
      feeds.serve(
        '/rss',
        rss({ title: 'World news', items: REUTERS_ITEMS.map((item) => ({ ...item, pubDate: new Date().toUTCString() })) }),
      );
      const folder = mkdtempSync(join(tmpdir(), 'diplobrief-health-'));
      writeFileSync(join(folder, 'feeds.json'), JSON.stringify([{ url: feeds.url('/rss'), language: 'en' }]));
      let offset = 0;
      t = await startBotUnderTest(
        { HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', POLL_CRON: '*/10 * * * *', ADMIN_IDS: String(ADMIN.id) },
        { folder, now: () => Date.now() + offset },
      );
      const base = t.bot.httpUrl!;
      const healthy = await waitForAsync(async () => {
        const answer = await getHealth(base);
        return answer.body.poll.lastSuccessAt !== null && answer;
      }, 'the first poll to show in /healthz');
      expect(healthy.status).toBe(200);
      expect(healthy.body).toMatchObject({
        status: 'ok',
        problems: [],
        database: { reachable: true },
        poll: { intervalSeconds: 600, staleAfterSeconds: 1800, enabledFeeds: 1, failingFeeds: 0 },
        queue: { depth: 0 },
      });

      offset = 29 * MINUTE;
      expect((await getHealth(base)).status).toBe(200);
      offset = 31 * MINUTE;
      const stale = await getHealth(base);
      expect(stale.status).toBe(503);
      expect(stale.body.status).toBe('unhealthy');
      expect(stale.body.problems).toEqual([
        expect.stringMatching(/^no feed has answered a poll for 3\d min \(more than 3 poll intervals\)$/),
      ]);

      // An admin's /poll is a poll like any other: the bot is healthy again.
      await t.fake.ask(ADMIN, '/poll');
      await waitForAsync(async () => (await getHealth(base)).status === 200, '/healthz to recover after /poll');
    },
  );
});

describe('GET /healthz when the database cannot answer', () => {
  it('is 503 naming the database, and /metrics still answers', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'diplobrief-health-db-')), 'bot.db'));
    const store = new OperationsStore(db);
    const outbox = new OutboxStore(db);
    const logger = createLogger('silent');
    const metrics = new BotMetrics(
      { queueDepth: () => outbox.backlog(), feedHealth: () => store.feedHealth(), languagesOf: (ids) => store.languagesOf(ids) },
      logger,
    );
    const startedAt = Date.now();
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      routes: {
        health: () => checkHealth({ store, queueDepth: () => outbox.backlog(), now: Date.now, startedAt, pollIntervalMs: 10 * MINUTE }),
        metrics: () => metrics.render(),
      },
    });
    // No feeds at all: nothing to poll, nothing stale.
    expect(await getHealth(server.url)).toMatchObject({
      status: 200,
      body: { status: 'ok', poll: { enabledFeeds: 0, lastSuccessAt: null } },
    });

    db.close();
    const down = await getHealth(server.url);
    expect(down.status).toBe(503);
    expect(down.body.database).toEqual({ reachable: false, error: expect.stringMatching(/not open/) });
    expect(down.body.problems).toEqual([expect.stringMatching(/^database unreachable: /)]);
    expect((await scrape(server.url)).has('process_cpu_user_seconds_total')).toBe(true);
  });
});

describe('the poll interval /healthz counts in', () => {
  it.each([
    ['*/10 * * * *', 10 * MINUTE],
    ['*/30 * * * * *', 30_000],
    ['0 8 * * *', 24 * 60 * MINUTE],
    // A schedule that pauses at night: the pause, so the idle night is not "unhealthy".
    ['*/10 6-22 * * *', (7 * 60 + 10) * MINUTE],
  ])('%s: %d ms', (cron, expected) => {
    expect(pollIntervalMs(cron, 'UTC')).toBe(expected);
  });
});
