// Chats' own briefing hours at scale: 100,000 private chats in ar/ru/en following every topic, each
// with 1–4 times a day in one of a handful of zones, and a day of articles in each language.
//  - the per-minute tick when no chat is due (runDue finds nothing): median and p99 (goal <= 20 ms);
//  - the busiest minute: 10,000 chats due in the same minute, all queued by one runDue (goal <= 1 s),
//    with the messages queued, the cost per chat, the longest wait of the event loop (a batch) and
//    the process's memory while it runs;
//  - for information, the ticks of the hour after it, as the spread of times makes them.
// The database is a file in the temp folder, opened as the bot opens it (WAL, synchronous = FULL).
// Chats have a history, as they would after a day of running: each was sent yesterday's briefing,
// and a chat with several times a day this morning's too, so most briefings leave stories out.
// CHAT_HOURS_CHATS changes the number of chats (the busiest minute stays a tenth of them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { I18n } from '../src/bot/i18n.ts';
import { DigestRunner } from '../src/delivery/digest.ts';
import type { ChatSchedule } from '../src/model/chat.ts';
import type { Language } from '../src/model/language.ts';
import type { Topic } from '../src/model/topics.ts';
import { nextBriefingAt } from '../src/schedule/chat-schedule.ts';
import { localClock } from '../src/schedule/zone.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { DeliveryRunStore } from '../src/store/delivery-runs.ts';
import { OutboxStore } from '../src/store/outbox.ts';
import { StoryArticleStore } from '../src/store/story-articles.ts';
import { SubscriberStore } from '../src/store/subscribers.ts';
import { seedArticles, type SeedArticle } from '../tests/support/seed.ts';
import type { Benchmark, Figure } from './harness.ts';
import { seededRandom as random } from '../tests/support/random.ts';

const CHATS = Number(process.env.CHAT_HOURS_CHATS ?? 100_000);
/** Every tenth chat wants its briefing in the busiest minute. */
const BUSIEST_EVERY = 10;
const ARTICLES_PER_LANGUAGE = 300;
const IDLE_TICKS = 2_000;
const IDLE_WARM_UP = 100;
const GOAL_IDLE_TICK_MS = 20;
const GOAL_BUSIEST_S = 1;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LANGUAGES: readonly Language[] = ['ar', 'ru', 'en'];
const ZONES = ['UTC', 'Asia/Riyadh', 'Europe/Moscow', 'America/New_York', 'UTC+5:30'];
/**
 * The busiest minute: 08:07 UTC on a weekday. Readers pick times on five-minute marks, so no chat
 * has this minute by chance (UTC+5:30 is a half hour off, still on a mark): only those given it are due.
 */
const BUSIEST = Date.parse('2026-03-04T08:07:00Z');

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

/** Who, what about (with the topic a feed would file it under), where: the parts of a headline. */
interface Phrasebook {
  feeds: string[];
  subjects: string[];
  verbs: string[];
  objects: [string, Topic][];
  places: string[];
  filler: ((rnd: () => number) => string)[];
}

