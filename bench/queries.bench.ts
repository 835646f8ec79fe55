import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../src/model/language.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { ReaderService } from '../src/briefing/reader-service.ts';
import { refreshWordSample, SAMPLE_ARTICLES } from '../src/store/search-sample.ts';
import { ArticleLinkStore } from '../src/store/article-links.ts';
import { SavedSearchStore } from '../src/store/saved-searches.ts';
import { StoryArticleStore } from '../src/store/story-articles.ts';
import type { Topic } from '../src/model/topics.ts';
import { MAX_TERMS } from '../src/text/search-query.ts';
import { timeMs, type Benchmark, type Figure } from './harness.ts';
import { seededRandom as random } from '../tests/support/random.ts';

const ARTICLES = 1_000_000;
const FEEDS = 30;
const DAYS = 90;
const BATCH = 50_000;
const QUERIES = 300;
const WARM_UP = 30;
const GOAL_P99_MS = 20;
const LANGS: readonly Language[] = ['ar', 'ru', 'en'];
/** Topic slugs with a skewed share of articles, as real feeds have (security everywhere, Libya rarely). */
const TOPICS: readonly [string, number][] = [
  ['security', 25],
  ['economy', 22],
  ['gulf', 15],
  ['palestine', 12],
  ['iran', 10],
  ['energy', 8],
  ['syria', 4],
  ['un', 2.5],
  ['yemen', 1],
  ['libya', 0.5],
];
/** Bump when the generator changes: the built file is cached in the temp folder under this key. */
const CORPUS_VERSION = 'v2';

/** Real words a reader searches for, written as readers type them (the generator inflects them). */
const SEED_WORDS: Record<Language, string[]> = {
  ru: 'лавров министр переговоры санкции кувейт иран сирия нефть безопасность россия захарова оон совет посол визит саммит договор кризис урегулирование палестина израиль газ опек сотрудничество торговля инвестиции делегация заявление консультации президент премьер'.split(
    ' ',
  ),
  en: 'minister talks sanctions kuwait iran syria oil security russia lavrov council ambassador visit summit treaty crisis settlement palestine israel gas opec cooperation trade investment delegation statement consultations president ministry'.split(
    ' ',
  ),
  ar: 'الخارجية وزير لافروف الكويت إيران سوريا النفط الأمن روسيا مجلس سفير زيارة قمة اتفاقية أزمة تسوية فلسطين إسرائيل الغاز أوبك التعاون التجارة الاستثمار وفد بيان مشاورات الرئيس المفاوضات العلاقات'.split(
    ' ',
  ),
};
const SYLLABLES: Record<Language, string[]> = {
  ru: 'ка ро ми на ст пра во де ли то ре ва ко ны те за по ле ди ма'.split(' '),
  en: 'ta ri con ex pro men tion al in de ver sta ble ment ter lo ca pa ni or'.split(' '),
  ar: 'تع مل كت سا رب قد حم نظ فق جل عد وض سل خط بر دم شر حك طن قو'.split(' '),
};
const RU_ENDINGS = ['', '', '', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ах', 'и'];
const AR_PREFIXES = ['', '', '', 'و', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل'];
const EN_SUFFIXES = ['', '', '', 's', 'ed', 'ing'];

/** The most frequent words of real text, which readers seldom search for: they head the Zipf ranking. */
const FUNCTION_WORDS: Record<Language, string[]> = {
  ru: 'и в на с по что не о к из у за от для как это он она они но а же его их при после также'.split(' '),
  en: 'the of and to in a on for with that is was by at as from it said has have be this its which'.split(' '),
  ar: 'في من على الى ان عن مع التي الذي هذا هذه كان بين بعد قد او ما لا ثم حيث كما عند خلال ذلك'.split(' '),
};

/**
 * A language's word forms, repeated by Zipf frequency in one flat table so a draw is one index:
 * function words first, then 3,000 lemmas with their inflected or clitic forms. The seed words sit
 * at ranks 55–350, where names and topic words of real news fall (each in roughly 5–35% of the
 * articles), not at the top, where they would be in nine articles of ten.
 */
function vocabulary(language: Language, rnd: () => number): string[] {
  const syllables = SYLLABLES[language];
  const generated = new Set<string>();
  const seeds = new Set(SEED_WORDS[language].map((word) => word.toLowerCase()));
  while (generated.size < 3_000) {
    const count = 2 + Math.floor(rnd() * 3);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[Math.floor(rnd() * syllables.length)];
    if (!seeds.has(word)) generated.add(word);
  }
  const lemmas = [...generated];
  [...seeds].forEach((seed, i) => lemmas.splice(30 + 10 * i, 0, seed));
  const table: string[] = [];
  [...FUNCTION_WORDS[language], ...lemmas].forEach((lemma, rank) => {
    const copies = Math.max(1, Math.round(4_000 / (rank + 8)));
    const functionWord = rank < FUNCTION_WORDS[language].length;
    for (let i = 0; i < copies; i++) table.push(functionWord ? lemma : inflect(lemma, language, rnd));
  });
  return table;
}

function inflect(lemma: string, language: Language, rnd: () => number): string {
  const pick = (list: string[]) => list[Math.floor(rnd() * list.length)]!;
  if (language === 'ru') return /[бвгджзклмнпрстфхцчшщ]$/.test(lemma) ? lemma + pick(RU_ENDINGS) : lemma;
  if (language === 'ar') return pick(AR_PREFIXES) + lemma.replace(/^ال/, '').normalize('NFKC').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
  return lemma + pick(EN_SUFFIXES);
}

function words(table: string[], count: number, rnd: () => number): string {
  const out: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = table[Math.floor(rnd() * table.length)]!;
  return out.join(' ');
}

function pickTopics(rnd: () => number): string[] {
  const total = TOPICS.reduce((sum, [, weight]) => sum + weight, 0);
  const chosen = new Set<string>();
  const count = 1 + Math.floor(rnd() * 3);
  while (chosen.size < count) {
    let r = rnd() * total;
    for (const [slug, weight] of TOPICS)
      if ((r -= weight) <= 0) {
        chosen.add(slug);
        break;
      }
  }
  return [...chosen];
}

/**
 * Fills a new database straight through prepared statements, one transaction per BATCH rows, with
 * durability off while building (the file is thrown away if the build fails). Article text is
 * generated already folded, so it goes into articles_fts as it is.
 */
function build(path: string, end: number): void {
  const db = openDatabase(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const rnd = random(42);
  const tables = Object.fromEntries(LANGS.map((language) => [language, vocabulary(language, rnd)])) as Record<Language, string[]>;
  const feed = db.prepare('INSERT INTO feeds (url, name, language, created_at, updated_at) VALUES (?, ?, ?, 0, 0)');
  for (let i = 0; i < FEEDS; i++) feed.run(`https://bench.invalid/${i}`, `Feed ${i}`, LANGS[i % 3]);
  const article = db.prepare(
    `INSERT INTO articles (id, feed_id, stable_id, title, link, language, text, content_hash, published_at, fetched_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fts = db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
  const topic = db.prepare("INSERT INTO article_topics (article_id, topic, source) VALUES (?, ?, 'text')");
  const start = end - DAYS * 86_400_000;
  for (let first = 1; first <= ARTICLES; first += BATCH) {
    db.transaction(() => {
      for (let id = first; id < first + BATCH && id <= ARTICLES; id++) {
        const feedId = 1 + Math.floor(rnd() * FEEDS);
        const language = LANGS[(feedId - 1) % 3]!;
        // Arrival order is roughly publication order, with a few hours of jitter between feeds.
        const publishedAt = Math.round(start + (id / ARTICLES) * (end - start) - rnd() * 6 * 3_600_000);
        const title = words(tables[language], 8 + Math.floor(rnd() * 7), rnd);
        const body = words(tables[language], 60 + Math.floor(rnd() * 61), rnd);
        article.run(
          id,
          feedId,
          `g${id}`,
          title,
          `https://bench.invalid/a/${id}`,
          language,
          body,
          id.toString(16),
          publishedAt,
          publishedAt,
          publishedAt,
        );
        fts.run(id, title, body);
        for (const slug of pickTopics(rnd)) topic.run(id, slug);
      }
    })();
  }
  linkRecent(db, end);
  db.pragma('journal_mode = WAL');
  db.close();
}

