import { describe, expect, it } from 'vitest';
import { MAX_TERMS, matchExpression, parseSearchQuery, searchSnippet, termMatches, type SearchTerm } from '../../src/text/search-query.ts';

const only = (text: string): SearchTerm => {
  const query = parseSearchQuery(text);
  expect(query?.terms).toHaveLength(1);
  return query!.terms[0]!;
};
const matches = (text: string, word: string) => termMatches(only(text), word);

describe('parseSearchQuery: Russian word forms', () => {
  it('a surname in the nominative finds its cases, and not the word Snowball would reduce it to', () => {
    for (const form of ['лавров', 'лаврова', 'лаврову', 'лавровым', 'лаврове']) expect(matches('Лавров', form)).toBe(true);
    expect(matches('Лавров', 'лавры')).toBe(false);
    expect(matches('Лавров', 'лавр')).toBe(false);
  });

  it('a word typed in another case finds the rest (the ending goes)', () => {
    expect(new Set(only('Лаврова').forms)).toEqual(new Set(only('Лавров').forms));
    expect(matches('Лаврову', 'лавров')).toBe(true);
    expect(matches('санкции', 'санкциями')).toBe(true);
    expect(matches('переговорах', 'переговоры')).toBe(true);
    expect(matches('Сирия', 'сирии')).toBe(true);
    expect(matches('Россия', 'россией')).toBe(true);
  });

  it('a derivational suffix stays: безопасность finds безопасности (Snowball would cut it to безопасн)', () => {
    expect(matches('безопасность', 'безопасности')).toBe(true);
    expect(matches('Безопасности', 'безопасность')).toBe(true);
  });

  it('consonant-final names keep their last letters: Иран does not find Ирак', () => {
    expect(matches('Иран', 'ираном')).toBe(true);
    expect(matches('Иран', 'ирак')).toBe(false);
    expect(matches('Кувейт', 'кувейта')).toBe(true);
  });

  it('short words match whole: ЕС does not find если, газ not газета', () => {
    expect(only('ЕС').forms).toEqual(['ес']);
    expect(matches('газ', 'газета')).toBe(false);
    expect(matches('газа', 'газета')).toBe(false);
  });

  it('folds ё and stress marks as the index does', () => {
    expect(only('её').word).toBe('ее');
    expect(matches('Лавро́ва', 'лаврову')).toBe(true);
  });
});

describe('parseSearchQuery: English word forms', () => {
  it('minister finds ministers; policy finds policies', () => {
    expect(matches('minister', 'ministers')).toBe(true);
    expect(matches('ministers', 'minister')).toBe(true);
    expect(matches('policy', 'policies')).toBe(true);
    expect(matches('policy', 'police')).toBe(false);
    expect(matches('war', 'wars')).toBe(true);
    expect(matches('war', 'warn')).toBe(false);
  });
});

describe('parseSearchQuery: Arabic clitics, harakat and alef forms', () => {
  it('الخارجية finds the word under every conjunction, preposition and article', () => {
    for (const form of ['الخارجيه', 'والخارجيه', 'بالخارجيه', 'للخارجيه', 'فالخارجيه', 'خارجيه', 'وبالخارجيه']) {
      expect(matches('الخارجية', form)).toBe(true);
    }
    expect(matches('الخارجية', 'الداخليه')).toBe(false);
  });

  it('a typed clitic form is reduced to the same base', () => {
    const forms = new Set(only('الخارجية').forms);
    expect(new Set(only('والخارجية').forms)).toEqual(forms);
    expect(new Set(only('للخارجية').forms)).toEqual(forms);
  });

  it('harakat and alef forms fold away in the query', () => {
    expect(only('الخارجيّة').word).toBe('الخارجيه');
    expect(only('إيران').word).toBe('ايران');
    expect(matches('أمن', 'والامن')).toBe(true);
  });

  it('a root letter that looks like a clitic stays: وزير, لبنان', () => {
    expect(only('وزير').word).toBe('وزير');
    expect(matches('وزير', 'والوزير')).toBe(true);
    expect(matches('لبنان', 'ولبنان')).toBe(true);
    expect(matches('لبنان', 'بنان')).toBe(false);
  });

  it('forms only add clitics: مصر does not find مصرف', () => {
    expect(matches('مصر', 'بمصر')).toBe(true);
    expect(matches('مصر', 'مصرف')).toBe(false);
  });
});

describe('parseSearchQuery: the MATCH expression', () => {
  it('ANDs the words, ORs each word’s forms, quotes every token', () => {
    expect(parseSearchQuery('Lavrov minister')?.match).toMatch(
      /^\("lavrov" OR "lavrovs" OR .*\) AND \("minister" OR "ministers" OR .*\)$/u,
    );
    expect(parseSearchQuery('UN 2025')?.match).toBe('"un" AND "2025"');
    expect(parseSearchQuery('الخارجية')?.match.split(' OR ')).toHaveLength(24);
  });

  it('writes any subset of the terms the same way (a search may hand some of them to FTS5)', () => {
    const query = parseSearchQuery('Lavrov minister UN')!;
    expect(matchExpression(query.terms)).toBe(query.match);
    expect(matchExpression([query.terms[2]!, query.terms[0]!])).toBe(`"un" AND ${query.match.split(' AND ')[0]}`);
  });

  it('turns FTS5 syntax into words or nothing', () => {
    const query = parseSearchQuery('title:"Lavrov" OR NOT (iran*) NEAR/3 -x ^y');
    expect(query?.terms.map((term) => term.word)).toEqual(
      ['title', 'lavrov', 'or', 'not', 'iran', 'near', '3', 'x', 'y'].slice(0, MAX_TERMS),
    );
    // Outside its quoted strings the expression holds only the operators this module writes.
    expect(query?.match.replace(/"(?:[^"]|"")*"/gu, '')).toMatch(/^(?:[()*\s]|OR|AND)*$/u);
  });

  it('nothing searchable gives undefined', () => {
    for (const text of ['', '   ', '"" ** () - ^ :', '🙂🇷🇺', '\u200f\u064b\u0651']) expect(parseSearchQuery(text)).toBeUndefined();
  });

  it('caps terms, word length and input length; drops repeated words', () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(parseSearchQuery(many)?.terms).toHaveLength(MAX_TERMS);
    expect(only('x'.repeat(3_000)).word).toHaveLength(40);
    expect(parseSearchQuery('iran Iran IRAN')?.terms).toHaveLength(1);
  });
});

describe('searchSnippet', () => {
  it('shows the original text (harakat and case kept) around the first matching word', () => {
    const query = parseSearchQuery('الخارجية')!;
    const text = 'مقدمة. '.repeat(20) + 'قال وزيرُ الخارجيّةِ إن المحادثات مثمرة.';
    const snippet = searchSnippet(text, query)!;
    expect(snippet).toContain('الخارجيّةِ');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(170);
  });

  it('is undefined when no word of the text matches', () => {
    expect(searchSnippet('Nothing relevant here.', parseSearchQuery('Lavrov')!)).toBeUndefined();
  });
});
