// Fan-out: the outbox sender against a local Bot API server in another process.
//  - 10,000 subscribers at SEND_RATE=25 against a server that enforces Telegram's 30 a second:
//    achieved rate ÷ SEND_RATE (goal >= 0.97) and how many 429s it provoked;
//  - SEND_RATE=1000 against a server without a limit: messages a second (goal >= 1,000);
//  - queuing a scheduled briefing for 10,000 subscribers (compose, render, enqueue);
//  CPU seconds and peak memory of the bot's process for each. FANOUT_SUBSCRIBERS changes the count.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { I18n } from '../src/bot/i18n.ts';
import { telegramSend } from '../src/delivery/delivery.ts';
import { DigestRunner } from '../src/delivery/digest.ts';
import { OutboxSender } from '../src/delivery/sender.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { DeliveryRunStore } from '../src/store/delivery-runs.ts';
import { OutboxStore } from '../src/store/outbox.ts';
import { StoryArticleStore } from '../src/store/story-articles.ts';
import { SubscriberStore } from '../src/store/subscribers.ts';
import { seedArticles } from '../tests/support/seed.ts';
import type { Benchmark, Figure } from './harness.ts';

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 10_000);
const TOKEN = '1000000001:BenchToken';
const here = dirname(fileURLToPath(import.meta.url));

interface Server {
  apiRoot: string;
  stats: () => Promise<{ sent: number; refused: number; firstAt: number; lastAt: number }>;
  close: () => void;
}

async function startServer(limit: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fanout-server.ts'), ...(limit ? ['--limit', String(limit)] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`fan-out server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    apiRoot: base,
    stats: async () => (await (await fetch(`${base}/stats`)).json()) as Awaited<ReturnType<Server['stats']>>,
    close: () => child.kill('SIGTERM'),
  };
}

function freshDatabase(): { db: Db; path: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-fanout-'));
  const path = join(folder, 'bot.db');
  return { db: openDatabase(path), path, folder };
}

function addSubscribers(db: Db, count: number): void {
  const subscribers = new SubscriberStore(db);
  const languages = ['ar', 'ru', 'en'] as const;
  db.transaction(() => {
    for (let i = 1; i <= count; i++)
      subscribers.register({ chatId: i, userId: i, chatType: 'private', firstName: null, username: null }, languages[i % 3]!);
  })();
}

/** A briefing-sized message per subscriber, queued directly: this measures the sender alone. */
function queueMessages(outbox: OutboxStore, count: number): void {
  const text = `<b>📰 diplobrief · 30 November 2026</b>\n\n<b>Gulf</b>\n\n${'<b><a href="https://kuna.example/1">Foreign ministers discuss the region</a></b>\nThe ministers discussed regional security and the settlement.\n<i>KUNA</i>\n\n'.repeat(6)}`;
  const messages = Array.from({ length: count }, (_, i) => ({
    kind: 'briefing' as const,
    runId: 'bench',
    chatId: i + 1,
    part: 0,
    text,
    parseMode: 'HTML' as const,
  }));
  outbox.enqueue(messages);
}

