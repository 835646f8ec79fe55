import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { KUNA_ITEMS, REUTERS_ITEMS, rss, TASS_ITEMS } from '../support/feed-fixtures.ts';
import { FeedServer } from '../support/feed-server.ts';
import { waitUntil } from '../support/wait-until.ts';
import { addSubscribers } from '../delivery/support.ts';
import { parsePrometheusText, sampleValue, scrape, waitForAsync } from './support.ts';

let t: BotUnderTest | undefined;
let feeds: FeedServer | undefined;
afterEach(async () => {
  await t?.stop();
  await feeds?.close();
  t = undefined;
  feeds = undefined;
});

const FAST_RETRIES = { retryBaseMs: 50, retryMaxMs: 200, idlePollMs: 100 };

describe('GET /metrics', () => {
  it('is Prometheus text whose counters move as articles come in and briefings go out', { timeout: 30_000 }, async () => {
    feeds = await FeedServer.start();
    const fresh = (items: typeof KUNA_ITEMS) => items.map((item) => ({ ...item, pubDate: new Date(Date.now() - 3_600_000).toUTCString() }));
    feeds.serve('/kuna', rss({ title: 'KUNA', items: fresh(KUNA_ITEMS) }));
    feeds.serve('/tass', rss({ title: 'TASS', items: fresh(TASS_ITEMS) }));
    feeds.serve('/world', rss({ title: 'World', items: fresh(REUTERS_ITEMS) }));
    feeds.route('/broken', (_req, res) => res.writeHead(500).end('down'));
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-metrics-'));
    writeFileSync(
      join(folder, 'feeds.json'),
      JSON.stringify([
        { url: feeds.url('/kuna'), name: 'KUNA', language: 'ar' },
        { url: feeds.url('/tass'), name: 'TASS', language: 'ru' },
        { url: feeds.url('/world'), name: 'World', language: 'en' },
        { url: feeds.url('/broken'), name: 'Broken', language: 'en' },
      ]),
    );
    t = await startBotUnderTest({ HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', SEND_RATE: '100' }, { folder, sender: FAST_RETRIES });
    const bot = t;
    const base = bot.bot.httpUrl!;

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const families = parsePrometheusText(text);
    // Node's process metrics, and every family of ours with its HELP and TYPE.
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds'])
      expect(families.has(name), name).toBe(true);
    const ours = {
      diplobrief_articles_ingested_total: 'counter',
      diplobrief_feed_fetch_errors_total: 'counter',
      diplobrief_feeds_failing: 'gauge',
      diplobrief_messages_sent_total: 'counter',
      diplobrief_alerts_total: 'counter',
      diplobrief_messages_failed_total: 'counter',
      diplobrief_telegram_429_total: 'counter',
      diplobrief_queue_depth: 'gauge',
      diplobrief_poll_duration_seconds: 'histogram',
    };
    for (const [name, type] of Object.entries(ours)) expect(families.get(name), name).toMatchObject({ type, help: expect.any(String) });

    // The poll at start: 2 Arabic, 1 Russian, 1 English article; one feed failing.
    const afterPoll = await waitForAsync(async () => {
      const now = await scrape(base);
      return (sampleValue(now, 'diplobrief_poll_duration_seconds_count') ?? 0) >= 1 && now;
    }, 'the first poll in the metrics');
    expect(sampleValue(afterPoll, 'diplobrief_articles_ingested_total', { language: 'ar' })).toBe(2);
    expect(sampleValue(afterPoll, 'diplobrief_articles_ingested_total', { language: 'ru' })).toBe(1);
    expect(sampleValue(afterPoll, 'diplobrief_articles_ingested_total', { language: 'en' })).toBe(1);
    expect(sampleValue(afterPoll, 'diplobrief_feed_fetch_errors_total')).toBe(1);
    expect(sampleValue(afterPoll, 'diplobrief_feeds_failing')).toBe(1);
    expect(sampleValue(afterPoll, 'diplobrief_poll_duration_seconds_bucket', { le: '+Inf' })).toBe(1);
    expect(sampleValue(afterPoll, 'diplobrief_messages_sent_total', { kind: 'briefing' })).toBe(0);

    // A briefing run to three readers: one 429 on the way (waited out), one reader has blocked the bot.
    const [ar, ru, en] = addSubscribers(bot.config.databasePath, bot.fake, 3);
    bot.fake.blockChat(en!.chatId);
    bot.fake.failNext('sendMessage', { kind: 'flood', retryAfter: 1 }, { chatId: ar!.chatId });
    const report = await bot.bot.runDigest();
    expect(report.messages).toBe(3);
    await waitUntil(() => bot.fake.sentCount(ar!.chatId) === 1 && bot.fake.sentCount(ru!.chatId) === 1, 'the briefings sent', 10_000);
    const afterSend = await waitForAsync(async () => {
      const now = await scrape(base);
      return sampleValue(now, 'diplobrief_queue_depth') === 0 && now;
    }, 'the queue to empty');
    expect(sampleValue(afterSend, 'diplobrief_messages_sent_total', { kind: 'briefing' })).toBe(2);
    expect(sampleValue(afterSend, 'diplobrief_messages_failed_total', { kind: 'briefing', reason: 'blocked' })).toBe(1);
    expect(sampleValue(afterSend, 'diplobrief_telegram_429_total', { source: 'queue' })).toBe(1);
  });
});
