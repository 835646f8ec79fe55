import { describe, expect, it } from 'vitest';
import { foldArticle, mutedBy, watchMatches, type FoldedArticle } from '../../src/watch/matcher.ts';
import { WatchIndex } from '../../src/watch/watch-index.ts';
import { parseMuteWords, parseWatch, type MuteWord, type WatchQuery } from '../../src/watch/query.ts';
import { seededRandom as random } from '../support/random.ts';

function watch(text: string): WatchQuery {
  const result = parseWatch(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error}`);
  return result.query;
}

function mutes(text: string): MuteWord[] {
  const result = parseMuteWords(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error}`);
  return result.words;
}

const matches = (text: string, title: string, body = '') => watchMatches(watch(text), foldArticle(title, body));

const YEMEN = foldArticle('UN Security Council extends Yemen sanctions', 'The Security Council adopted resolution 2216 on Yemen.');
const UKRAINE = foldArticle('Security Council debates Ukraine', 'Members of the Security Council met on Ukraine.');
const REVERSED = foldArticle('Yemen: the Council’s security role', 'A council on security matters in Yemen.');

describe('foldArticle', () => {
  it('keeps the folded words of the title, then of the body, and each distinct word once', () => {
    const article = foldArticle('Лавров: «Переговоры»', 'Вторая   ФРАЗА, переговоры.');
    expect(article.tokens.filter((token) => token !== '')).toEqual(['лавров', 'переговоры', 'вторая', 'фраза', 'переговоры']);
    expect([...article.tokenSet]).toEqual(['лавров', 'переговоры', 'вторая', 'фраза']);
  });
});

describe('watchMatches: word forms, as /search matches them', () => {
  it('Лавров matches an article that says Лаврова', () => {
    expect(matches('Лавров', 'Визит Лаврова в Эр-Рияд')).toBe(true);
  });

  it('الخارجية matches an article that says والخارجية', () => {
    expect(matches('الخارجية', 'اجتماع وزراء الدفاع والخارجية')).toBe(true);
  });

  it('minister matches an article that says ministers', () => {
    expect(matches('minister', 'Gulf ministers meet in Kuwait')).toBe(true);
  });

  it('needs every word: one missing, no match', () => {
    expect(matches('Lavrov Kuwait', 'Lavrov meets Kuwaiti envoy')).toBe(false);
    expect(matches('Lavrov Kuwait', 'Lavrov arrives in Kuwait')).toBe(true);
  });

  it('does not match a word inside another: Iran is not Iraq, war is not warn', () => {
    expect(matches('Iran', 'Iraq and Syria talks')).toBe(false);
    expect(matches('war', 'UN warns of famine')).toBe(false);
  });
});

describe('watchMatches: phrases and exclusions', () => {
  const securityCouncil = watch('"Security Council" -Ukraine');

  it('"Security Council" -Ukraine matches a resolution on Yemen', () => {
    expect(watchMatches(securityCouncil, YEMEN)).toBe(true);
  });

  it('"Security Council" -Ukraine does not match a debate on Ukraine', () => {
    expect(watchMatches(securityCouncil, UKRAINE)).toBe(false);
  });

  it('"Security Council" needs its words adjacent and in order: the Council’s security does not match', () => {
    expect(watchMatches(securityCouncil, REVERSED)).toBe(false);
  });

  it('matches each word of a phrase in any of its forms: «Совет Безопасности» finds Совета Безопасности', () => {
    expect(matches('«Совет Безопасности»', 'Заседание Совета Безопасности ООН')).toBe(true);
  });

  it('does not let a phrase run from the end of the title into the body', () => {
    expect(matches('"Yemen talks"', 'Envoy lands in Yemen', 'Talks start on Monday')).toBe(false);
  });

  it('excludes a phrase only where its words stand together', () => {
    expect(watchMatches(watch('Yemen -"Security Council"'), REVERSED)).toBe(true);
    expect(watchMatches(watch('Yemen -"Security Council"'), YEMEN)).toBe(false);
  });

  it('excludes a word in any of its forms', () => {
    expect(matches('Совбез -Украина', 'Совбез обсудил помощь Украине')).toBe(false);
  });

  it('matches a hyphenated watch where the article hyphenates or spaces the words', () => {
    expect(matches('Saudi-Iranian', 'Saudi–Iranian talks in Beijing')).toBe(true);
    expect(matches('Saudi-Iranian', 'Saudi Iranian talks in Beijing')).toBe(true);
    expect(matches('Saudi-Iranian', 'Iranian and Saudi envoys')).toBe(false);
  });

  it('never matches everything with a watch written as a pattern', () => {
    const articles = [YEMEN, UKRAINE, REVERSED, foldArticle('A B C', 'a b c, a-z'), foldArticle('Plan a b', 'minister.')];
    expect(parseWatch('.*').ok).toBe(false);
    for (const text of ['a|b', 'minister.*', '[a-z]+', '(Yemen)+$']) {
      const query = watch(text);
      const found = articles.filter((article) => watchMatches(query, article));
      expect(found.length, text).toBeGreaterThan(0);
      expect(found.length, text).toBeLessThan(articles.length);
    }
  });
});

