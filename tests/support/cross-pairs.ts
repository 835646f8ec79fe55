import { readFileSync } from 'node:fs';
import type { Language } from '../../src/model/language.ts';

/** One report of a labelled cross-language pair (tests/fixtures/stories/cross-pairs.jsonl, its README). */
export interface CrossPairSide {
  lang: Language;
  source: string;
  title: string;
  lead: string;
  publishedAt: string;
}

export interface CrossPair {
  id: string;
  split: 'dev' | 'test';
  same: boolean;
  kind: string;
  a: CrossPairSide;
  b: CrossPairSide;
}

/** The labelled pairs, as the test of the rule, `npm run eval:stories` and the linking bench read them. */
export function readCrossPairs(): CrossPair[] {
  return readFileSync(new URL('../fixtures/stories/cross-pairs.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CrossPair);
}
