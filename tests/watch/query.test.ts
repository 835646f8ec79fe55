import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/text/search-query.ts';
import {
  MAX_MUTE_CHARS,
  MAX_MUTE_WORDS,
  MAX_WATCH_CHARS,
  MAX_WATCH_WORDS,
  parseMuteWords,
  parseWatch,
  type WatchQuery,
} from '../../src/watch/query.ts';

function parsed(text: string): WatchQuery {
  const result = parseWatch(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error}`);
  return result.query;
}

/** The folded words of a query, by part: what the tests compare. */
function shape(text: string) {
  const query = parsed(text);
  const words = (terms: { word: string }[]) => terms.map((term) => term.word);
  return {
    words: words(query.words),
    phrases: query.phrases.map(words),
    excludedWords: words(query.excluded.words),
    excludedPhrases: query.excluded.phrases.map(words),
  };
}

const errorOf = (text: string) => {
  const result = parseWatch(text);
  return result.ok ? undefined : result.error;
};

describe('parseWatch: words, phrases and exclusions', () => {
  it('makes every space-separated word required, folded as /search folds it', () => {
    expect(shape('Лавров  ИРАН الخارجيّة')).toEqual({
      words: ['лавров', 'иран', 'الخارجيه'],
      phrases: [],
      excludedWords: [],
      excludedPhrases: [],
    });
  });

  it('gives each word the forms /search gives it', () => {
    const [lavrov, ministry] = parsed('Лавров الخارجية').words;
    expect(lavrov?.forms).toContain('лаврова');
    expect(ministry?.forms).toContain('والخارجيه');
    expect(parsed('minister').words[0]?.forms).toContain('ministers');
  });

  it('makes of each word exactly the term /search makes of it', () => {
    const text = 'Лавров الخارجية ministers Россия G7 إيران';
    expect(parsed(text).words).toEqual(parseSearchQuery(text)?.terms);
  });

  it('keeps a word typed twice in two of its forms once', () => {
    expect(shape('Лавров Лаврова').words).toEqual(['лавров']);
  });

  it('makes the words between straight quotes a phrase, in order', () => {
    expect(shape('"Security Council" Yemen')).toMatchObject({ words: ['yemen'], phrases: [['security', 'council']] });
  });

  it('pairs typographic quotes « » “ ” „ like straight ones', () => {
    expect(shape('«Совет Безопасности» “Security Council” „Gaza truce“').phrases).toEqual([
      ['совет', 'безопасности'],
      ['security', 'council'],
      ['gaza', 'truce'],
    ]);
  });

  it('treats a quoted single word as a required word', () => {
    expect(shape('"Lavrov"')).toMatchObject({ words: ['lavrov'], phrases: [] });
  });

  it('excludes a word that starts with a dash, in any of the dashes a phone types', () => {
    expect(shape('Iran -Ukraine —Gaza –Syria').excludedWords).toEqual(['ukraine', 'gaza', 'syria']);
  });

  it('excludes a phrase whose opening quote follows a dash', () => {
    expect(shape('Iran -"Security Council"')).toMatchObject({ words: ['iran'], excludedPhrases: [['security', 'council']] });
  });

  it('does not exclude a phrase when a space separates the dash from the quote', () => {
    expect(shape('Iran - "Security Council"')).toMatchObject({ phrases: [['security', 'council']], excludedPhrases: [] });
  });

  it('reads a hyphen inside a word as part of it: Saudi-Iranian is a phrase, not an exclusion', () => {
    expect(shape('Saudi-Iranian')).toEqual({ words: [], phrases: [['saudi', 'iranian']], excludedWords: [], excludedPhrases: [] });
  });

  it('ignores lone dashes', () => {
    expect(shape('- Lavrov -- —')).toEqual({ words: ['lavrov'], phrases: [], excludedWords: [], excludedPhrases: [] });
  });

  it('drops a one-letter word standing alone but keeps two letters and digits (ЕС, G7, 2231)', () => {
    expect(shape('a ЕС G7 2231 x').words).toEqual(['ес', 'g7', '2231']);
  });

  it('keeps a phrase of one-letter words, where adjacency gives them a meaning (U.S.)', () => {
    expect(shape('U.S. sanctions')).toMatchObject({ words: ['sanctions'], phrases: [['u', 's']] });
  });

  it('shows the text back trimmed, with white space collapsed, otherwise as typed', () => {
    expect(parsed('  «Совет  Безопасности»\t -Украина  ').text).toBe('«Совет Безопасности» -Украина');
  });
});

describe('parseWatch: refusals', () => {
  it('finds nothing searchable in spaces, punctuation and symbols', () => {
    for (const text of ['', '   ', '.*', '"" ()', '🙂 ^$', '\u200f\u064b']) expect(errorOf(text)).toBe('empty');
  });

  it('finds nothing searchable in (a+)+$: its only word, a, has one letter', () => {
    expect(errorOf('(a+)+$')).toBe('empty');
  });

  it('finds nothing in dashes alone', () => {
    expect(errorOf('-')).toBe('empty');
    expect(errorOf('-- —')).toBe('empty');
  });

  it('refuses a quote left open, straight or typographic', () => {
    expect(errorOf('"unclosed')).toBe('unbalanced-quotes');
    expect(errorOf('«Совет Безопасности')).toBe('unbalanced-quotes');
    expect(errorOf('"a" "b" "c')).toBe('unbalanced-quotes');
  });

  it(`refuses more than ${MAX_WATCH_CHARS} characters once trimmed`, () => {
    expect(errorOf('x'.repeat(150))).toBe('too-long');
    expect(errorOf(` ${'x'.repeat(MAX_WATCH_CHARS + 1)} `)).toBe('too-long');
    expect(errorOf(`   ${'x'.repeat(MAX_WATCH_CHARS)}   `)).toBeUndefined();
  });

  it('refuses a watch of exclusions only', () => {
    expect(errorOf('-Ukraine')).toBe('only-exclusions');
    expect(errorOf('-Ukraine -"Security Council"')).toBe('only-exclusions');
  });

  it(`refuses more than ${MAX_WATCH_WORDS} required words, counting phrase words`, () => {
    expect(errorOf('ab cd ef gh ij kl mn op qr')).toBe('too-many-words');
    expect(errorOf('ab cd ef gh ij kl "mn op qr"')).toBe('too-many-words');
    expect(errorOf('ab cd ef gh ij kl mn op -qr -st')).toBeUndefined();
  });

  it('never throws on text written as a pattern, and reads it as its words', () => {
    const hostile = ['(a+)+$', '.*', 'a|b', '[a-z]+', '\\d{3}', '^(?=x)$', 'minister.*', '(?<x>Iran)', '\\', '${x}', '%s%n', '*', '?'];
    for (const text of hostile) expect(() => parseWatch(text)).not.toThrow();
    expect(shape('minister.*').words).toEqual(['minister']);
    expect(shape('a|b').phrases).toEqual([['a', 'b']]);
  });
});

describe('parseWatch: storage', () => {
  it('survives a JSON round trip unchanged', () => {
    const query = parsed('Лавров «Совет Безопасности» -Украина -"Gaza truce"');
    expect(JSON.parse(JSON.stringify(query))).toEqual(query);
  });

  it('gives the same query again from the text it shows back', () => {
    const query = parsed('  Лавров   «Совет   Безопасности»  -"Gaza  truce" ');
    expect(parsed(query.text)).toEqual(query);
  });
});

describe('parseMuteWords', () => {
  const mutes = (text: string) => {
    const result = parseMuteWords(text);
    if (!result.ok) throw new Error(`"${text}" was refused: ${result.error}`);
    return result.words;
  };

  it('makes /mute OPEC Houthi two words, each with its forms', () => {
    const words = mutes('OPEC Houthi');
    expect(words.map((word) => word.text)).toEqual(['OPEC', 'Houthi']);
    expect(words[1]?.terms[0]?.forms).toContain('houthis');
  });

  it('ignores quotes and the punctuation around a word', () => {
    expect(mutes('"OPEC", «Хезболла»').map((word) => word.text)).toEqual(['OPEC', 'Хезболла']);
  });

  it('keeps the parts of a hyphenated word together', () => {
    expect(mutes('Al-Qaeda').map((word) => word.terms.map((term) => term.word))).toEqual([['al', 'qaeda']]);
  });

  it('keeps a word typed twice once', () => {
    expect(mutes('Лавров лаврова')).toHaveLength(1);
  });

  it('finds nothing in punctuation, one letter or a pattern', () => {
    for (const text of ['', '"" -', '(a+)+$', '.*']) expect(parseMuteWords(text)).toEqual({ ok: false, error: 'empty' });
  });

  it(`refuses more than ${MAX_MUTE_CHARS} characters`, () => {
    expect(parseMuteWords('x'.repeat(MAX_MUTE_CHARS + 1))).toEqual({ ok: false, error: 'too-long' });
  });

  it(`refuses more than ${MAX_MUTE_WORDS} words in one call`, () => {
    const words = Array.from({ length: MAX_MUTE_WORDS + 1 }, (_, i) => `word${i}`).join(' ');
    expect(parseMuteWords(words)).toEqual({ ok: false, error: 'too-many-words' });
    expect(mutes(words.split(' ').slice(0, MAX_MUTE_WORDS).join(' '))).toHaveLength(MAX_MUTE_WORDS);
  });
});