describe('mutedBy', () => {
  it('gives the first muted word the article holds, in any of its forms', () => {
    const words = mutes('OPEC Хуситы');
    expect(mutedBy(words, foldArticle('Удары хуситов по судам', ''))?.text).toBe('Хуситы');
  });

  it('gives nothing when the article holds none of the words', () => {
    expect(mutedBy(mutes('OPEC Houthi'), YEMEN)).toBeUndefined();
  });

  it('mutes a hyphenated word only where its parts stand together', () => {
    expect(mutedBy(mutes('Al-Qaeda'), foldArticle('Al Qaeda claims attack', ''))?.text).toBe('Al-Qaeda');
    expect(mutedBy(mutes('Al-Qaeda'), foldArticle('Al-Sudani on Qaeda remnants', ''))).toBeUndefined();
  });
});

describe('WatchIndex', () => {
  it('gives a key once, even when the article holds several forms of its word', () => {
    const index = new WatchIndex<string>();
    index.add('a', watch('Лавров'));
    expect(index.match(foldArticle('Лавров и визит Лаврова', 'Лаврову вручили'))).toEqual(['a']);
  });

  it('gives the matching keys in the order they were added, identical watches included', () => {
    const index = new WatchIndex<number>();
    [watch('Iran'), watch('Yemen'), watch('iran'), watch('Security Council'), watch('Iran')].forEach((query, key) => index.add(key, query));
    expect(index.match(foldArticle('Iran and Yemen at the Security Council', ''))).toEqual([0, 1, 2, 3, 4]);
    expect(index.match(foldArticle('Iran', ''))).toEqual([0, 2, 4]);
  });

  it('forgets a deleted key, and a key added again moves to the end', () => {
    const index = new WatchIndex<string>();
    index.add('a', watch('Iran'));
    index.add('b', watch('Iran'));
    index.add('c', watch('Iran'));
    expect(index.delete('b')).toBe(true);
    index.add('a', watch('Iran -Yemen'));
    expect(index.match(foldArticle('Iran', ''))).toEqual(['c', 'a']);
    expect(index.match(foldArticle('Iran', 'Yemen'))).toEqual(['c']);
    expect(index.size).toBe(2);
  });

  it('keeps the order through many deletions, and finds nothing once every watch is deleted', () => {
    const index = new WatchIndex<number>();
    const [iran, council] = [watch('Iran'), watch('"Security Council" -Ukraine')];
    for (let key = 0; key < 6_000; key++) index.add(key, key % 2 === 0 ? iran : council);
    for (let key = 0; key < 6_000; key++) if (key % 3 !== 0) index.delete(key);
    expect(index.match(YEMEN)).toEqual(Array.from({ length: 1_000 }, (_, i) => 6 * i + 3));
    for (let key = 0; key < 6_000; key += 3) index.delete(key);
    expect(index.match(YEMEN)).toEqual([]);
    expect(index.size).toBe(0);
  });
});

