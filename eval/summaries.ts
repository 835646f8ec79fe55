import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../src/config.ts';
import { summarizeArticle } from '../src/summarize/index.ts';

/**
 * `npm run eval:summaries`: ROUGE-1/2/L F1 of our lead against the reference summaries of
 * ../shared/evaldata/summaries/{ar,ru,en}.jsonl (XL-Sum pairs), beside Lead-1 and the best
 * single sentence of each article (the extractive ceiling for a one-sentence lead).
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The goal: our lead's ROUGE-1 at least this share of the best-single-sentence oracle's. */
const ORACLE_SHARE_GOAL = 0.8;

export interface EvalPair {
  id: string;
  title: string;
  text: string;
  summary: string;
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/**
 * XL-Sum's multilingual ROUGE tokenisation: lower case, Unicode punctuation and symbols to spaces,
 * digits split from letters, split on whitespace. No stemming, no English-only token filter (the
 * usual rouge_score tokenizer keeps only [a-z0-9] and so scores Arabic and Russian as 0).
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/(\p{N})(?=\p{L})|(\p{L})(?=\p{N})/gu, '$1$2 ')
    .split(/\s+/u)
    .filter((token) => token !== '');
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const candidateCounts = ngramCounts(candidate, n);
  const referenceCounts = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateCounts) overlap += Math.min(count, referenceCounts.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** ROUGE-L over the whole token sequence (plain LCS, not the summary-level rougeLsum). */
function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  let previous = new Array<number>(reference.length + 1).fill(0);
  for (const token of candidate) {
    const current = new Array<number>(reference.length + 1).fill(0);
    for (let j = 1; j <= reference.length; j++) {
      current[j] = token === reference[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return f1(previous[reference.length]!, candidate.length, reference.length);
}

/** ROUGE-1/2/L F1 (0–100) of a candidate summary against one reference. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: 100 * rougeN(c, r, 1), rouge2: 100 * rougeN(c, r, 2), rougeL: 100 * rougeL(c, r) };
}

/** ICU's sentences, unmerged: how the published baselines split the text. */
function icuSentences(text: string, language: Language): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter((sentence) => sentence !== '');
}

export type System = 'Lead-1' | 'Oracle-1' | 'ours';
export const SYSTEMS: readonly System[] = ['Lead-1', 'Oracle-1', 'ours'];

/** Each system's output for one pair. Oracle-1 is the sentence with the best ROUGE-1 + ROUGE-2. */
export function systemOutputs(pair: EvalPair, language: Language): Record<System, string> {
  const sentences = icuSentences(pair.text, language);
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
  for (const pair of pairs) {
    const outputs = systemOutputs(pair, language);
    for (const system of SYSTEMS) {
      const scores = rouge(outputs[system], pair.summary);
      totals[system].rouge1 += scores.rouge1 / pairs.length;
      totals[system].rouge2 += scores.rouge2 / pairs.length;
      totals[system].rougeL += scores.rougeL / pairs.length;
    }
  }
  return totals;
}

export function loadPairs(file: string): EvalPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalPair);
}

function sharedDir(): string {
  return resolve(process.env.DIPLOBRIEF_SHARED_DIR ?? join(repoRoot, '../shared'));
}

/**
 * `--details`: for each pair, the R1 of every system and the texts themselves (reference, ours,
 * the oracle sentence), to see where the lead goes wrong rather than only by how much.
 */
function printDetails(pairs: readonly EvalPair[], language: Language, out: (line: string) => void): void {
  for (const pair of pairs) {
    const outputs = systemOutputs(pair, language);
    const r1 = (system: System) => rouge(outputs[system], pair.summary).rouge1.toFixed(1);
    out(`  ${pair.id}: ours ${r1('ours')}, Lead-1 ${r1('Lead-1')}, Oracle-1 ${r1('Oracle-1')}`);
    out(`    title:     ${pair.title}`);
    out(`    reference: ${pair.summary}`);
    out(`    ours:      ${outputs.ours}`);
    out(`    oracle:    ${outputs['Oracle-1']}`);
  }
}

function main(): number {
  const folder = join(sharedDir(), 'evaldata/summaries');
  if (!existsSync(folder)) {
    process.stdout.write(`eval:summaries: no evaluation data at ${folder} (set DIPLOBRIEF_SHARED_DIR); nothing to score\n`);
    return 0;
  }
  const details = process.argv.includes('--details');
  const format = (value: number) => value.toFixed(1).padStart(5);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('ROUGE F1 (0-100) of the lead against XL-Sum reference summaries; XL-Sum multilingual tokenisation, no stemming');
  out('lang  system     n     R1     R2     RL');
  let allMet = true;
  for (const language of LANGUAGES) {
    const file = join(folder, `${language}.jsonl`);
    if (!existsSync(file)) {
      out(`${language}    (no ${language}.jsonl)`);
      continue;
    }
    const pairs = loadPairs(file);
    const results = evaluateLanguage(pairs, language);
    for (const system of SYSTEMS) {
      const { rouge1, rouge2, rougeL: rl } = results[system];
      out(`${language.padEnd(4)}  ${system.padEnd(8)} ${String(pairs.length).padStart(3)}  ${format(rouge1)}  ${format(rouge2)}  ${format(rl)}`);
    }
    const share = results.ours.rouge1 / results['Oracle-1'].rouge1;
    const met = share >= ORACLE_SHARE_GOAL;
    allMet &&= met;
    out(`${language.padEnd(4)}  ours/oracle R1 = ${share.toFixed(2)} (goal >= ${ORACLE_SHARE_GOAL}: ${met ? 'met' : 'MISSED'})`);
    if (details) printDetails(pairs, language, out);
  }
  out(allMet ? 'goal met in every language' : 'goal missed in at least one language');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
