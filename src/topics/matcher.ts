import type { Language } from '../model/language.ts';
import type { Topic } from '../model/topics.ts';
import { articleWordKeys, termKeys } from './term-keys.ts';

/** A term and, for each topic it speaks of, how much one mention of it says. */
export interface Term {
  text: string;
  weights: Partial<Record<Topic, number>>;
}

export interface TermMatch {
  term: Term;
  /** Index of the first word matched. */
  start: number;
  length: number;
}

interface IndexedTerm {
  term: Term;
  /** Per word of the term, the keys that word may match. */
  keys: string[][];
}

/**
 * Finds terms in a sequence of words. Longest match wins at each position and consumes its words,
 * so "Security Council" is a UN term and not also "security", and "Gulf of Aden" is not the Gulf.
 */
export class TermMatcher {
  /** Terms by their first key, longest first. */
  private readonly byFirstKey = new Map<string, IndexedTerm[]>();

  constructor(
    terms: readonly Term[],
    private readonly language: Language,
  ) {
    // One entry per distinct key sequence: a word two topics share ("ceasefire") counts for both.
    const bySequence = new Map<string, IndexedTerm>();
    for (const term of terms) {
      const keys = termKeys(term.text, language);
      if (keys.length === 0) throw new Error(`topic term "${term.text}" (${language}) has no words`);
      const sequence = keys.map((alternatives) => alternatives.join('|')).join(' ');
      const known = bySequence.get(sequence);
      if (known) {
        for (const [topic, weight] of Object.entries(term.weights) as [Topic, number][]) {
          known.term.weights[topic] = Math.max(known.term.weights[topic] ?? 0, weight);
        }
        continue;
      }
      const indexed = { term: { text: term.text, weights: { ...term.weights } }, keys };
      bySequence.set(sequence, indexed);
      for (const first of keys[0]!) {
        const list = this.byFirstKey.get(first) ?? [];
        list.push(indexed);
        this.byFirstKey.set(first, list);
      }
    }
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  match(words: readonly string[]): TermMatch[] {
    const keys = words.map((word) => articleWordKeys(word, this.language));
    const matches: TermMatch[] = [];
    for (let start = 0; start < words.length;) {
      const found = this.longestAt(keys, start);
      if (found) {
        matches.push({ term: found.term, start, length: found.keys.length });
        start += found.keys.length;
      } else {
        start += 1;
      }
    }
    return matches;
  }

  private longestAt(keys: readonly (readonly string[])[], start: number): IndexedTerm | undefined {
    let best: IndexedTerm | undefined;
    for (const key of keys[start]!) {
      for (const candidate of this.byFirstKey.get(key) ?? []) {
        if (best && best.keys.length >= candidate.keys.length) break;
        if (candidate.keys.every((alternatives, offset) => alternatives.some((k) => keys[start + offset]?.includes(k)))) best = candidate;
      }
    }
    return best;
  }
}
