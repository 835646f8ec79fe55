import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/entities/name-matcher.ts';

const ids = (matcher: NameMatcher<string>, text: string) => matcher.find(text).map((match) => match.id);

describe('NameMatcher', () => {
  it('finds Russian names in their case forms', () => {
    const matcher = new NameMatcher(
      [
        { id: 'person:lavrov', text: 'Лавров' },
        { id: 'country:KW', text: 'Кувейт' },
      ],
      'ru',
    );
    expect(ids(matcher, 'Переговоры Лаврова с министром Кувейта')).toEqual(['person:lavrov', 'country:KW']);
    expect(ids(matcher, 'встреча с Лавровым в Кувейте')).toEqual(['person:lavrov', 'country:KW']);
  });

  it('finds Arabic names behind attached prepositions, the article and nisba endings', () => {
    const matcher = new NameMatcher(
      [
        { id: 'city:riyadh', text: 'الرياض' },
        { id: 'country:RU', text: 'روسي' },
      ],
      'ar',
    );
    expect(ids(matcher, 'وصل وزير الخارجية الروسي إلى بالرياض')).toEqual(['country:RU', 'city:riyadh']);
    expect(ids(matcher, 'والقوات الروسية')).toEqual(['country:RU']);
  });

  it('prefers the longest name at a position: "Gaza City" is the city, not also the Strip', () => {
    const matcher = new NameMatcher(
      [
        { id: 'place:gaza', text: 'Gaza' },
        { id: 'city:gaza-city', text: 'Gaza City' },
      ],
      'en',
    );
    expect(ids(matcher, 'Strikes on Gaza City and across Gaza')).toEqual(['city:gaza-city', 'place:gaza']);
  });

  it('matches an English acronym only where it is written in capitals: "US" is not "us"', () => {
    const matcher = new NameMatcher([{ id: 'country:US', text: 'US' }], 'en');
    expect(ids(matcher, 'The US envoy told us')).toEqual(['country:US']);
    expect(ids(matcher, 'he told us so')).toEqual([]);
  });

  it('matches a name written with a capital only where the text writes it so: "Сирия" is not "сирены", "Turkey" not "turkey"', () => {
    const russian = new NameMatcher(
      [
        { id: 'country:SY', text: 'Сирия' },
        { id: 'country:RU', text: 'российский' },
      ],
      'ru',
    );
    expect(ids(russian, 'В Сирии звучали сирены')).toEqual(['country:SY']);
    expect(ids(russian, 'Российская делегация')).toEqual(['country:RU']);
    const english = new NameMatcher([{ id: 'country:TR', text: 'Turkey' }], 'en');
    expect(ids(english, 'Turkey hosts talks; a turkey for dinner')).toEqual(['country:TR']);
  });

  it('takes an Arabic word with a suffix peeled off for a name only when it ends as a nisba: الرياضة is sport, not Riyadh', () => {
    const matcher = new NameMatcher(
      [
        { id: 'city:riyadh', text: 'الرياض' },
        { id: 'country:RU', text: 'روسي' },
      ],
      'ar',
    );
    expect(ids(matcher, 'وزير الرياضة')).toEqual([]);
    expect(ids(matcher, 'في الرياض مع الوفود الروسية')).toEqual(['city:riyadh', 'country:RU']);
  });
});
