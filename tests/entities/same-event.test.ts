import { describe, expect, it } from 'vitest';
import { eventFeatures, type EventFeatures } from '../../src/entities/event-features.ts';
import { LinkIndex } from '../../src/entities/link-index.ts';
import { crossConflict, crossLanguageSimilarity, LINK_WINDOW_MS } from '../../src/entities/same-event.ts';
import type { Language } from '../../src/model/language.ts';
import { readCrossPairs, type CrossPair, type CrossPairSide } from '../support/cross-pairs.ts';

type Side = CrossPairSide;
type Pair = CrossPair;
const pairs = readCrossPairs();
const featuresOf = (side: Side) => eventFeatures(side.title, side.lead, side.lang);
const linked = (pair: Pair) =>
  Math.abs(Date.parse(pair.a.publishedAt) - Date.parse(pair.b.publishedAt)) <= LINK_WINDOW_MS &&
  crossLanguageSimilarity(featuresOf(pair.a), featuresOf(pair.b)) !== null;

const features = (language: Language, extra: Partial<EventFeatures>): EventFeatures => ({
  language,
  headlineEntities: ['country:KW', 'person:lavrov'],
  entities: ['country:KW', 'country:RU', 'person:lavrov'],
  concepts: ['talks'],
  numbers: [],
  headlineNumbers: [],
  weekdays: [0],
  ...extra,
});

describe('crossLanguageSimilarity', () => {
  it('links two languages that agree on the actors, the kind of event and the day', () => {
    expect(crossLanguageSimilarity(features('ru', {}), features('ar', {}))).toBe(5);
  });

  it('never links two reports of one language: that is the story grouping', () => {
    expect(crossLanguageSimilarity(features('ru', {}), features('ru', {}))).toBeNull();
  });

  it('vetoes another weekday, numbers that share nothing, or another kind of event', () => {
    expect(crossConflict(features('ru', {}), features('en', { weekdays: [2] }))).toBe('weekday');
    expect(crossConflict(features('ru', { numbers: ['25'] }), features('en', { numbers: ['41'] }))).toBe('number');
    expect(crossConflict(features('ru', { concepts: ['roads'] }), features('en', { concepts: ['prisoners'] }))).toBe('concept');
  });

  it('asks more than two thirds of each headline to be named by the other: a third country apart is another event', () => {
    const sudan = features('ru', { headlineEntities: ['country:RU', 'country:SD', 'org:un-security-council'] });
    const yemen = features('en', {
      headlineEntities: ['country:RU', 'country:YE', 'org:un-security-council'],
      entities: ['country:RU', 'country:YE', 'org:un-security-council'],
    });
    expect(crossLanguageSimilarity(sudan, yemen)).toBeNull();
  });

  it('counts a person or a city for their state: the crown prince names Saudi Arabia', () => {
    const arabic = features('ar', {
      headlineEntities: ['country:US'],
      entities: ['country:US', 'person:trump', 'person:mohammed-bin-salman'],
    });
    const english = features('en', { headlineEntities: ['country:SA', 'person:trump'], entities: ['country:SA', 'person:trump'] });
    expect(crossLanguageSimilarity(arabic, english)).not.toBeNull();
  });
});

describe('the labelled cross-language pairs', () => {
  for (const split of ['dev', 'test'] as const) {
    it(`${split}: precision at least 0.95 and recall at least 0.7`, () => {
      const items = pairs.filter((pair) => pair.split === split);
      const tp = items.filter((pair) => pair.same && linked(pair)).length;
      const fp = items.filter((pair) => !pair.same && linked(pair)).length;
      expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
      expect(tp / items.filter((pair) => pair.same).length).toBeGreaterThanOrEqual(0.7);
    });
  }

  it('the link index finds exactly the pairs the rule accepts: its candidate filter misses none', () => {
    for (const pair of pairs) {
      const index = new LinkIndex();
      index.add(1, Date.parse(pair.a.publishedAt), featuresOf(pair.a));
      const found = index.linksOf(featuresOf(pair.b), Date.parse(pair.b.publishedAt)).length === 1;
      expect({ id: pair.id, found }).toEqual({ id: pair.id, found: linked(pair) });
    }
  });
});