async function sendAll(
  rate: number,
  serverLimit: number,
): Promise<{ seconds: number; perSecond: number; refused: number; cpu: number; peakMb: number }> {
  const server = await startServer(serverLimit);
  const { db, folder } = freshDatabase();
  try {
    addSubscribers(db, SUBSCRIBERS);
    const outbox = new OutboxStore(db);
    queueMessages(outbox, SUBSCRIBERS);
    const sender = new OutboxSender({
      outbox,
      send: telegramSend(TOKEN, server.apiRoot),
      onBlocked: () => undefined,
      onThreadGone: () => undefined,
      onMigrated: () => undefined,
      logger: pino({ level: 'silent' }),
      ratePerSecond: rate,
    });
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    sender.start();
    while (outbox.backlog() > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    await sender.stop();
    const cpu = process.cpuUsage(cpuBefore);
    const stats = await server.stats();
    // The rate over the span the server saw (first to last accepted message).
    const span = Math.max(0.001, (stats.lastAt - stats.firstAt) / 1000);
    return {
      seconds,
      perSecond: (stats.sent - 1) / span,
      refused: stats.refused,
      cpu: (cpu.user + cpu.system) / 1e6,
      peakMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    server.close();
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function queueBriefings(): Promise<{ seconds: number; messages: number }> {
  const { db, path, folder } = freshDatabase();
  try {
    db.close();
    const now = Date.now();
    const words = ['security', 'oil', 'Gulf', 'Iran', 'Syria', 'trade', 'UN Security Council', 'Yemen', 'Libya', 'Palestinian'];
    seedArticles(
      path,
      Array.from({ length: 300 }, (_, i) => ({
        feed: `Agency ${i % 12}`,
        language: 'en' as const,
        title: `Ministers discuss ${words[i % words.length]} in talks number ${i}`,
        text: `Foreign ministers met on ${words[i % words.length]} and ${words[(i * 7) % words.length]} on day ${i}. They agreed to meet again about item ${i}.`,
        publishedAt: now - (i % 23) * 3_600_000 - i * 1000,
      })),
    );
    const reopened = openDatabase(path);
    addSubscribers(reopened, SUBSCRIBERS);
    reopened.prepare(`UPDATE subscribers SET language = 'en'`).run();
    const runner = new DigestRunner({
      db: reopened,
      runs: new DeliveryRunStore(reopened),
      outbox: new OutboxStore(reopened),
      articles: new StoryArticleStore(reopened),
      i18n: new I18n(),
      timeZone: 'UTC',
      logger: pino({ level: 'silent' }),
      now: Date.now,
    });
    const started = performance.now();
    const report = await runner.run(now);
    const seconds = (performance.now() - started) / 1000;
    reopened.close();
    return { seconds, messages: report.messages };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const fanoutBenchmark: Benchmark = {
  name: 'fanout',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    const queued = await queueBriefings();
    figures.push(
      { name: `queue a briefing for ${SUBSCRIBERS.toLocaleString('en')} subscribers`, value: round(queued.seconds, 2), unit: 's' },
      { name: 'messages queued', value: queued.messages, unit: '' },
    );
    const fast = await sendAll(1000, 0);
    figures.push(
      { name: `SEND_RATE=1000, no server limit: sent a second`, value: Math.round(fast.perSecond), unit: 'msg/s' },
      { name: 'SEND_RATE=1000: achieved ÷ SEND_RATE', value: round(fast.perSecond / 1000, 3), unit: '', goal: { atLeast: 0.97 } },
      { name: 'SEND_RATE=1000: CPU', value: round(fast.cpu, 1), unit: 's' },
      { name: 'SEND_RATE=1000: peak memory', value: Math.round(fast.peakMb), unit: 'MB' },
    );
    // The limiter caps the run above at 1000 a second; this one shows how much the sender could do.
    const capacity = await sendAll(100_000, 0);
    figures.push(
      {
        name: 'sender unthrottled (rate 100,000): sent a second',
        value: Math.round(capacity.perSecond),
        unit: 'msg/s',
        goal: { atLeast: 1000 },
      },
      { name: 'unthrottled: CPU', value: round(capacity.cpu, 1), unit: 's' },
    );
    if (process.env.FANOUT_SKIP_LIMITED) return figures;
    const limited = await sendAll(25, 30);
    figures.push(
      {
        name: `SEND_RATE=25, server limit 30/s: achieved ÷ SEND_RATE`,
        value: round(limited.perSecond / 25, 3),
        unit: '',
        goal: { atLeast: 0.97 },
      },
      { name: 'SEND_RATE=25: 429 answers', value: limited.refused, unit: '', goal: { atMost: 0 } },
      { name: `SEND_RATE=25: time for ${SUBSCRIBERS.toLocaleString('en')}`, value: round(limited.seconds, 1), unit: 's' },
      { name: 'SEND_RATE=25: CPU', value: round(limited.cpu, 1), unit: 's' },
      { name: 'SEND_RATE=25: peak memory', value: Math.round(limited.peakMb), unit: 'MB' },
    );
    return figures;
  },
};

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
