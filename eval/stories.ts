import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../src/model/language.ts';
import { conflict } from '../src/briefing/conflicts.ts';
import { matchText, type MatchText } from '../src/briefing/match-text.ts';
import { contentStems } from '../src/text/content-stems.ts';
import { mutualCoverage, MIN_HEADLINE_COVERAGE, sameEvent } from '../src/briefing/similarity.ts';
import { groupStories, STORY_WINDOW_MS } from '../src/briefing/stories.ts';
import type { StoryArticle } from '../src/model/story.ts';
import { cosine, termVector } from '../src/summarize/term-vectors.ts';

/**
 * `npx tsx eval/stories.ts [--errors]`: candidate same-event measures on the labelled pairs in
 * tests/fixtures/stories/pairs.jsonl — precision and recall per language at fixed thresholds, the
 * lowest threshold that keeps precision at 1.0, then the chosen rule and a timing of groupStories.
 */
interface Side {
  title: string;
  lead: string;
}
interface Pair {
  id: string;
  lang: Language;
  same: boolean;
  kind: string;
  a: Side;
  b: Side;
}

const pairs: Pair[] = readFileSync(new URL('../tests/fixtures/stories/pairs.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Pair);
const verbose = process.argv.includes('--errors');

interface Prepared {
  pair: Pair;
  a: MatchText;
  b: MatchText;
  seqA: string[];
  seqB: string[];
}
const prepared: Prepared[] = pairs.map((pair) => ({
  pair,
  a: matchText(pair.a.title, pair.a.lead, pair.lang),
  b: matchText(pair.b.title, pair.b.lead, pair.lang),
  seqA: contentStems(`${pair.a.title} ${pair.a.lead}`, pair.lang),
  seqB: contentStems(`${pair.b.title} ${pair.b.lead}`, pair.lang),
}));

// Document frequencies per language over every text of the set: idf for the cosine candidate.
const documentFrequency = new Map<Language, Map<string, number>>(LANGUAGES.map((language) => [language, new Map()]));
const documents = new Map<Language, number>(LANGUAGES.map((language) => [language, 0]));
for (const { pair, a, b } of prepared) {
  for (const side of [a, b]) {
    documents.set(pair.lang, documents.get(pair.lang)! + 1);
    const counts = documentFrequency.get(pair.lang)!;
    for (const term of side.stems) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
}
const idf = (language: Language, term: string) =>
  Math.log((documents.get(language)! + 1) / ((documentFrequency.get(language)!.get(term) ?? 0) + 1)) + 1;

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared;
}

// Every term of a text is in its language's document frequencies, so each has its idf weight here.
const idfWeights = new Map<Language, Map<string, number>>(
  LANGUAGES.map((language) => [language, new Map([...documentFrequency.get(language)!.keys()].map((term) => [term, idf(language, term)]))]),
);

function cosineIdf(language: Language, a: readonly string[], b: readonly string[]): number {
  return cosine(termVector(a), termVector(b), idfWeights.get(language)!);
}

/** MinHash estimate of the Jaccard similarity of word 2-shingles, 128 seeded FNV-1a hashes. */
const MINHASH_SIZE = 128;
function minhash(terms: readonly string[]): Uint32Array {
  const shingles = terms.length < 2 ? [...terms] : terms.slice(1).map((term, i) => `${terms[i]} ${term}`);
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let seed = 0; seed < MINHASH_SIZE; seed++) {
      let hash = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
      for (let k = 0; k < shingle.length; k++) hash = Math.imul(hash ^ shingle.charCodeAt(k), 0x01000193) >>> 0;
      if (hash < signature[seed]!) signature[seed] = hash;
    }
  }
  return signature;
}
function minhashSimilarity(a: readonly string[], b: readonly string[]): number {
  const sa = minhash(a);
  const sb = minhash(b);
  let equal = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (sa[k] === sb[k]) equal++;
  return equal / MINHASH_SIZE;
}

const MEASURES: [string, (p: Prepared) => number][] = [
  ['jaccard', ({ a, b }) => intersection(a.stems, b.stems) / (a.stems.size + b.stems.size - intersection(a.stems, b.stems))],
  ['containment', ({ a, b }) => intersection(a.stems, b.stems) / Math.min(a.stems.size, b.stems.size)],
  ['cosine-idf', ({ pair, seqA, seqB }) => cosineIdf(pair.lang, seqA, seqB)],
  ['minhash-2sh', ({ seqA, seqB }) => minhashSimilarity(seqA, seqB)],
  ['headline-cov', ({ a, b }) => mutualCoverage(a, b)],
];