const PHRASES: Record<Language, Phrasebook> = {
  en: {
    feeds: ['Reuters Wire', 'TASS English', 'KUNA English', 'SPA English', 'WAM English', 'Al Arabiya English', 'RT English', 'Gulf News'],
    subjects: [
      'Foreign Minister Lavrov',
      'The Saudi Crown Prince',
      'The Emir of Kuwait',
      'The Iranian President',
      'UN Secretary-General Guterres',
      "Qatar's Prime Minister",
      "Egypt's Foreign Minister",
      "Turkey's Foreign Minister",
      'The UN envoy for Yemen',
      "Libya's Presidential Council head",
      'Palestinian President Abbas',
      'The Saudi Energy Minister',
    ],
    verbs: ['discusses', 'backs', 'criticises', 'raises', 'calls for progress on', 'holds talks on'],
    objects: [
      ['oil output cuts', 'energy'],
      ['the Gaza ceasefire', 'palestine'],
      ['the Iran nuclear deal', 'iran'],
      ['Red Sea shipping security', 'security'],
      ['trade and investment', 'economy'],
      ['the reconstruction of Syria', 'syria'],
      ['elections in Libya', 'libya'],
      ['a UN Security Council resolution', 'un'],
      ['the war in Yemen', 'yemen'],
      ['Gulf Cooperation Council unity', 'gulf'],
      ['gas supplies to Europe', 'energy'],
      ['counter-terrorism cooperation', 'security'],
    ],
    places: ['in Riyadh', 'in Moscow', 'in Doha', 'in Cairo', 'in Kuwait City', 'in Geneva', 'in Tehran'],
    filler: [
      (rnd) => `The talks lasted ${2 + Math.floor(rnd() * 5)} hours, officials said.`,
      () => 'Both sides agreed to continue consultations at the level of experts.',
      () => 'The meeting also covered bilateral relations and developments in the region.',
      (rnd) => `A joint statement is expected ${pick(['on Monday', 'on Tuesday', 'later this week', 'after the summit'], rnd)}.`,
      (rnd) => `Delegations from ${3 + Math.floor(rnd() * 9)} countries attended the session.`,
    ],
  },
  ru: {
    feeds: ['TASS', 'RIA Novosti', 'Interfax', 'RBC', 'Kommersant', 'MID Rossii', 'RT Russian', 'Izvestia'],
    subjects: [
      'Лавров',
      'Путин',
      'Наследный принц Саудовской Аравии',
      'Эмир Кувейта',
      'Президент Ирана',
      'Генсек ООН Гутерриш',
      'Премьер-министр Катара',
      'Министр иностранных дел Египта',
      'Глава МИД Турции',
      'Спецпосланник ООН по Йемену',
      'Глава Президентского совета Ливии',
      'Президент Палестины Аббас',
    ],
    verbs: ['обсудил', 'поддержал', 'раскритиковал', 'прокомментировал', 'назвал приоритетом'],
    objects: [
      ['сокращение добычи нефти', 'energy'],
      ['прекращение огня в секторе Газа', 'palestine'],
      ['ядерную сделку с Ираном', 'iran'],
      ['безопасность судоходства в Красном море', 'security'],
      ['торговлю и инвестиции', 'economy'],
      ['восстановление Сирии', 'syria'],
      ['выборы в Ливии', 'libya'],
      ['резолюцию Совета Безопасности ООН', 'un'],
      ['урегулирование в Йемене', 'yemen'],
      ['единство Совета сотрудничества стран Залива', 'gulf'],
      ['поставки газа в Европу', 'energy'],
      ['борьбу с терроризмом', 'security'],
    ],
    places: ['в Эр-Рияде', 'в Москве', 'в Дохе', 'в Каире', 'в Эль-Кувейте', 'в Женеве', 'в Тегеране'],
    filler: [
      (rnd) => `Переговоры продолжались ${2 + Math.floor(rnd() * 5)} часа, сообщили официальные лица.`,
      () => 'Стороны договорились продолжить консультации на уровне экспертов.',
      () => 'На встрече также обсуждались двусторонние отношения и ситуация в регионе.',
      (rnd) => `Совместное заявление ожидается ${pick(['в понедельник', 'во вторник', 'на этой неделе', 'после саммита'], rnd)}.`,
      (rnd) => `В заседании приняли участие делегации ${3 + Math.floor(rnd() * 9)} стран.`,
    ],
  },
  ar: {
    feeds: ['KUNA Arabic', 'SPA Arabic', 'WAM Arabic', 'SANA Arabic', 'RT Arabic', 'Al Ahram', 'QNA Arabic', 'Petra Arabic'],
    subjects: [
      'وزير الخارجية الروسي',
      'ولي العهد السعودي',
      'أمير الكويت',
      'الرئيس الإيراني',
      'الأمين العام للأمم المتحدة',
      'رئيس وزراء قطر',
      'وزير الخارجية المصري',
      'وزير الخارجية التركي',
      'المبعوث الأممي إلى اليمن',
      'رئيس المجلس الرئاسي الليبي',
      'الرئيس الفلسطيني',
      'وزير الطاقة السعودي',
    ],
    verbs: ['يبحث', 'يناقش', 'يدعم', 'ينتقد', 'يتناول'],
    objects: [
      ['خفض إنتاج النفط', 'energy'],
      ['وقف إطلاق النار في غزة', 'palestine'],
      ['الملف النووي الإيراني', 'iran'],
      ['أمن الملاحة في البحر الأحمر', 'security'],
      ['التجارة والاستثمار', 'economy'],
      ['إعادة إعمار سوريا', 'syria'],
      ['الانتخابات في ليبيا', 'libya'],
      ['قرار مجلس الأمن الدولي', 'un'],
      ['الحرب في اليمن', 'yemen'],
      ['وحدة مجلس التعاون الخليجي', 'gulf'],
      ['إمدادات الغاز إلى أوروبا', 'energy'],
      ['مكافحة الإرهاب', 'security'],
    ],
    places: ['في الرياض', 'في موسكو', 'في الدوحة', 'في القاهرة', 'في الكويت', 'في جنيف', 'في طهران'],
    filler: [
      (rnd) => `استمرت المحادثات ${2 + Math.floor(rnd() * 5)} ساعات بحسب مسؤولين.`,
      () => 'واتفق الجانبان على مواصلة المشاورات على مستوى الخبراء.',
      () => 'وتناول اللقاء أيضا العلاقات الثنائية وتطورات الأوضاع في المنطقة.',
      (rnd) => `ومن المتوقع صدور بيان مشترك ${pick(['يوم الاثنين', 'يوم الثلاثاء', 'خلال هذا الأسبوع', 'بعد القمة'], rnd)}.`,
      (rnd) => `وشاركت في الجلسة وفود ${3 + Math.floor(rnd() * 9)} دول.`,
    ],
  },
};