/**
 * A fifth of the last week's articles linked to a report in another language, as the linker links
 * them, so that /latest reads coverage lines as it does in use.
 */
function linkRecent(db: Db, end: number): void {
  const rnd = random(99);
  const recent = db.prepare('SELECT id, language FROM articles WHERE published_at >= ? ORDER BY id').all(end - 7 * 86_400_000) as {
    id: number;
    language: Language;
  }[];
  const link = db.prepare('INSERT OR IGNORE INTO article_links (article_id, linked_id, score) VALUES (?, ?, 4)');
  db.transaction(() => {
    for (let k = 0; k + 1 < recent.length; k++) {
      const [a, b] = [recent[k]!, recent[k + 1]!];
      if (a.language === b.language || rnd() >= 0.2) continue;
      link.run(a.id, b.id);
      link.run(b.id, a.id);
    }
  })();
}

function migrationsKey(): string {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'store', 'migrations');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .join('+')
    .replace(/\.sql/g, '');
}

/** The cached corpus file, built when missing; returns its path and the build time (0 when cached). */
function corpus(): { path: string; buildSeconds: number; cached: boolean; end: number } {
  const dir = join(tmpdir(), 'diplobrief-bench-queries');
  const path = join(dir, `corpus-${CORPUS_VERSION}-${ARTICLES}-${migrationsKey()}.db`);
  // Dates are pinned so that a cached file stays valid: "now" is the newest article's day.
  const end = Date.UTC(2025, 5, 30);
  if (existsSync(path)) return { path, buildSeconds: 0, cached: true, end };
  mkdirSync(dir, { recursive: true });
  const partial = `${path}.building-${process.pid}`;
  const seconds = timeMs(() => build(partial, end)) / 1000;
  renameSync(partial, path);
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  return { path, buildSeconds: seconds, cached: false, end };
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! * 100) / 100;
}