const pct = (value: number) => (Number.isNaN(value) ? '  -  ' : (value * 100).toFixed(0).padStart(3));
function score(items: readonly Prepared[], accept: (p: Prepared) => boolean) {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const item of items) {
    if (item.pair.same) positives++;
    if (!accept(item)) continue;
    if (item.pair.same) tp++;
    else fp++;
  }
  return { tp, fp, positives, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp / positives };
}

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const byLanguage = new Map(LANGUAGES.map((language) => [language, prepared.filter((p) => p.pair.lang === language)]));
console.log(
  `pairs: ${LANGUAGES.map((l) => `${l} ${byLanguage.get(l)!.length} (${byLanguage.get(l)!.filter((p) => p.pair.same).length} same)`).join(', ')}`,
);
console.log('P/R (%) per language at each threshold; "guard" = no weekday, number or headline-slot conflict');
console.log(`${'measure'.padEnd(20)}${THRESHOLDS.map((t) => `t=${t.toFixed(1)}`.padEnd(22)).join('')}P=1 from: thr → recall`);
console.log(
  `${''.padEnd(20)}${THRESHOLDS.map(() =>
    LANGUAGES.map((l) => `${l}P  R `)
      .join(' ')
      .padEnd(22),
  ).join('')}`,
);
for (const [name, measure] of MEASURES) {
  for (const guarded of [false, true]) {
    const accept = (p: Prepared, t: number) => measure(p) >= t && (!guarded || conflict(p.a, p.b) === null);
    const cells = THRESHOLDS.map((t) =>
      LANGUAGES.map((l) => {
        const s = score(byLanguage.get(l)!, (p) => accept(p, t));
        return `${pct(s.precision)}${pct(s.recall)}`;
      })
        .join(' ')
        .padEnd(22),
    );
    // Lowest threshold with no false merge: just above the best-scoring surviving negative.
    const best = LANGUAGES.map((l) => {
      const items = byLanguage.get(l)!;
      const negatives = items.filter((p) => !p.pair.same && (!guarded || conflict(p.a, p.b) === null)).map(measure);
      const threshold = Math.max(0, ...negatives) + 1e-9;
      return `${l} ${threshold.toFixed(2)}→${pct(score(items, (p) => accept(p, threshold)).recall)}%`;
    });
    console.log(`${(name + (guarded ? '+guard' : '')).padEnd(20)}${cells.join('')}${best.join('  ')}`);
  }
}

console.log('\nchosen: headline coverage + guard, thresholds', JSON.stringify(MIN_HEADLINE_COVERAGE));
for (const language of LANGUAGES) {
  const items = byLanguage.get(language)!;
  const s = score(items, (p) => sameEvent(p.a, p.b));
  const vetoed = items.filter((p) => p.pair.same && conflict(p.a, p.b) !== null).length;
  console.log(
    `${language}: precision ${pct(s.precision)}%, recall ${pct(s.recall)}% (${s.tp}/${s.positives}; ${s.fp} false merges; ${vetoed} same-event pairs lost to the guard)`,
  );
  if (verbose) {
    for (const p of items) {
      const merged = sameEvent(p.a, p.b);
      if (merged === p.pair.same) continue;
      console.log(
        `   ${p.pair.id} ${p.pair.same ? 'missed' : 'FALSE MERGE'} cov ${mutualCoverage(p.a, p.b).toFixed(2)} ${conflict(p.a, p.b) ?? ''}`,
      );
    }
  }
}

// groupStories must agree with the pairwise decision, and stay fast on a day's worth of articles.
const asArticle = (side: Side, language: Language, id: number, feedId: number, publishedAt: number): StoryArticle => ({
  id,
  feedId,
  feedName: `feed ${feedId}`,
  title: side.title,
  link: null,
  language,
  publishedAt,
  topics: [],
  summary: { headline: side.title, lead: side.lead, sections: [] },
});
let disagreements = 0;
for (const [k, p] of prepared.entries()) {
  const stories = groupStories([
    asArticle(p.pair.a, p.pair.lang, 2 * k + 1, 1, 0),
    asArticle(p.pair.b, p.pair.lang, 2 * k + 2, 2, 3600_000),
  ]);
  if ((stories.length === 1) !== sameEvent(p.a, p.b)) disagreements++;
}
console.log(`groupStories vs pairwise decision: ${disagreements} disagreements`);

