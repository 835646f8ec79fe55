// Alert latency: the real bot (startBot, as `npm start` runs it) against the fake Bot API and a feed
// server on 127.0.0.1, with 20,000 chats holding 100,000 watches. A feed gets a new item that one
// reader's watch names, at a random moment of the poll cycle; the figure is the time from the feed
// changing to the alert arriving at the fake Bot API (goal: one poll interval + 5 s), over several
// rounds. The first round also builds the watch index.
// ALERT_LATENCY_ROUNDS changes the number of rounds; ALERT_LATENCY_POLL_SECONDS the poll interval.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startBot } from '../src/main.ts';
import type { Language } from '../src/model/language.ts';
import { openDatabase } from '../src/store/db.ts';
import { SubscriberStore } from '../src/store/subscribers.ts';
import { WatchStore } from '../src/store/watches.ts';
import { parseWatch } from '../src/watch/query.ts';
import { FakeTelegram } from '../tests/support/fake-telegram.ts';
import { rss, type FixtureItem } from '../tests/support/feed-fixtures.ts';
import { FeedServer } from '../tests/support/feed-server.ts';
import { seededRandom as random } from '../tests/support/random.ts';
import type { Benchmark, Figure } from './harness.ts';

const ROUNDS = Number(process.env.ALERT_LATENCY_ROUNDS ?? 5);
const POLL_SECONDS = Number(process.env.ALERT_LATENCY_POLL_SECONDS ?? 10);
const CHATS = 20_000;
const WATCHES_PER_CHAT = 5;
const READER = { id: 77_000_001, first_name: 'Reader', language_code: 'en' };
const LANGUAGES: readonly Language[] = ['ar', 'ru', 'en'];

/** Words the other chats watch: places, names and terms, none of them in the reader's items. */
// prettier-ignore
const WORDS: Record<Language, string[]> = {
  en: ['Brussels', 'Ankara', 'Tehran', 'Riyadh', 'Doha', 'Muscat', 'Baghdad', 'Cairo', 'Amman', 'Beirut', 'sanctions', 'uranium', 'pipeline', 'tariff', 'summit', 'envoy', 'ceasefire', 'OPEC', 'Hormuz', 'Gaza'],
  ru: ['Брюссель', 'Анкара', 'Тегеран', 'Эр-Рияд', 'Доха', 'Маскат', 'Багдад', 'Каир', 'Амман', 'Бейрут', 'санкции', 'уран', 'трубопровод', 'пошлины', 'саммит', 'посланник', 'перемирие', 'ОПЕК', 'Ормузский', 'Газа'],
  ar: ['بروكسل', 'أنقرة', 'طهران', 'الرياض', 'الدوحة', 'مسقط', 'بغداد', 'القاهرة', 'عمان', 'بيروت', 'العقوبات', 'اليورانيوم', 'الأنابيب', 'الرسوم', 'القمة', 'المبعوث', 'الهدنة', 'أوبك', 'هرمز', 'غزة'],
};

/** The chats and their watches, written before the bot starts (as a running bot would have them). */
function seedWatches(path: string): number {
  const db = openDatabase(path);
  const subscribers = new SubscriberStore(db);
  const watches = new WatchStore(db);
  const rnd = random(11);
  let added = 0;
  db.transaction(() => {
    for (let i = 1; i <= CHATS; i++) {
      const language = LANGUAGES[i % 3]!;
      subscribers.register(
        { chatId: 50_000_000 + i, userId: 50_000_000 + i, chatType: 'private', firstName: null, username: null },
        language,
      );
      for (let w = 0; w < WATCHES_PER_CHAT; w++) {
        const words = WORDS[language];
        const text = `${words[Math.floor(rnd() * words.length)]!} ${words[Math.floor(rnd() * words.length)]!}`;
        const parsed = parseWatch(text);
        if (parsed.ok && watches.addWatch(50_000_000 + i, parsed.query).ok) added += 1;
      }
    }
  })();
  db.close();
  return added;
}

export const alertLatencyBenchmark: Benchmark = {
  name: 'alert-latency',
  async run(): Promise<Figure[]> {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-alerts-'));
    const fake = await FakeTelegram.start();
    const feeds = await FeedServer.start();
    const items: FixtureItem[] = [];
    feeds.route('/wire', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss({ title: 'Wire', items })),
    );
    writeFileSync(join(folder, 'feeds.json'), JSON.stringify([{ url: feeds.url('/wire'), name: 'Wire', language: 'en' }]));
    const databasePath = join(folder, 'data', 'bot.db');
    const watchCount = seedWatches(databasePath);
    const config = parseConfig({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: databasePath,
      FEEDS_FILE: join(folder, 'feeds.json'),
      POLL_CRON: `*/${POLL_SECONDS} * * * * *`,
      SEND_RATE: '25',
    });
    const bot = await startBot(config, { logger: createLogger('silent'), pollAtStart: false, pruneAtStart: false });
    const latencies: number[] = [];
    const rnd = random(5);
    try {
      await fake.ask(READER, '/start');
      await fake.ask(READER, '/watch Lavrov');
      for (let round = 1; round <= ROUNDS; round++) {
        // A random moment of the poll cycle.
        await new Promise((resolve) => setTimeout(resolve, rnd() * POLL_SECONDS * 1000));
        const since = fake.sentCount(READER.id);
        const changedAt = performance.now();
        items.push({
          title: `Lavrov meets the Gulf envoy, round ${round}`,
          link: `https://wire.example/${round}`,
          guid: `wire-${round}`,
          description: `<p>Foreign minister Sergei Lavrov met the envoy (round ${round} of the measurement).</p>`,
          pubDate: new Date().toUTCString(),
        });
        await fake.waitForMessage(READER.id, {
          since,
          timeout: (POLL_SECONDS + 30) * 1000,
          match: (m) => (m.text ?? '').includes(`round ${round}`),
        });
        latencies.push((performance.now() - changedAt) / 1000);
      }
    } finally {
      await bot.stop('bench finished');
      await fake.close();
      await feeds.close();
      rmSync(folder, { recursive: true, force: true });
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const round2 = (x: number) => Math.round(x * 100) / 100;
    return [
      { name: `watches in the database (${CHATS.toLocaleString('en')} chats)`, value: watchCount, unit: '' },
      { name: `feed change → alert at the Bot API, median of ${ROUNDS}`, value: round2(sorted[Math.floor(sorted.length / 2)]!), unit: 's' },
      {
        name: `feed change → alert at the Bot API, worst (poll every ${POLL_SECONDS} s)`,
        value: round2(sorted.at(-1)!),
        unit: 's',
        goal: { atMost: POLL_SECONDS + 5 },
      },
    ];
  },
};