function measure(label: string, run: (i: number) => unknown): Figure[] {
  for (let i = 0; i < WARM_UP; i++) run(i);
  const times = Array.from({ length: QUERIES }, (_, i) => timeMs(() => run(i + WARM_UP))).sort((a, b) => a - b);
  return [
    { name: `${label} p50`, value: percentile(times, 50), unit: 'ms' },
    { name: `${label} p99`, value: percentile(times, 99), unit: 'ms', goal: { atMost: GOAL_P99_MS } },
  ];
}

/**
 * What readers type: one to three words, half of them the seed words (frequent: the window fills at
 * once), half any word form of the vocabulary (mostly rare: FTS5 reads whole doclists, and an AND of
 * a frequent and a rare word walks the rare one).
 */
function searchText(seeds: string[], forms: string[], count: number, rnd: () => number): string {
  return Array.from({ length: count }, () => {
    const list = rnd() < 0.5 ? seeds : forms;
    return list[Math.floor(rnd() * list.length)];
  }).join(' ');
}

/**
 * `queries`: /latest (a reader's followed topics), /topic (one topic) and /search over 1,000,000
 * generated articles in a file database opened as the bot opens it.
 */
export const queriesBenchmark: Benchmark = {
  name: 'queries',
  run(): Figure[] {
    const { path, buildSeconds, cached, end } = corpus();
    const db: Db = openDatabase(path);
    const rnd = random(7);
    // The build's vocabularies again (same seed, same order), as sets of distinct word forms.
    const vocabularyRnd = random(42);
    const forms = Object.fromEntries(LANGS.map((language) => [language, [...new Set(vocabulary(language, vocabularyRnd))]])) as Record<
      Language,
      string[]
    >;
    const slugs = TOPICS.map(([slug]) => slug);
    const language = (i: number) => LANGS[i % 3]!;
    // What the handlers call: the reader service (store query, story grouping, search and its page of articles).
    const savedSearches = new SavedSearchStore(db, () => end);
    const reader = new ReaderService({
      db,
      articles: new StoryArticleStore(db),
      searches: savedSearches,
      now: () => end,
      links: new ArticleLinkStore(db),
    });
    const figures: Figure[] = [
      ...measure('/latest (3–10 followed topics, 10 newest stories)', (i) => {
        const chosen = slugs.filter(() => rnd() < 0.5).slice(0, 10);
        const topics = (chosen.length >= 3 ? chosen : slugs.slice(0, 3)) as Topic[];
        const page = reader.latest({ language: language(i), topics, count: 10 });
        // Every third query turns the page, as the "more" button does.
        if (i % 3 === 0 && page.nextBefore !== undefined)
          reader.latest({ language: language(i), topics, count: 10, before: page.nextBefore });
      }),
      ...measure('/latest with /sources all (the three languages, coverage lines)', (i) => {
        const chosen = slugs.filter(() => rnd() < 0.5).slice(0, 10);
        const topics = (chosen.length >= 3 ? chosen : slugs.slice(0, 3)) as Topic[];
        const page = reader.latest({ language: language(i), topics, count: 10, sources: 'all' });
        if (i % 3 === 0 && page.nextBefore !== undefined)
          reader.latest({ language: language(i), topics, count: 10, before: page.nextBefore, sources: 'all' });
      }),
      ...measure('/topic (one topic, incl. the rarest)', (i) =>
        reader.topic({ language: language(i), topic: slugs[i % slugs.length] as Topic, count: 10 }),
      ),
      ...measure('/search (1–3 words, first or second page)', (i) => {
        const query = searchText(SEED_WORDS[language(i)], forms[language(i)], 1 + Math.floor(rnd() * 3), rnd);
        // One request per sample, as one press is: a new search, or (every fourth) a saved search's second page.
        if (i % 4 === 0) reader.searchMore(savedSearches.save(1, language(i), query, end), 10);
        else reader.search({ chatId: 1, language: language(i), query });
      }),
      ...measure(`/search (${MAX_TERMS} words, the most a query keeps)`, (i) =>
        reader.search({ chatId: 1, language: language(i), query: searchText(SEED_WORDS[language(i)], forms[language(i)], MAX_TERMS, rnd) }),
      ),
    ];
    // What the first /search in a language costs on top: its word sample (the warm-up built it), built again as the index grows by a tenth.
    const sampleMs = Math.max(...LANGS.map((language) => timeMs(() => refreshWordSample(db, language))));
    figures.push({
      name: `/search word sample, once per language (${SAMPLE_ARTICLES.toLocaleString('en')} newest articles)`,
      value: Math.round(sampleMs * 100) / 100,
      unit: 'ms',
    });
    db.close();
    const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
    return [
      ...figures,
      {
        name: cached
          ? `build ${ARTICLES.toLocaleString('en')} articles (cached file reused)`
          : `build ${ARTICLES.toLocaleString('en')} articles`,
        value: Math.round(buildSeconds),
        unit: 's',
      },
      { name: 'database size', value: mb(statSync(path).size), unit: 'MB' },
      { name: 'process RSS', value: mb(process.memoryUsage().rss), unit: 'MB' },
    ];
  },
};
