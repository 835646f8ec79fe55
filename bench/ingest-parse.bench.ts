import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { decodeFeedBytes } from '../src/feeds/decode.ts';
import { normalizeFeed } from '../src/feeds/normalize.ts';
import { FeedParseError, parseFeed } from '../src/feeds/parse.ts';
import { corpusFeedFiles, corpusFeedsDir } from '../tests/support/shared-corpus.ts';
import type { Benchmark, Figure } from './harness.ts';

/** Measure for at least this long, so small corpora still give a stable figure. */
const MIN_MEASURE_MS = 2_000;
/** The goal: at least this many times python3-feedparser's parse-only speed. */
const FEEDPARSER_RATIO_GOAL = 3.5;

export interface IngestParseResult {
  files: number;
  bytes: number;
  rounds: number;
  seconds: number;
  megabytesPerSecond: number;
}

/** Times decode → parse → normalise over the bodies (in memory, no store); MB = 10^6 bytes. */
export async function measureIngestParse(bodies: Uint8Array[]): Promise<IngestParseResult> {
  const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
  const now = new Date();
  const once = async () => {
    for (const body of bodies) {
      try {
        normalizeFeed(await parseFeed(decodeFeedBytes(body).text), { feedUrl: 'https://bench.invalid/feed', now });
      } catch (error) {
        if (!(error instanceof FeedParseError)) throw error;
      }
    }
  };
  await once(); // warm-up: JIT and module initialisation are not throughput
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < MIN_MEASURE_MS) {
    await once();
    rounds++;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const seconds = elapsedMs / 1000;
  return { files: bodies.length, bytes, rounds, seconds, megabytesPerSecond: (bytes * rounds) / 1e6 / seconds };
}

/**
 * Interpreters tried for feedparser: the one on PATH, then Debian's own, where `python3-feedparser`
 * installs (a pyenv or venv python3 on PATH does not see it).
 */
const PYTHONS = ['python3', '/usr/bin/python3'];

/** python3-feedparser's parse-only MB/s on the same files, or undefined when it is not installed. */
export function measureFeedparser(files: string[]): number | undefined {
  const script = [
    'import sys, time, feedparser',
    'paths = sys.argv[1:]',
    'data = [open(p, "rb").read() for p in paths]',
    'for d in data: feedparser.parse(d)',
    'rounds, start = 0, time.perf_counter()',
    `while time.perf_counter() - start < ${MIN_MEASURE_MS / 1000}:`,
    '    for d in data: feedparser.parse(d)',
    '    rounds += 1',
    'print(sum(map(len, data)) * rounds / 1e6 / (time.perf_counter() - start))',
  ].join('\n');
  for (const python of PYTHONS) {
    const run = spawnSync(python, ['-c', script, ...files], { encoding: 'utf8', timeout: 120_000 });
    const value = Number.parseFloat(run.stdout);
    if (run.status === 0 && Number.isFinite(value)) return value;
  }
  return undefined;
}

/** `ingest-parse`: throughput of the pure feed pipeline over the shared corpus, beside feedparser's. */
export const ingestParseBenchmark: Benchmark = {
  name: 'ingest-parse',
  async run(): Promise<Figure[]> {
    const feedsDir = corpusFeedsDir();
    if (!existsSync(feedsDir)) {
      console.warn(`ingest-parse: no corpus at ${feedsDir}; set DIPLOBRIEF_SHARED_DIR`);
      return [];
    }
    const files = corpusFeedFiles(feedsDir);
    const result = await measureIngestParse(files.map((file) => readFileSync(file)));
    const figures: Figure[] = [
      {
        name: `decode→parse→normalise (${result.files} files, ${(result.bytes / 1e6).toFixed(2)} MB)`,
        value: round(result.megabytesPerSecond),
        unit: 'MB/s',
      },
    ];
    const feedparser = measureFeedparser(files);
    if (feedparser === undefined) {
      figures.push({ name: 'python3-feedparser parse-only (not installed: no ratio)', value: 0, unit: 'MB/s' });
    } else {
      figures.push({ name: 'python3-feedparser parse-only', value: round(feedparser), unit: 'MB/s' });
      figures.push({
        name: 'ratio to feedparser',
        value: round(result.megabytesPerSecond / feedparser),
        unit: '×',
        goal: { atLeast: FEEDPARSER_RATIO_GOAL },
      });
    }
    return figures;
  },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
