import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromInput, summarizeArticle, type SummaryInput } from '../src/summarize/index.ts';
import { sharedDir } from '../tests/support/shared-corpus.ts';
import { timeMs, type Benchmark } from './harness.ts';

/** The goal: a 5,000-character article summarised in at most this many milliseconds (median). */
const MEDIAN_GOAL_MS = 5;
const ARTICLE_LENGTH = 5_000;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 300;

/** Used when the shared fixtures are absent, so the benchmark still runs (on English text). */
const FALLBACK_ARTICLE = `Foreign ministers will discuss the Middle East conflict

The Russian and Kuwaiti foreign ministers will discuss peaceful solutions to the conflict and bilateral cooperation during talks in Moscow on Friday, the ministry said. Contacts between the two capitals on the regional and multilateral agenda continue on a regular basis.

Security in the region

The two countries regularly exchange views on security in the Gulf, and consultations between Russia and the Gulf Cooperation Council continue. The agenda also includes Syria, Libya and the crisis in Yemen.

Two-way dialogue

The ministers will also consider further contacts at various levels and the prospects for trade, economic and investment cooperation. Coordination in the energy sector and on pricing in the world hydrocarbon market is among the important issues.`;

/**
 * An article of about ARTICLE_LENGTH characters: the Arabic fixture (title, intro and three
 * sections), its body repeated until long enough, as ministry pieces of that length are.
 */
export function benchmarkArticle(): SummaryInput {
  const fixture = join(sharedDir(), 'fixtures/articles/ar-russia-kuwait-ministers.txt');
  const [raw, language] = existsSync(fixture) ? [readFileSync(fixture, 'utf8'), 'ar' as const] : [FALLBACK_ARTICLE, 'en' as const];
  const { title, text } = articleFromInput(raw);
  let body = text;
  while (body.length < ARTICLE_LENGTH) body += `\n\n${text}`;
  const cut = body.lastIndexOf('\n\n', ARTICLE_LENGTH);
  return { title, text: body.slice(0, cut > 0 ? cut : ARTICLE_LENGTH), language };
}

export const summarizeBenchmark: Benchmark = {
  name: 'summarize',
  run: () => {
    const article = benchmarkArticle();
    for (let i = 0; i < WARM_UP_RUNS; i++) summarizeArticle(article);
    const times = Array.from({ length: MEASURED_RUNS }, () => timeMs(() => summarizeArticle(article))).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    return [
      {
        name: `median, ${article.text.length.toLocaleString('en')}-char ${article.language} article`,
        value: Number(median.toFixed(2)),
        unit: 'ms',
        goal: { atMost: MEDIAN_GOAL_MS },
      },
      { name: 'p95', value: Number(p95.toFixed(2)), unit: 'ms' },
    ];
  },
};
