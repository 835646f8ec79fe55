/**
 * ROUGE-1/2/L F1 as XL-Sum scores it for every language: its multilingual tokenisation, no stemming,
 * one reference.
 */

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
