import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../src/model/language.ts';
import { summarizeArticle } from '../src/summarize/index.ts';
import { rouge, type RougeScores } from './rouge.ts';
import { fitLeadWeights } from './summaries-fit.ts';
import { sharedDir } from '../tests/support/shared-corpus.ts';

/**
 * `npm run eval:summaries`: ROUGE-1/2/L F1 of our lead against the reference summaries of
 * ../shared/evaldata/summaries/{ar,ru,en}.jsonl (XL-Sum pairs), beside Lead-1 and the best
 * single sentence of each article (the extractive ceiling for a one-sentence lead).
 */

/** The goal: our lead's ROUGE-1 at least this share of the best-single-sentence oracle's. */
const ORACLE_SHARE_GOAL = 0.8;

export interface EvalPair {
  id: string;
  title: string;
  text: string;
  summary: string;
}

/** ICU's sentences, unmerged: how the published baselines split the text. */
function icuSentences(text: string, language: Language): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter((sentence) => sentence !== '');
}

/** Random is the expected score of one sentence drawn at random: the floor any method must clear. */
export type System = 'Random' | 'Lead-1' | 'Oracle-1' | 'ours';
export const SYSTEMS: readonly System[] = ['Random', 'Lead-1', 'Oracle-1', 'ours'];
type OutputSystem = Exclude<System, 'Random'>;

/** Each system's output for one pair. Oracle-1 is the sentence with the best ROUGE-1 + ROUGE-2. */
export function systemOutputs(
  pair: EvalPair,
  language: Language,
  sentences = icuSentences(pair.text, language),
): Record<OutputSystem, string> {
  let oracle = '';
  let oracleScore = -1;
  for (const sentence of sentences) {
    const { rouge1, rouge2 } = rouge(sentence, pair.summary);
    if (rouge1 + rouge2 > oracleScore) [oracle, oracleScore] = [sentence, rouge1 + rouge2];
  }
  const ours = summarizeArticle({ title: pair.title, text: pair.text, language }).lead;
  return { 'Lead-1': sentences[0] ?? '', 'Oracle-1': oracle, ours };
}

/** Mean scores of every system over the pairs of one language. */
export function evaluateLanguage(pairs: readonly EvalPair[], language: Language): Record<System, RougeScores> {
  const totals = Object.fromEntries(SYSTEMS.map((system) => [system, { rouge1: 0, rouge2: 0, rougeL: 0 }])) as Record<System, RougeScores>;
  const add = (system: System, scores: RougeScores, weight: number) => {
    totals[system].rouge1 += scores.rouge1 * weight;
    totals[system].rouge2 += scores.rouge2 * weight;
    totals[system].rougeL += scores.rougeL * weight;
  };
  for (const pair of pairs) {
    const sentences = icuSentences(pair.text, language);
    const outputs = systemOutputs(pair, language, sentences);
    for (const system of ['Lead-1', 'Oracle-1', 'ours'] as const) add(system, rouge(outputs[system], pair.summary), 1 / pairs.length);
    for (const sentence of sentences) add('Random', rouge(sentence, pair.summary), 1 / pairs.length / sentences.length);
  }
  return totals;
}

export function loadPairs(file: string): EvalPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalPair);
}

/**
 * `--details`: for each pair, the R1 of every system and the texts themselves (reference, ours,
 * the oracle sentence), to see where the lead goes wrong rather than only by how much.
 */
function printDetails(pairs: readonly EvalPair[], language: Language, out: (line: string) => void): void {
  for (const pair of pairs) {
    const outputs = systemOutputs(pair, language);
    const r1 = (system: OutputSystem) => rouge(outputs[system], pair.summary).rouge1.toFixed(1);
    out(`  ${pair.id}: ours ${r1('ours')}, Lead-1 ${r1('Lead-1')}, Oracle-1 ${r1('Oracle-1')}`);
    out(`    title:     ${pair.title}`);
    out(`    reference: ${pair.summary}`);
    out(`    ours:      ${outputs.ours}`);
    out(`    oracle:    ${outputs['Oracle-1']}`);
  }
}

/** `--fit`: the lead's weights fitted to these very pairs, an upper bound for its way of choosing (see summaries-fit.ts). */
function printFit(scored: ReadonlyMap<Language, { pairs: EvalPair[]; oracle: number }>, out: (line: string) => void): void {
  out('');
  out('Lead weights fitted to these same pairs (an upper bound for this scoring, not a result):');
  for (const [language, { pairs, oracle }] of scored) {
    const { defaultRouge1, fittedRouge1, weights } = fitLeadWeights(pairs, language);
    const shown = Object.entries(weights)
      .map(([name, value]) => `${name} ${value.toFixed(2)}`)
      .join(', ');
    out(
      `${language.padEnd(4)}  default R1 ${defaultRouge1.toFixed(1)} (${(defaultRouge1 / oracle).toFixed(2)} of oracle), fitted ${fittedRouge1.toFixed(1)} (${(fittedRouge1 / oracle).toFixed(2)}): ${shown}`,
    );
  }
}

function main(): number {
  const folder = join(sharedDir(), 'evaldata/summaries');
  if (!existsSync(folder)) {
    process.stdout.write(`eval:summaries: no evaluation data at ${folder} (set DIPLOBRIEF_SHARED_DIR); nothing to score\n`);
    return 0;
  }
  const details = process.argv.includes('--details');
  const fit = process.argv.includes('--fit');
  const format = (value: number) => value.toFixed(1).padStart(5);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('ROUGE F1 (0-100) of the lead against XL-Sum reference summaries; XL-Sum multilingual tokenisation, no stemming');
  out('lang  system     n     R1     R2     RL');
  let allMet = true;
  const scored = new Map<Language, { pairs: EvalPair[]; oracle: number }>();
  for (const language of LANGUAGES) {
    const file = join(folder, `${language}.jsonl`);
    if (!existsSync(file)) {
      out(`${language}    (no ${language}.jsonl)`);
      continue;
    }
    const pairs = loadPairs(file);
    const results = evaluateLanguage(pairs, language);
    scored.set(language, { pairs, oracle: results['Oracle-1'].rouge1 });
    for (const system of SYSTEMS) {
      const { rouge1, rouge2, rougeL: rl } = results[system];
      out(
        `${language.padEnd(4)}  ${system.padEnd(8)} ${String(pairs.length).padStart(3)}  ${format(rouge1)}  ${format(rouge2)}  ${format(rl)}`,
      );
    }
    const share = results.ours.rouge1 / results['Oracle-1'].rouge1;
    const met = share >= ORACLE_SHARE_GOAL;
    allMet &&= met;
    out(`${language.padEnd(4)}  ours/oracle R1 = ${share.toFixed(2)} (goal >= ${ORACLE_SHARE_GOAL}: ${met ? 'met' : 'MISSED'})`);
    if (details) printDetails(pairs, language, out);
  }
  out(allMet ? 'goal met in every language' : 'goal missed in at least one language');
  if (fit) printFit(scored, out);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
