import { describe, expect, it } from 'vitest';
import { cleanHeadline, MAX_HEADLINE_LENGTH } from '../../src/summarize/headline.ts';

describe('cleanHeadline', () => {
  it.each([
    [
      'ТАСС: Лавров и глава МИД Кувейта обсудят ситуацию на Ближнем Востоке',
      'Лавров и глава МИД Кувейта обсудят ситуацию на Ближнем Востоке',
    ],
    ['РИА Новости: Лавров   прибыл\n в Москву', 'Лавров прибыл в Москву'],
    ['Лавров прибыл в Эр-Рияд — ТАСС', 'Лавров прибыл в Эр-Рияд'],
    ['Kuwait FM receives Russian envoy - KUNA', 'Kuwait FM receives Russian envoy'],
    ['Ministers discuss Gaza ceasefire (Reuters)', 'Ministers discuss Gaza ceasefire'],
    ['UAE welcomes UN resolution | WAM', 'UAE welcomes UN resolution'],
    ['Talks end in Moscow | Ministry of Foreign Affairs', 'Talks end in Moscow'],
    ['واس: ولي العهد يستقبل وزير الخارجية الروسي', 'ولي العهد يستقبل وزير الخارجية الروسي'],
    ['(كونا) -- وزير الخارجية يلتقي نظيره الروسي', 'وزير الخارجية يلتقي نظيره الروسي'],
    ['الإمارات ترحب بالقرار الأممي - وام', 'الإمارات ترحب بالقرار الأممي'],
  ])('%s', (title, expected) => {
    expect(cleanHeadline(title)).toBe(expected);
  });

  it('keeps a title that is nothing but an agency name, and agency letters inside words', () => {
    expect(cleanHeadline('TASS')).toBe('TASS');
    expect(cleanHeadline('SPAin and the RT of diplomacy')).toBe('SPAin and the RT of diplomacy');
  });

  it(`shortens a long title at a word, to at most ${MAX_HEADLINE_LENGTH} characters`, () => {
    const words = Array.from({ length: 60 }, (_, i) => `переговоры${i}`).join(' ');
    const headline = cleanHeadline(words);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
    expect(headline.endsWith('…')).toBe(true);
    expect(words.startsWith(headline.slice(0, -1))).toBe(true);
    expect(words[headline.length - 1]).toBe(' ');
  });
});
