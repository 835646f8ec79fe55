import { readCrossPairs, type CrossPair } from '../tests/support/cross-pairs.ts';
import { eventFeatures, type EventFeatures } from '../src/entities/event-features.ts';
import { crossConflict, crossLanguageSimilarity, LINK_WINDOW_MS } from '../src/entities/same-event.ts';

/**
 * `npx tsx eval/cross-stories.ts [--errors]` (part of `npm run eval:stories`): the cross-language
 * rule (src/entities/same-event.ts) on the labelled pairs of tests/fixtures/stories/cross-pairs.jsonl —
 * precision and recall on the dev half (what the rule was tuned on) and on the held-out test half,
 * by language pair and by kind of pair, and what each veto cost. `--errors` lists every wrong call
 * with both sides' features.
 */
type Pair = CrossPair;

const pairs = readCrossPairs();
const verbose = process.argv.includes('--errors');

interface Judged {
  pair: Pair;
  a: EventFeatures;
  b: EventFeatures;
  linked: boolean;
}

const started = performance.now();
const judged: Judged[] = pairs.map((pair) => {
  const a = eventFeatures(pair.a.title, pair.a.lead, pair.a.lang);
  const b = eventFeatures(pair.b.title, pair.b.lead, pair.b.lang);
  // The linker compares only reports within the window of each other, as here.
  const apart = Math.abs(Date.parse(pair.a.publishedAt) - Date.parse(pair.b.publishedAt));
  return { pair, a, b, linked: apart <= LINK_WINDOW_MS && crossLanguageSimilarity(a, b) !== null };
});
const perPair = (performance.now() - started) / pairs.length;

const pct = (value: number) => (Number.isNaN(value) ? '  - ' : `${(value * 100).toFixed(0).padStart(3)}%`);
function score(items: readonly Judged[]) {
  const tp = items.filter((item) => item.linked && item.pair.same).length;
  const fp = items.filter((item) => item.linked && !item.pair.same).length;
  const positives = items.filter((item) => item.pair.same).length;
  return { tp, fp, positives, negatives: items.length - positives, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp / positives };
}
const line = (label: string, items: readonly Judged[]) => {
  const s = score(items);
  return `${label.padEnd(26)} pairs ${String(items.length).padStart(3)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.tp}/${s.positives} linked, ${s.fp} false links of ${s.negatives})`;
};

console.log(
  `\ncross-language pairs: ${pairs.length} (${pairs.filter((p) => p.same).length} same event); features ${perPair.toFixed(2)} ms a pair`,
);
for (const split of ['dev', 'test', 'all'] as const) {
  const items = judged.filter((item) => split === 'all' || item.pair.split === split);
  console.log(line(split === 'all' ? 'all' : `${split}${split === 'test' ? ' (held out)' : ''}`, items));
}
console.log('by language pair (all):');
const languagePair = (item: Judged) => [item.pair.a.lang, item.pair.b.lang].sort().join('–');
for (const key of [...new Set(judged.map(languagePair))].sort())
  console.log(
    line(
      `  ${key}`,
      judged.filter((item) => languagePair(item) === key),
    ),
  );
console.log('by kind (all): linked / pairs');
for (const kind of [...new Set(pairs.map((p) => p.kind))].sort()) {
  const items = judged.filter((item) => item.pair.kind === kind);
  console.log(`  ${kind.padEnd(24)} ${String(items.filter((item) => item.linked).length).padStart(3)} / ${items.length}`);
}
const vetoes = new Map<string, { same: number; other: number }>();
for (const item of judged) {
  const reason = crossConflict(item.a, item.b);
  if (!reason) continue;
  const counts = vetoes.get(reason) ?? { same: 0, other: 0 };
  counts[item.pair.same ? 'same' : 'other'] += 1;
  vetoes.set(reason, counts);
}
console.log(
  `vetoes (same-event pairs lost / other pairs stopped): ${[...vetoes].map(([reason, c]) => `${reason} ${c.same}/${c.other}`).join(', ')}`,
);

if (verbose) {
  for (const item of judged) {
    if (item.linked === item.pair.same) continue;
    const show = (f: EventFeatures) =>
      `${f.language} e[${f.entities.join(' ')}] h[${f.headlineEntities.join(' ')}] c[${f.concepts.join(' ')}] n[${f.numbers.join(' ')}] w[${f.weekdays.join(' ')}]`;
    console.log(`\n${item.pair.id} (${item.pair.kind}) ${item.pair.same ? 'MISSED' : 'FALSE LINK'} ${crossConflict(item.a, item.b) ?? ''}`);
    console.log(`  a: ${item.pair.a.title}\n     ${show(item.a)}`);
    console.log(`  b: ${item.pair.b.title}\n     ${show(item.b)}`);
  }
}
