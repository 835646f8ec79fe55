import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/language.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { DEFAULT_PLAN, searchArticles, SEARCH_WINDOW, type SearchPlan } from '../../src/store/search.ts';
import { refreshWordSample } from '../../src/store/search-sample.ts';
import { PLAIN_RANGES, wordFinder } from '../../src/text/word-finder.ts';
import { SavedSearchStore } from '../../src/store/saved-searches.ts';
import { foldForSearch } from '../../src/text/fold.ts';

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
const ids = (query: string, language: Language) =>
  search(query, language)
    .hits.map((hit) => hit.id)
    .sort((a, b) => a - b);

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
    expect(first.hits[0]).toMatchObject({
      title: 'Briefing 0',
      feedId,
      link: expect.stringContaining('agency.example'),
      snippet: 'Item 0: the Security Council met today.',
    });
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
    '',
    ' ',
    '"',
    '""',
    '"""',
    "'; DROP TABLE articles; --",
    'AND',
    'OR',
    'NOT',
    'NEAR',
    'NEAR(a b, 2)',
    'a AND',
    'OR b',
    'NOT NOT',
    '*',
    'a*',
    '*a',
    '(',
    ')',
    '(()',
    'a)',
    '-',
    '-a',
    '^',
    '^a',
    ':',
    'title:x',
    'body:',
    '{title body}:x',
    'a + b',
    'x"y',
    '🙂',
    '🇷🇺🇸🇦',
    '\u0000',
    '\u200f\u200e',
    '\u064b\u0651',
    'ـــ',
    '٫',
    'a'.repeat(3_000),
    'Лавров '.repeat(500),
    '(((((((((( x',
    '"a" "b"*',
    'rowid:1',
  ];
  const PIECES = [
    ...HOSTILE,
    'Лавров',
    'الخارجية',
    'minister',
    'x',
    '1',
    'é',
    'ё',
    '\uFDFD',
    '\u{1F600}',
    '\\',
    '%',
    '_',
    '\n',
    '\t',
    '\uD800',
  ];

  it('never throws, for known traps and a few hundred generated strings', () => {
    add('en', 'A minister', 'Text with "quotes" and AND OR NOT words.');
    let seed = 1;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
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

describe('searchArticles: how a search runs does not change what it finds', () => {
  /** FTS5 alone, newest first (as before plans) and oldest first; FTS5 walking only the rarest word, the rest checked in JavaScript; and the fallbacks. */
  const PLANS: Record<string, SearchPlan> = {
    'FTS5 alone': { ...DEFAULT_PLAN, candidates: 0, sparse: 0 },
    'FTS5 alone, oldest first': { ...DEFAULT_PLAN, candidates: 0, sparse: Number.POSITIVE_INFINITY },
    'rarest word only': { ...DEFAULT_PLAN, candidates: Number.POSITIVE_INFINITY, maxCandidates: 1e9 },
    default: DEFAULT_PLAN,
    'too many candidates': { ...DEFAULT_PLAN, candidates: Number.POSITIVE_INFINITY, maxCandidates: 3 },
    'no rechecks': { ...DEFAULT_PLAN, candidates: Number.POSITIVE_INFINITY, maxCandidates: 1e9, maxRechecks: 0 },
  };
  const results = (query: string, language: Language, extra: { offset?: number } = {}) =>
    Object.entries(PLANS).map(
      ([name, plan]) => [name, searchArticles(db, { query, language, limit: 10, offset: extra.offset ?? 0, now: NOW }, plan)] as const,
    );
  const expectAgreement = (query: string, language: Language, extra: { offset?: number } = {}) => {
    const [baseline, ...others] = results(query, language, extra);
    for (const [name, result] of others) expect({ plan: name, query, result }).toEqual({ plan: name, query, result: baseline![1] });
    return baseline![1];
  };

  it('agrees over generated articles and queries, in three languages, with text FTS5 reads differently', () => {
    const words: Record<'ru' | 'ar' | 'en', string[]> = {
      ru: [
        'Лавров',
        'Лаврова',
        'лаврову',
        'министр',
        'министры',
        'переговоры',
        'переговорах',
        'Иран',
        'Ирак',
        'нефть',
        'лавры',
        'ОПЕК',
        'Лавров̆',
        'Łódź',
        'хинди',
        'हिन्दी',
        'x',
      ],
      ar: ['الخارجية', 'والخارجية', 'وزير', 'والوزير', 'إيران', 'ايران', 'الكويت', 'بالكويت', 'النفط', 'الخارجيّة', 'مصر', 'مصرف', 'Łódź'],
      en: [
        'minister',
        'ministers',
        'talks',
        'talked',
        'Iran',
        'oil',
        'policy',
        'policies',
        'police',
        'Kuwait',
        'Łódź',
        'Lodz',
        'café',
        'cafe',
      ],
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const phrase = (language: 'ru' | 'ar' | 'en', count: number) => Array.from({ length: count }, () => pick(words[language])).join(' ');
    db.transaction(() => {
      for (let i = 0; i < 240; i++) {
        const language = pick(['ru', 'ar', 'en'] as const);
        add(language, phrase(language, 3), `${phrase(language, 6)}. ${phrase(language, 6)}.`, rnd() * 20);
      }
    })();
    for (let i = 0; i < 120; i++) {
      const language = pick(['ru', 'ar', 'en'] as const);
      expectAgreement(phrase(language, 1 + Math.floor(rnd() * 6)), language);
      // Articles arriving after the word sample was built change nothing either.
      if (i % 40 === 0) add(language, phrase(language, 3), phrase(language, 8));
    }
  });

  it('finds a word whose text FTS5 tokenizes otherwise (a breve it drops), whichever way it runs', () => {
    const breve = add('ru', 'Визит', 'Министр Лавров̆ прибыл в Эр-Рияд.');
    const plain = add('ru', 'Визит', 'Министр Лавров прибыл в Эр-Рияд.');
    add('ru', 'Визит', 'Министр прибыл в Эр-Рияд.');
    for (const [, result] of results('Лавров министр', 'ru'))
      expect(result.hits.map((hit) => hit.id).sort((a, b) => a - b)).toEqual([breve, plain]);
  });

  it('a row FTS5 has to recheck is left out when it lacks a word', () => {
    const both = add('en', 'Łódź talks', 'The minister met in Łódź.');
    add('en', 'Łódź talks', 'The mayor met in Łódź.');
    add('en', 'Łódź visit', 'The minister met the mayor in Łódź.');
    for (const [, result] of results('talks minister', 'en')) expect(result.hits.map((hit) => hit.id)).toEqual([both]);
  });

  it('pages and counts alike past the window', () => {
    db.transaction(() => {
      for (let i = 0; i < SEARCH_WINDOW + 20; i++) add('en', `Note ${i}`, i % 2 ? 'Oil talks resumed.' : 'Oil prices.', i / 100);
    })();
    expect(expectAgreement('oil talks', 'en').total).toBe((SEARCH_WINDOW + 20) / 2);
    expect(expectAgreement('oil', 'en').total).toBeUndefined();
    expectAgreement('oil talks', 'en', { offset: 150 });
  });

  it("builds a language's word sample again on request, finding the same", () => {
    const id = add('en', 'Kuwait oil talks', 'The minister spoke.');
    refreshWordSample(db, 'en');
    expect(search('kuwait minister', 'en').hits.map((hit) => hit.id)).toEqual([id]);
  });
});

describe("the characters JavaScript checks are left as they are by the index's tokenizer", () => {
  it('tokenizes each of them, between two letters, as one unchanged word', () => {
    const characters = PLAIN_RANGES.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
    );
    db.exec('CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, articles_fts, instance)');
    const insert = db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
    db.transaction(() => characters.forEach((character, i) => insert.run(i + 1, `a${character}b`, '')))();
    const terms = new Map(
      (db.prepare('SELECT doc, term FROM temp.fts_terms').all() as { doc: number; term: string }[]).map((row) => [row.doc, row.term]),
    );
    const changed = characters.filter((character, i) => terms.get(i + 1) !== `a${character}b`);
    expect(changed).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM temp.fts_terms').get()).toEqual({ n: characters.length });
  });

  it('folded text, which the check splits at spaces, holds nothing else between its words', () => {
    expect(foldForSearch('Лавров, «министр» — 2025: الخارجيّة!')).toBe('лавров министр 2025 الخارجيه');
  });
});

describe('wordFinder', () => {
  const padded = (text: string) => ` ${text} `;
  it('finds a whole word among the forms, by a shared start or end', () => {
    const russian = wordFinder(['лавров', 'лаврова', 'лаврову']);
    expect(russian(padded('встреча с лаврову сегодня'))).toBe(true);
    expect(russian(padded('лавров'))).toBe(true);
    expect(russian(padded('лавровый венок лавры'))).toBe(false);
    const arabic = wordFinder(['الخارجيه', 'والخارجيه', 'خارجيه']);
    expect(arabic(padded('وزير والخارجيه'))).toBe(true);
    expect(arabic(padded('بالخارجيه الداخليه'))).toBe(false);
    const unrelated = wordFinder(['un', 'onu']);
    expect(unrelated(padded('the onu said'))).toBe(true);
    expect(unrelated(padded('une onus'))).toBe(false);
  });
});

describe('SavedSearchStore', () => {
  it("saves and reads back a search, leaving the connection's synchronous setting as it was, in a transaction or not", () => {
    const searches = new SavedSearchStore(db, () => NOW);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const id = searches.save(1, 'en', 'oil');
    expect(searches.get(id)).toMatchObject({ chatId: 1, language: 'en', query: 'oil', createdAt: NOW });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // Inside a caller's transaction the setting cannot change; the save still works.
    const inner = db.transaction(() => searches.save(2, 'ru', 'нефть'))();
    expect(searches.get(inner)).toMatchObject({ chatId: 2, query: 'нефть' });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });
});
