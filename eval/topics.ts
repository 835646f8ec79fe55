import { LANGUAGES } from '../src/model/language.ts';
import { classify } from '../src/topics/classify.ts';
import { TOPICS } from '../src/model/topics.ts';
import { evaluate, readLabelled } from './topics-metrics.ts';

/** `npm run eval:topics`: the classifier against the labelled headlines in tests/fixtures/topics. */
const GOAL_F1 = 0.9;
const verbose = process.argv.includes('--errors');

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);
let allMet = true;
const header = ['topic'.padEnd(10), ...LANGUAGES.map((l) => `${l}: P     R    (n)`.padEnd(20))].join(' ');
const results = LANGUAGES.map((language) => {
  const items = readLabelled(language);
  return {
    language,
    items: items.length,
    evaluation: evaluate(items, (item) => classify({ title: item.title, text: item.text, language })),
  };
});
console.log(header);
for (const topic of TOPICS) {
  const cells = results.map(({ evaluation }) => {
    const { tp, fp, fn } = evaluation.perTopic[topic];
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return `${pct(precision)} ${pct(recall)} (${tp + fn})`.padEnd(24);
  });
  console.log([topic.padEnd(10), ...cells].join(' '));
}
console.log();
for (const { language, items, evaluation } of results) {
  const { precision, recall, f1 } = evaluation.micro;
  const met = f1 >= GOAL_F1;
  allMet &&= met;
  console.log(
    `${language}: ${items} items, micro P ${pct(precision)} R ${pct(recall)} F1 ${f1.toFixed(3)} (goal ≥ ${GOAL_F1}: ${met ? 'met' : 'MISSED'})`,
  );
  if (verbose)
    for (const error of evaluation.errors)
      console.log(`   ${error.id}: missed [${error.missed.join(', ')}] extra [${error.extra.join(', ')}]`);
}
process.exitCode = allMet ? 0 : 1;
