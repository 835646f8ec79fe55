import { describe, expect, it } from 'vitest';
import { stem, stemAnyScript, stemArabic } from '../../src/text/stem.ts';
import { isStopword } from '../../src/text/stopwords.ts';
import { wordTokens } from '../../src/text/tokens.ts';

describe('wordTokens', () => {
  it('folds and splits Arabic, Russian and English, keeping digits inside words', () => {
    expect(wordTokens('وزيرُ الخارجيّة «الكويتي»، قمة G20!')).toEqual(['وزير', 'الخارجيه', 'الكويتي', 'قمه', 'g20']);
    expect(wordTokens('Лавров: «ОПЕК+» — ещё')).toEqual(['лавров', 'опек', 'еще']);
    expect(wordTokens('U.S.-Iran talks')).toEqual(['u', 's', 'iran', 'talks']);
    expect(wordTokens('')).toEqual([]);
  });
});

describe('stemArabic', () => {
  it.each([
    ['الخارجيه', 'خارج'],
    ['والخارجيه', 'خارج'],
    ['بالخليج', 'خليج'],
    ['الخليجي', 'خليج'],
    ['المفاوضات', 'مفاوض'],
    ['ومجلس', 'مجلس'],
    ['وزير', 'وزير'], // the و is a root letter here: the length guard keeps it
    ['ورد', 'ورد'],
    ['امن', 'امن'],
  ])('%s → %s', (word, expected) => {
    expect(stemArabic(word)).toBe(expected);
  });
});

describe('stem', () => {
  it('uses Snowball for Russian case endings and English plurals', () => {
    expect(stem('переговоры', 'ru')).toBe(stem('переговорах', 'ru'));
    expect(stem('кувейта', 'ru')).toBe(stem('кувейт', 'ru'));
    expect(stem('ministers', 'en')).toBe(stem('minister', 'en'));
    expect(stem('sanctions', 'en')).toBe('sanction');
  });

  it('leaves words of another script alone, and stemAnyScript picks by script', () => {
    expect(stem('opec', 'ru')).toBe('opec');
    expect(stem('лавров', 'en')).toBe('лавров');
    expect(stemAnyScript('بالخليج')).toBe('خليج');
    expect(stemAnyScript('talks')).toBe('talk');
  });
});

describe('isStopword', () => {
  it('knows folded function words in each language', () => {
    for (const word of ['في', 'من', 'الي', 'علي']) expect(isStopword(word, 'ar')).toBe(true);
    for (const word of ['и', 'в', 'что', 'ее']) expect(isStopword(word, 'ru')).toBe(true);
    for (const word of ['the', 'of', 'and']) expect(isStopword(word, 'en')).toBe(true);
    expect(isStopword('الخليج', 'ar')).toBe(false);
    expect(isStopword('лавров', 'ru')).toBe(false);
  });
});