/**
 * A day of one language's news between `from` and `to`: events, each reported by one to three
 * agencies within a few hours (so briefings merge reports into stories, as they do with real feeds).
 */
function dayOfNews(language: Language, from: number, to: number, seed: number): SeedArticle[] {
  const rnd = random(seed);
  const book = PHRASES[language];
  const articles: SeedArticle[] = [];
  while (articles.length < ARTICLES_PER_LANGUAGE) {
    const [object, topic] = pick(book.objects, rnd);
    const headline = `${pick(book.subjects, rnd)} ${pick(book.verbs, rnd)} ${object} ${pick(book.places, rnd)}`;
    const at = from + rnd() * (to - from - 3 * HOUR);
    const reports = rnd() < 0.6 ? 1 : rnd() < 0.7 ? 2 : 3;
    const feeds = [...book.feeds].sort(() => rnd() - 0.5).slice(0, reports);
    for (const [report, feed] of feeds.entries()) {
      const sentences = Array.from({ length: 3 }, () => pick(book.filler, rnd)(rnd));
      articles.push({
        feed,
        language,
        title: headline,
        text: `${headline}. ${sentences.join(' ')}`,
        publishedAt: Math.round(at + report * rnd() * 2 * HOUR),
        topics: [topic],
      });
    }
  }
  return articles.slice(0, ARTICLES_PER_LANGUAGE);
}

/** `count` distinct times of day on five-minute marks, ascending. */
function someTimes(rnd: () => number, count: number): number[] {
  const times = new Set<number>();
  while (times.size < count) times.add(Math.floor(rnd() * 288) * 5);
  return [...times].sort((a, b) => a - b);
}

interface Built {
  db: Db;
  folder: string;
  /** Chats given the busiest minute. */
  busiest: number;
}

