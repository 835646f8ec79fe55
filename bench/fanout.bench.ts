// Fan-out: the outbox sender against a local Bot API server in another process.
//  - 10,000 subscribers at SEND_RATE=25 against a server that enforces Telegram's 30 a second:
//    achieved rate ÷ SEND_RATE (goal >= 0.97) and how many 429s it provoked;
//  - SEND_RATE=1000 against a server without a limit: messages a second (goal >= 1,000);
//  - queuing a scheduled briefing for 10,000 subscribers (compose, render, enqueue);
//  CPU seconds and peak memory of the bot's process for each. FANOUT_SUBSCRIBERS changes the count.
// `fanout-groups`: 1,000 groups (FANOUT_GROUPS) each sent its scheduled briefing at SEND_RATE=25,
// against a server that also refuses a 21st message to one group in any minute, as Telegram does;
// then a few groups with a long backlog each, where that limit, not SEND_RATE, sets the pace.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { I18n } from '../src/bot/i18n.ts';
import { telegramSend } from '../src/delivery/delivery.ts';
import { DigestRunner } from '../src/delivery/digest.ts';
import { GROUP_INTERVAL_MS, OutboxSender } from '../src/delivery/sender.ts';
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

const GROUPS = Number(process.env.FANOUT_GROUPS ?? 1_000);
/** The backlog scenario: this many groups, each with this many messages queued. */
const BACKLOG_GROUPS = 10;
const BACKLOG_MESSAGES = 30;
/** Telegram's limits: about 30 messages a second in all, about 20 a minute to one group. */
const TELEGRAM_PER_SECOND = 30;
const TELEGRAM_PER_GROUP_MINUTE = 20;
/** A supergroup's id: -100 followed by its channel id. */
const groupId = (i: number) => -1_000_000_000_000 - i;

interface ServerStats {
  sent: number;
  refused: number;
  refusedGroup: number;
  busiestGroupMinute: number;
  /** null when no group got more than the limit's worth of messages. */
  tightestGroupSpanMs: number | null;
  firstAt: number;
  lastAt: number;
}

interface Server {
  apiRoot: string;
  stats: () => Promise<ServerStats>;
  close: () => void;
}

