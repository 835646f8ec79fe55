import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { searchArticles, SEARCH_WINDOW } from '../../src/store/search.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 30, 12);

let db: Db;
let articles: ArticleStore;
let feedId: number;
let serial = 0;

beforeEach(() => {
  db = openDatabase(':memory:');
  articles = new ArticleStore(db, () => NOW);
  feedId = new FeedStore(db, () => NOW).add({ url: 'https://agency.example/rss', topics: [] }).id;
});
afterEach(() => db.close());

/** Stores one article as ingestion does (folded into the index by ArticleStore), with the topics given. */
function add(language: Language, title: string, text: string, ageDays = 0, topics: string[] = []): number {
  serial += 1;
  const report = articles.saveFeedArticles(
    feedId,
    [
      {
        stableId: `a${serial}`,
        title,
        link: `https://agency.example/${serial}`,
        publishedAt: new Date(NOW - ageDays * DAY),
        html: '',
        text,
        author: null,
        categories: [],
        declaredLanguage: language,
        contentHash: `h${serial}`,
        feedTopics: topics,
      },
    ],
    () => ({ language, textTopics: [], summary: { headline: title, lead: '', sections: [] } }),
  );
  return report.added[0]!;
}

const search = (query: string, language: Language, extra: { limit?: number; offset?: number } = {}) =>
  searchArticles(db, { query, language, limit: extra.limit ?? 10, offset: extra.offset ?? 0, now: NOW });
const ids = (query: string, language: Language) => search(query, language).hits.map((hit) => hit.id).sort((a, b) => a - b);

describe('searchArticles: word forms', () => {
  it('Лавров finds Лаврова and Лаврову, not лавры', () => {
    const genitive = add('ru', 'Встреча', 'Переговоры Сергея Лаврова с коллегой прошли в Москве.');
    const dative = add('ru', 'Лаврову вручили послание', 'Послание передано министру.');
    add('ru', 'Спорт', 'Команда почивает на лаврах, лавры достались гостям.');
    expect(ids('Лавров', 'ru')).toEqual([genitive, dative]);
  });

  it('Russian forms both ways: Россия finds России, переговорах finds переговоры', () => {
    const russia = add('ru', 'Визит', 'Делегация России прибыла в Эр-Рияд.');
    const talks = add('ru', 'Переговоры продолжатся', 'Стороны договорились.');
    expect(ids('Россия', 'ru')).toEqual([russia]);
    expect(ids('переговорах', 'ru')).toEqual([talks]);
  });

  it('الخارجية finds والخارجية, and the word with harakat or another alef form', () => {
    const clitic = add('ar', 'بيان', 'أكدت وزارة الدفاع والخارجية أن المحادثات مستمرة.');
    const harakat = add('ar', 'وزيرُ الخارجيّةِ يزور الكويت', 'زيارة رسمية.');
    add('ar', 'الداخلية', 'وزارة الداخلية تعلن.');
    expect(ids('الخارجية', 'ar')).toEqual([clitic, harakat]);
    const alef = add('ar', 'إيران والخليج', 'محادثات مع إيران.');
    expect(ids('ايران', 'ar')).toEqual([alef]);
    expect(ids('الخارجيّة', 'ar')).toEqual([clitic, harakat]);
  });

  it('minister finds ministers; every word must match', () => {
    const plural = add('en', 'Ministers meet in Kuwait', 'Foreign ministers discussed the Gulf.');
    const both = add('en', 'Lavrov and the minister', 'The minister met Lavrov in Moscow.');
    expect(ids('minister', 'en')).toEqual([plural, both]);
    expect(ids('minister Lavrov', 'en')).toEqual([both]);
    expect(ids('minister Beijing', 'en')).toEqual([]);
  });
});