/**
 * Timing on 5,000 articles, two ways. "copies": the labelled texts again and again, every 10 hours
 * over a week on 50 feeds — about five copies of each text in any 48 hours, every copy a candidate
 * and most of them merging. "synthetic": 5,000 articles in one 48-hour window, built like wire
 * copy from the set's vocabulary (seeded): a headline of a name of its own, a place from 300, two
 * words from the vocabulary's long tail and four drawn with Zipf frequencies; a lead of 35 Zipf
 * words around the name; every tenth article a re-report of a recent one with its lead reshuffled.
 */
function copiesCorpus(): StoryArticle[] {
  const corpus: StoryArticle[] = [];
  for (let n = 0; corpus.length < 5000; n++) {
    for (const [k, p] of prepared.entries()) {
      if (corpus.length >= 5000) break;
      const at = n * 10 * 3600_000 + k * 60_000;
      corpus.push(asArticle(p.pair.a, p.pair.lang, corpus.length + 1, (corpus.length % 50) + 1, at));
      corpus.push(asArticle(p.pair.b, p.pair.lang, corpus.length + 1, (corpus.length % 50) + 1, at + 30_000));
    }
  }
  return corpus;
}

function syntheticCorpus(): StoryArticle[] {
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Distinct words of each language, most frequent first.
  const vocabulary = new Map<Language, string[]>();
  for (const language of LANGUAGES) {
    const counts = new Map<string, number>();
    for (const p of pairs.filter((pair) => pair.lang === language)) {
      for (const word of `${p.a.title} ${p.a.lead} ${p.b.title} ${p.b.lead}`.split(/\s+/)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    vocabulary.set(
      language,
      [...counts].sort((x, y) => y[1] - x[1]).map(([word]) => word),
    );
  }
  const zipf = (words: string[]) => words[Math.min(words.length, Math.floor(words.length ** random())) - 1]!;
  const rare = (words: string[]) => words[200 + Math.floor(random() * (words.length - 200))]!;
  const draw = (language: Language, n: number, pick: (words: string[]) => string) =>
    Array.from({ length: n }, () => pick(vocabulary.get(language)!)).join(' ');
  const corpus: StoryArticle[] = [];
  while (corpus.length < 5000) {
    const n = corpus.length;
    const earlier = n > 100 && n % 10 === 0 ? corpus[n - 1 - Math.floor(random() * 100)] : undefined;
    const language = earlier?.language ?? LANGUAGES[n % 3]!;
    // Fixed-length made-up words, so that no name is a prefix of another (or of a real word).
    const name = `Qx${n.toString(36).padStart(4, '0')} Vy${Math.floor(random() * 300)
      .toString(36)
      .padStart(2, '0')}`;
    const side = earlier
      ? { title: earlier.summary.headline, lead: earlier.summary.lead.split(' ').reverse().join(' ') }
      : {
          title: `${name} ${draw(language, 2, rare)} ${draw(language, 4, zipf)}`,
          lead: `${draw(language, 15, zipf)} ${name} ${draw(language, 20, zipf)}`,
        };
    corpus.push(asArticle(side, language, n + 1, (n % 60) + 1, Math.floor(random() * STORY_WINDOW_MS)));
  }
  return corpus;
}

if (!process.argv.includes('--no-timing')) {
  // Minimum and median of 11 calls after a first (cold) one: the minimum is the least disturbed by other processes.
  for (const [name, corpus] of [
    ['copies', copiesCorpus()],
    ['synthetic', syntheticCorpus()],
  ] as const) {
    const runs = Array.from({ length: 12 }, () => {
      const started = performance.now();
      const stories = groupStories(corpus);
      return { ms: performance.now() - started, stories: stories.length };
    });
    const first = runs.shift()!;
    const times = runs.map((run) => run.ms).sort((x, y) => x - y);
    console.log(
      `groupStories, ${name}: ${corpus.length} articles → ${first.stories} stories; first call ${first.ms.toFixed(0)} ms, then min ${times[0]!.toFixed(0)} ms, median ${times[5]!.toFixed(0)} ms`,
    );
  }
}
