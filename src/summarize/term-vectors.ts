export { contentStems } from '../text/content-stems.ts';

/** A bag of stems: stem → count. */
export type TermVector = Map<string, number>;

export function termVector(stems: readonly string[]): TermVector {
  const vector: TermVector = new Map();
  for (const term of stems) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

/**
 * Inverse sentence frequency of every term in the document: the article is its own corpus, so a
 * word in every sentence (the country the story is about) weighs less than a word in two.
 */
export function inverseSentenceFrequency(vectors: readonly TermVector[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [term, count] of frequency) weights.set(term, Math.log(1 + vectors.length / count));
  return weights;
}

/** Cosine similarity of two term vectors, each term weighted by `weights` (1 when absent). */
export function cosine(a: TermVector, b: TermVector, weights: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [term, count] of a) {
    const other = b.get(term);
    if (other !== undefined) dot += count * other * (weights.get(term) ?? 1) ** 2;
  }
  if (dot === 0) return 0;
  return dot / (norm(a, weights) * norm(b, weights));
}

function norm(vector: TermVector, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, count] of vector) sum += (count * (weights.get(term) ?? 1)) ** 2;
  return Math.sqrt(sum);
}

/**
 * Centrality of each sentence: its weighted cosine similarity to the whole article (the centroid of
 * all its sentences; MEAD's centroid score, the degree-centrality end of LexRank). A sentence that
 * shares vocabulary with the rest states what the article is about. Measured on the XL-Sum samples,
 * it picks better leads than PageRank over the sentence graph (TextRank): ROUGE-1 14.4 / 13.4 / 19.4
 * (ar / ru / en) against 13.3 / 10.8 / 18.1, for a fraction of the cost.
 */
export function centrality(vectors: readonly TermVector[], weights: ReadonlyMap<string, number>): number[] {
  const centroid: TermVector = new Map();
  for (const vector of vectors) for (const [term, count] of vector) centroid.set(term, (centroid.get(term) ?? 0) + count);
  return vectors.map((vector) => cosine(vector, centroid, weights));
}

/** The share of the reference's terms (a title, a heading) that the sentence contains. */
export function coverage(vector: TermVector, reference: TermVector): number {
  if (reference.size === 0) return 0;
  let covered = 0;
  for (const term of reference.keys()) if (vector.has(term)) covered++;
  return covered / reference.size;
}
