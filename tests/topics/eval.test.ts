import { describe, expect, it } from 'vitest';
import { evaluate, readLabelled } from '../../eval/topics-metrics.ts';
import { LANGUAGES } from '../../src/model/language.ts';
import { classify } from '../../src/topics/classify.ts';

/** A guard against regressions in the term lists: `npm run eval:topics` prints the details. */
describe('topic classifier on the labelled set', () => {
  it.each(LANGUAGES)('%s: micro-F1 at least 0.9, with at least 36 items', (language) => {
    const items = readLabelled(language);
    expect(items.length).toBeGreaterThanOrEqual(36);
    const { micro } = evaluate(items, (item) => classify({ title: item.title, text: item.text, language }));
    expect(micro.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('counts precision and recall the way the report prints them', () => {
    const items = [
      { id: 'a', title: '', text: '', topics: ['gulf' as const] },
      { id: 'b', title: '', text: '', topics: ['iran' as const, 'un' as const] },
    ];
    const result = evaluate(items, (item) => (item.id === 'a' ? ['gulf', 'energy'] : ['iran']));
    expect(result.micro.precision).toBeCloseTo(2 / 3);
    expect(result.micro.recall).toBeCloseTo(2 / 3);
    expect(result.errors).toEqual([
      { id: 'a', missed: [], extra: ['energy'] },
      { id: 'b', missed: ['un'], extra: [] },
    ]);
  });
});