describe('searchArticles: language, order, paging', () => {
  it('returns only articles in the asked language', () => {
    add('en', 'OPEC meets', 'OPEC output.');
    const ru = add('ru', 'ОПЕК+ и OPEC', 'Решение OPEC.');
    expect(ids('OPEC', 'ru')).toEqual([ru]);
  });

  it('ranks a title match above a passing mention of the same age, and a fresh story above a stale one', () => {
    const mention = add('en', 'Gulf talks', 'Delegates met. Sanctions were mentioned once.');
    const about = add('en', 'Sanctions on Iran', 'New sanctions and more sanctions.');
    expect(search('sanctions', 'en').hits.map((hit) => hit.id)).toEqual([about, mention]);
    const stale = add('en', 'Oil sanctions', 'Sanctions sanctions.', 30);
    const fresh = add('en', 'Oil sanctions', 'Sanctions sanctions.', 0);
    expect(search('oil sanctions', 'en').hits.map((hit) => hit.id)).toEqual([fresh, stale]);
  });

  it('pages with offset and counts the matches; hits carry a snippet of the original text', () => {
    const all = Array.from({ length: 25 }, (_, i) => add('en', `Briefing ${i}`, `Item ${i}: the Security Council met today.`, i));
    const first = search('council', 'en', { limit: 10 });
    expect(first.total).toBe(25);
    expect(first.hits.map((hit) => hit.id)).toEqual(all.slice(0, 10).map((id) => id));
    const third = search('council', 'en', { limit: 10, offset: 20 });
    expect(third.hits.map((hit) => hit.id)).toEqual(all.slice(20));
    expect(search('council', 'en', { offset: 40 })).toEqual({ total: 25, hits: [] });
    expect(first.hits[0]).toMatchObject({ title: 'Briefing 0', feedId, link: expect.stringContaining('agency.example'), snippet: 'Item 0: the Security Council met today.' });
  });

  it('says total is unknown past the window', () => {
    db.transaction(() => {
      for (let i = 0; i < SEARCH_WINDOW + 5; i++) add('en', `Note ${i}`, 'Common words only.', i / 100);
    })();
    const result = search('common', 'en');
    expect(result.total).toBeUndefined();
    expect(result.hits).toHaveLength(10);
  });
});

describe('searchArticles: hostile input', () => {
  const HOSTILE = [
    '', ' ', '"', '""', '"""', "'; DROP TABLE articles; --", 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(a b, 2)', 'a AND', 'OR b', 'NOT NOT',
    '*', 'a*', '*a', '(', ')', '(()', 'a)', '-', '-a', '^', '^a', ':', 'title:x', 'body:', '{title body}:x', 'a + b', 'x"y', '🙂', '🇷🇺🇸🇦',
    '\u0000', '\u200f\u200e', '\u064b\u0651', 'ـــ', '٫', 'a'.repeat(3_000), 'Лавров '.repeat(500), '(((((((((( x', '"a" "b"*', 'rowid:1',
  ];
  const PIECES = [...HOSTILE, 'Лавров', 'الخارجية', 'minister', 'x', '1', 'é', 'ё', '\uFDFD', '\u{1F600}', '\\', '%', '_', '\n', '\t', '\uD800'];

  it('never throws, for known traps and a few hundred generated strings', () => {
    add('en', 'A minister', 'Text with "quotes" and AND OR NOT words.');
    let seed = 1;
    const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const generated = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(rnd() < 0.5 ? ' ' : ''),
    );
    for (const query of [...HOSTILE, ...generated]) {
      for (const language of ['en', 'ru', 'ar'] as const) {
        const result = searchArticles(db, { query, language, limit: 10, offset: 0, now: NOW });
        expect(Array.isArray(result.hits)).toBe(true);
      }
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 1 });
  });

  it('nothing searchable gives { total: 0, hits: [] }', () => {
    add('en', 'Anything', 'Anything at all.');
    for (const query of ['', '   ', '"" ()*', '🙂', '-:^']) expect(search(query, 'en')).toEqual({ total: 0, hits: [] });
  });

  it('bad limits and offsets do not throw', () => {
    add('en', 'Iran', 'Iran.');
    expect(searchArticles(db, { query: 'iran', language: 'en', limit: Number.NaN, offset: -5 }).hits).toEqual([]);
    expect(searchArticles(db, { query: 'iran', language: 'en', limit: 1e9, offset: 1.7 }).hits).toHaveLength(0);
    expect(searchArticles(db, { query: 'iran', language: 'en', limit: 3, offset: Number.POSITIVE_INFINITY }).hits).toEqual([]);
  });
});