/** Builds the chats, their hours and history, and two days of articles; returns the open database. */
function build(): Built {
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-hours-'));
  const path = join(folder, 'bot.db');
  openDatabase(path).close();
  // Yesterday's news first (lower ids, as in a running database), then the briefing window's.
  const yesterday = LANGUAGES.flatMap((language, i) => dayOfNews(language, BUSIEST - 48 * HOUR, BUSIEST - 24 * HOUR, 100 + i));
  const today = LANGUAGES.flatMap((language, i) => dayOfNews(language, BUSIEST - 24 * HOUR + MINUTE, BUSIEST - 10 * MINUTE, 200 + i));
  const yesterdayIds = seedArticles(path, yesterday);
  const todayIds = seedArticles(path, today);
  const idsOf = (articles: SeedArticle[], ids: number[], language: Language, before = Infinity) =>
    ids.filter((_, i) => articles[i]!.language === language && articles[i]!.publishedAt < before);

  const db = openDatabase(path);
  const subscribers = new SubscriberStore(db, () => BUSIEST - 48 * HOUR);
  const rnd = random(7);
  let busiest = 0;
  const timesOf = new Map<number, number>();
  db.transaction(() => {
    for (let chatId = 1; chatId <= CHATS; chatId++) {
      subscribers.register({ chatId, userId: chatId, chatType: 'private', firstName: null, username: null }, LANGUAGES[chatId % 3]!);
      const zone = ZONES[chatId % ZONES.length]!;
      const count = 1 + Math.floor(rnd() * 4);
      let times = someTimes(rnd, count);
      if (chatId % BUSIEST_EVERY === 0) {
        // One of its times is the busiest minute, on its own clock.
        times = [...new Set([localClock(zone, BUSIEST).minute, ...times.slice(1)])].sort((a, b) => a - b);
        busiest += 1;
      }
      const schedule: ChatSchedule = { times, zone };
      subscribers.setSchedule(chatId, schedule, nextBriefingAt(schedule, BUSIEST - 1));
      timesOf.set(chatId, times.length);
    }
  })();

  // History: yesterday's briefing for everyone (40 articles of its language in two messages, whose
  // queue rows stay as retention keeps them; their text is a stub, only their index entries matter
  // here), and for a chat with several times an earlier one today (30 of the window's articles
  // published more than 12 hours before the minute).
  const insertSent = db.prepare('INSERT OR IGNORE INTO sent_articles (chat_id, article_id, sent_at) VALUES (?, ?, ?)');
  const insertQueued = db.prepare(
    `INSERT INTO outbox (kind, run_id, chat_id, part, text_id, parse_mode, article_ids, status, attempts, message_id, created_at, updated_at)
     VALUES ('briefing', ?, ?, ?, ?, 'HTML', ?, 'sent', 1, ?, ?, ?)`,
  );
  const stubText = db.prepare("INSERT INTO outbox_texts (text) VALUES ('x')").run().lastInsertRowid;
  const old = new Map(LANGUAGES.map((language) => [language, idsOf(yesterday, yesterdayIds, language)]));
  const morning = new Map(LANGUAGES.map((language) => [language, idsOf(today, todayIds, language, BUSIEST - 12 * HOUR)]));
  const yesterdayRun = `schedule:${new Date(BUSIEST - 24 * HOUR).toISOString()}`;
  db.transaction(() => {
    for (let chatId = 1; chatId <= CHATS; chatId++) {
      const language = LANGUAGES[chatId % 3]!;
      const sentAt = BUSIEST - 24 * HOUR;
      const older = old.get(language)!;
      const shown = Array.from({ length: 40 }, (_, i) => older[(chatId * 7 + i * 5) % older.length]!);
      for (const id of shown) insertSent.run(chatId, id, sentAt);
      for (let part = 0; part < 2; part++) {
        const ids = shown.slice(part * 20, part * 20 + 20);
        insertQueued.run(yesterdayRun, chatId, part, stubText, JSON.stringify(ids), chatId, sentAt, sentAt);
      }
      if (timesOf.get(chatId)! > 1) {
        const earlier = morning.get(language)!;
        for (let i = 0; i < 30; i++) insertSent.run(chatId, earlier[(chatId * 3 + i * 4) % earlier.length]!, BUSIEST - 12 * HOUR);
      }
    }
  })();
  return { db, folder, busiest };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const chatHoursBenchmark: Benchmark = {
  name: 'chat-hours',
  async run(): Promise<Figure[]> {
    const buildStarted = performance.now();
    const { db, folder, busiest } = build();
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    try {
      let rssPeak = 0;
      const sampleRss = () => {
        rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      };
      const runner = new DigestRunner({
        db,
        runs: new DeliveryRunStore(db, () => BUSIEST),
        outbox: new OutboxStore(db, () => BUSIEST),
        articles: new StoryArticleStore(db),
        i18n: new I18n(),
        timeZone: 'UTC',
        logger: pino({ level: 'silent' }),
        now: () => BUSIEST,
        onQueued: sampleRss,
      });

      // The tick half a minute before: nothing is due (every next time is at the minute or later).
      const idle: number[] = [];
      for (let tick = 0; tick < IDLE_WARM_UP + IDLE_TICKS; tick++) {
        const started = performance.now();
        const report = await runner.runDue(BUSIEST - 30_000);
        const ms = performance.now() - started;
        if (report.due !== 0) throw new Error(`chat-hours: ${report.due} chats due before the busiest minute`);
        if (tick >= IDLE_WARM_UP) idle.push(ms);
      }
      idle.sort((a, b) => a - b);

      // The busiest minute: its tick fires a moment after the minute starts.
      const rssBefore = process.memoryUsage.rss();
      rssPeak = rssBefore;
      const sampler = setInterval(sampleRss, 10);
      // Between batches the bot answers updates and the sender sends: the longest batch is how long they wait.
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const started = performance.now();
      const peak = await runner.runDue(BUSIEST + 1_000);
      const seconds = (performance.now() - started) / 1000;
      loop.disable();
      clearInterval(sampler);
      sampleRss();
      if (peak.due !== busiest) throw new Error(`chat-hours: ${peak.due} chats due in the busiest minute, not ${busiest}`);

      // The hour after it, minute by minute: what the spread of times makes of an ordinary tick.
      const ticks: { ms: number; due: number }[] = [];
      for (let minute = 1; minute <= 60; minute++) {
        const at = BUSIEST + minute * MINUTE + 1_000;
        const tickStarted = performance.now();
        const report = await runner.runDue(at);
        ticks.push({ ms: performance.now() - tickStarted, due: report.due });
      }
      const busy = ticks.filter((tick) => tick.due > 0);
      const busyMs = busy.map((tick) => tick.ms).sort((a, b) => a - b);
      const busyDue = busy.map((tick) => tick.due).sort((a, b) => a - b);
      const fullest = busy.reduce((max, tick) => (tick.due > max.due ? tick : max), { ms: 0, due: 0 });

      const n = (value: number) => value.toLocaleString('en');
      return [
        { name: `build ${n(CHATS)} chats, 2 days of articles, history`, value: round(buildSeconds, 1), unit: 's' },
        { name: 'tick with no chat due, median', value: round(percentile(idle, 50), 3), unit: 'ms' },
        {
          name: `tick with no chat due, p99 (${n(IDLE_TICKS)} ticks)`,
          value: round(percentile(idle, 99), 3),
          unit: 'ms',
          goal: { atMost: GOAL_IDLE_TICK_MS },
        },
        {
          name: `busiest minute: ${n(peak.due)} chats due, all queued`,
          value: round(seconds, 2),
          unit: 's',
          goal: { atMost: GOAL_BUSIEST_S },
        },
        { name: 'busiest minute: briefings with something new', value: peak.briefings, unit: '' },
        { name: 'busiest minute: messages queued', value: peak.messages, unit: '' },
        { name: 'busiest minute: per chat', value: round((seconds * 1000) / Math.max(1, peak.due), 3), unit: 'ms' },
        { name: 'busiest minute: longest the event loop waited', value: round(loop.max / 1e6, 1), unit: 'ms' },
        { name: 'busiest minute: RSS before it', value: Math.round(rssBefore / 2 ** 20), unit: 'MB' },
        { name: 'busiest minute: RSS peak during it', value: Math.round(rssPeak / 2 ** 20), unit: 'MB' },
        {
          name: `the hour after: ${busy.length} ticks with chats due (median ${n(busyDue.length ? percentile(busyDue, 50) : 0)} chats), median`,
          value: round(busyMs.length ? percentile(busyMs, 50) : 0, 1),
          unit: 'ms',
        },
        { name: `the hour after: fullest tick (${n(fullest.due)} chats)`, value: round(fullest.ms, 1), unit: 'ms' },
      ];
    } finally {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