async function startServer(limit: number, groupLimit = 0): Promise<Server> {
  const args = [...(limit ? ['--limit', String(limit)] : []), ...(groupLimit ? ['--group-limit', String(groupLimit)] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fanout-server.ts'), ...args], {
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

function addGroups(db: Db, count: number): void {
  const subscribers = new SubscriberStore(db);
  db.transaction(() => {
    for (let i = 1; i <= count; i++)
      subscribers.register(
        { chatId: groupId(i), userId: i, chatType: 'supergroup', firstName: null, username: null, title: `Desk ${i}` },
        'en',
      );
  })();
}

const BRIEFING_TEXT = `<b>📰 diplobrief · 30 November 2026</b>\n\n<b>Gulf</b>\n\n${'<b><a href="https://kuna.example/1">Foreign ministers discuss the region</a></b>\nThe ministers discussed regional security and the settlement.\n<i>KUNA</i>\n\n'.repeat(6)}`;

/** A briefing-sized message per subscriber, queued directly: this measures the sender alone. */
function queueMessages(outbox: OutboxStore, count: number): void {
  const messages = Array.from({ length: count }, (_, i) => ({
    kind: 'briefing' as const,
    runId: 'bench',
    chatId: i + 1,
    part: 0,
    text: BRIEFING_TEXT,
    parseMode: 'HTML' as const,
  }));
  outbox.enqueue(messages);
}

interface SendResult {
  seconds: number;
  perSecond: number;
  refused: number;
  refusedGroup: number;
  busiestGroupMinute: number;
  tightestGroupSpanMs: number | null;
  sent: number;
  cpu: number;
  peakMb: number;
}

async function sendAll(rate: number, serverLimit: number): Promise<SendResult> {
  const { db, folder } = freshDatabase();
  try {
    addSubscribers(db, SUBSCRIBERS);
    const outbox = new OutboxStore(db);
    queueMessages(outbox, SUBSCRIBERS);
    return await sendQueued(db, rate, serverLimit);
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs the sender until the queue is empty, against a server with these limits. */
async function sendQueued(db: Db, rate: number, serverLimit: number, serverGroupLimit = 0): Promise<SendResult> {
  const server = await startServer(serverLimit, serverGroupLimit);
  try {
    const outbox = new OutboxStore(db);
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
      refusedGroup: stats.refusedGroup,
      busiestGroupMinute: stats.busiestGroupMinute,
      tightestGroupSpanMs: stats.tightestGroupSpanMs,
      sent: stats.sent,
      cpu: (cpu.user + cpu.system) / 1e6,
      peakMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    server.close();
  }
}

async function queueBriefings(): Promise<{ seconds: number; messages: number }> {
  const { db, folder, seconds, messages } = await briefingDatabase((reopened) => {
    addSubscribers(reopened, SUBSCRIBERS);
    reopened.prepare(`UPDATE subscribers SET language = 'en'`).run();
  });
  db.close();
  rmSync(folder, { recursive: true, force: true });
  return { seconds, messages };
}

/**
 * A database with a day of English articles and the chats `addChats` registers, and the scheduled
 * briefing run queued for them (compose, render, enqueue; timed). The caller closes and removes it.
 */
async function briefingDatabase(addChats: (db: Db) => void): Promise<{ db: Db; folder: string; seconds: number; messages: number }> {
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
    addChats(reopened);
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
    return { db: reopened, folder, seconds, messages: report.messages };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
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

export const fanoutGroupsBenchmark: Benchmark = {
  name: 'fanout-groups',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    const n = (value: number) => value.toLocaleString('en');
    // Every group's scheduled briefing (a few messages each): SEND_RATE sets the pace, and the sender
    // must space each group's parts so that none of them meets the group limit.
    const briefed = await briefingDatabase((db) => addGroups(db, GROUPS));
    try {
      const result = await sendQueued(briefed.db, 25, TELEGRAM_PER_SECOND, TELEGRAM_PER_GROUP_MINUTE);
      const label = `${n(GROUPS)} groups' briefings (${n(briefed.messages)} messages)`;
      figures.push(
        { name: `${label}, SEND_RATE=25: achieved ÷ SEND_RATE`, value: round(result.perSecond / 25, 3), unit: '', goal: { atLeast: 0.97 } },
        { name: `${label}: 429 answers`, value: result.refused, unit: '', goal: { atMost: 0 } },
        { name: `${label}: of them for a group's minute`, value: result.refusedGroup, unit: '' },
        { name: `${label}: time`, value: round(result.seconds, 1), unit: 's' },
        { name: `${label}: CPU`, value: round(result.cpu, 1), unit: 's' },
      );
    } finally {
      briefed.db.close();
      rmSync(briefed.folder, { recursive: true, force: true });
    }
    // A backlog in a few groups: 20 a minute each is the pace, so the run takes about
    // (BACKLOG_MESSAGES - 1) × 3 s however high SEND_RATE is, and the limit must never be met.
    const { db, folder } = freshDatabase();
    try {
      addGroups(db, BACKLOG_GROUPS);
      const outbox = new OutboxStore(db);
      outbox.enqueue(
        Array.from({ length: BACKLOG_GROUPS * BACKLOG_MESSAGES }, (_, i) => ({
          kind: 'briefing' as const,
          runId: 'bench',
          chatId: groupId(1 + (i % BACKLOG_GROUPS)),
          part: Math.floor(i / BACKLOG_GROUPS),
          text: BRIEFING_TEXT,
          parseMode: 'HTML' as const,
        })),
      );
      const result = await sendQueued(db, 25, TELEGRAM_PER_SECOND, TELEGRAM_PER_GROUP_MINUTE);
      const label = `${BACKLOG_GROUPS} groups × ${BACKLOG_MESSAGES} messages`;
      const paced = ((BACKLOG_MESSAGES - 1) * GROUP_INTERVAL_MS) / 1000;
      figures.push(
        { name: `${label}: 429 answers`, value: result.refused, unit: '', goal: { atMost: 0 } },
        { name: `${label}: of them for a group's minute`, value: result.refusedGroup, unit: '' },
        // The server refuses past the limit, so this says only that the sender used all of it.
        { name: `${label}: most to one group in a minute`, value: result.busiestGroupMinute, unit: '' },
        // Telegram counts arrivals: network jitter larger than this margin would make a 21st in a minute.
        {
          name: `${label}: shortest span of ${TELEGRAM_PER_GROUP_MINUTE + 1} to one group, less a minute`,
          value: result.tightestGroupSpanMs === null ? 0 : Math.round(result.tightestGroupSpanMs - 60_000),
          unit: 'ms',
        },
        { name: `${label}: time (paced: ${paced} s)`, value: round(result.seconds, 1), unit: 's' },
        { name: `${label}: sent`, value: result.sent, unit: '' },
      );
    } finally {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    }
    return figures;
  },
};

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