/** Each word with forms an article may write it in; a watch is typed in any of them. */
// prettier-ignore
const LEXICON: string[][] = [
  'Лавров Лаврова Лаврову', 'министр министра министры', 'переговоры переговорах', 'санкции санкциями', 'Иран Ирана Ираном',
  'Сирия Сирии', 'Совет Совета', 'Безопасности безопасность', 'ООН', 'нефть нефти', 'визит визита', 'Украина Украины Украине',
  'Йемен Йемена', 'посол посла', 'и', 'в',
  'Lavrov', 'minister ministers', 'talks talk', 'sanctions sanction', 'Iran', 'Syria', 'Security', 'Council councils',
  'resolution resolutions', 'Ukraine', 'Yemen', 'oil', 'visit visits visited', 'U.S.', 'the', 'of', 'Saudi-Iranian',
  'الخارجية والخارجية بالخارجية', 'وزير والوزير', 'لافروف', 'إيران وإيران', 'سوريا', 'مجلس والمجلس', 'الأمن والأمن',
  'النفط', 'زيارة', 'اليمن واليمن', 'أوكرانيا', 'في', 'من',
].map((line) => line.split(' '));

function generatedWatches(count: number, rnd: () => number): WatchQuery[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const typed = () => pick(pick(LEXICON));
  const queries: WatchQuery[] = [];
  while (queries.length < count) {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 3) }, typed);
    if (rnd() < 0.3) parts.push(`"${typed()} ${typed()}"`);
    if (rnd() < 0.3) parts.push(rnd() < 0.7 ? `-${typed()}` : `-"${typed()} ${typed()}"`);
    const result = parseWatch(parts.join(' '));
    if (result.ok) queries.push(result.query);
  }
  return queries;
}

/** Articles from a few languages' words, with each word's lines repeated so that phrases happen. */
function generatedArticles(count: number, rnd: () => number): FoldedArticle[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const text = (length: number) => Array.from({ length }, () => (rnd() < 0.2 ? 'Security Council' : pick(pick(LEXICON)))).join(' ');
  return Array.from({ length: count }, () => foldArticle(text(3 + Math.floor(rnd() * 6)), text(5 + Math.floor(rnd() * 25))));
}

describe('WatchIndex against every watch tested one by one', () => {
  const rnd = random(20_250_630);
  const queries = generatedWatches(2_000, rnd);
  const articles = generatedArticles(300, rnd);
  const oneByOne = (keys: readonly number[], article: FoldedArticle) => keys.filter((key) => watchMatches(queries[key]!, article));

  it('finds the same keys for 2,000 generated watches in 300 generated articles, in the order they were added', () => {
    const index = new WatchIndex<number>();
    queries.forEach((query, key) => index.add(key, query));
    const keys = queries.map((_, key) => key);
    const found: number[] = [];
    for (const article of articles) {
      const expected = oneByOne(keys, article);
      expect(index.match(article)).toEqual(expected);
      found.push(...expected);
    }
    // The set is worth comparing: plenty of matches, far from all, phrases and exclusions among them.
    expect(found.length).toBeGreaterThan(5_000);
    expect(found.length).toBeLessThan((queries.length * articles.length) / 4);
    expect(found.filter((key) => queries[key]!.phrases.length > 0).length).toBeGreaterThan(1_000);
    expect(found.filter((key) => queries[key]!.excluded.phrases.length > 0).length).toBeGreaterThan(100);
  });

  it('finds the same keys before and after it files watches again by what articles held, through deletions and additions', () => {
    const index = new WatchIndex<number>();
    queries.forEach((query, key) => index.add(key, query));
    const keys = queries.map((_, key) => key);
    // Past the first re-filing (at 100 articles), the watches below are filed by counts rather than by length.
    for (const article of articles.slice(0, 150)) expect(index.match(article)).toEqual(oneByOne(keys, article));
    const kept = keys.filter((key) => key % 3 !== 0);
    for (let key = 0; key < queries.length; key += 3) index.delete(key);
    const readded = kept.filter((key) => key % 5 === 0);
    for (const key of readded) index.add(key, queries[key]!);
    const order = [...kept.filter((key) => key % 5 !== 0), ...readded];
    for (const article of articles) expect(index.match(article)).toEqual(oneByOne(order, article));
  });

  it('matches the same after its watches go through JSON and back', () => {
    const index = new WatchIndex<number>();
    queries.forEach((query, key) => index.add(key, JSON.parse(JSON.stringify(query)) as WatchQuery));
    const keys = queries.map((_, key) => key);
    for (const article of articles.slice(0, 50)) expect(index.match(article)).toEqual(oneByOne(keys, article));
  });
});
