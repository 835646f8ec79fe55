import type { Language } from '../model/language.ts';
import { foldForSearch } from '../text/fold.ts';
import { clipAtWord } from './clip.ts';
import { quotedShare } from './quotes.ts';
import { centrality, contentStems, cosine, coverage, inverseSentenceFrequency, termVector, type TermVector } from './term-vectors.ts';

/** The longest lead: one or two sentences that fit a line or two of a Telegram message. */
export const MAX_LEAD_LENGTH = 300;

/**
 * How a sentence's score is made: centrality in the article (what the story keeps coming back to),
 * the share of the title's words it carries and its similarity to the title (the title is the
 * editor's own summary), and its position (news puts the point first; 1/√(1+i) fades slowly,
 * because sites that drop the standfirst push the summary sentence down).
 */
export interface LeadWeights {
  centrality: number;
  titleCoverage: number;
  titleSimilarity: number;
  position: number;
  /** A second sentence joins the lead only when it scores at least this share of the first's score. */
  secondSentenceShare: number;
}
/**
 * Round values, not fitted: on 15 XL-Sum pairs a language every weight moves ROUGE-1 by about a
 * point either way, so fitting them to that sample would only fit its noise (`npm run eval:summaries
 * -- --fit` shows how far fitting gets).
 */
export const LEAD_WEIGHTS: Readonly<LeadWeights> = {
  centrality: 1,
  titleCoverage: 1,
  titleSimilarity: 0.5,
  position: 0.3,
  secondSentenceShare: 0.9,
};

/** A question is a hook, not a summary ("What happens now?"). */
const QUESTION_PENALTY = 1;
/** A sentence with fewer content words than this is a byline, a caption or a fragment. */
const MIN_CONTENT_WORDS = 5;
const FRAGMENT_FACTOR = 0.25;
/**
 * A sentence ends in a stop (or a closing quote or bracket after one). A piece of text without one
 * is a caption, a crosshead or a related-story link that ran into the text (see splitSentences),
 * and it is written for the picture or the page, not as the story's summary.
 */
const SENTENCE_END = /[.!?…؟][\s"'»”’)\]]*$/u;
const CAPTION_FACTOR = 0.25;
/** A sentence that is mostly direct speech is a voice in the story, not its summary (see quotedShare). */
const QUOTATION_SHARE = 0.8;
const QUOTATION_FACTOR = 0.5;

/** Sentences sharing this much vocabulary with the headline, or with each other, say the same thing. */
const DUPLICATE_SIMILARITY = 0.8;

export interface ScoredSentence {
  text: string;
  /** Place in the list, 0 for the first sentence. */
  position: number;
  score: number;
  vector: TermVector;
}

/** Scores every sentence as summary material; `reference` is the title (or a section's heading). */
export function scoreSentences(
  sentences: readonly string[],
  reference: string,
  language: Language,
  weights: Readonly<LeadWeights> = LEAD_WEIGHTS,
): ScoredSentence[] {
  const vectors = sentences.map((sentence) => termVector(contentStems(sentence, language)));
  const frequency = inverseSentenceFrequency(vectors);
  const central = centrality(vectors, frequency);
  const referenceVector = termVector(contentStems(reference, language));
  return sentences.map((text, position) => {
    const vector = vectors[position]!;
    let contentWords = 0;
    for (const count of vector.values()) contentWords += count;
    let score =
      weights.centrality * central[position]! +
      weights.titleCoverage * coverage(vector, referenceVector) +
      weights.titleSimilarity * cosine(vector, referenceVector, frequency) +
      weights.position / Math.sqrt(1 + position);
    if (contentWords < MIN_CONTENT_WORDS) score *= FRAGMENT_FACTOR;
    if (!SENTENCE_END.test(text)) score *= CAPTION_FACTOR;
    if (quotedShare(text) >= QUOTATION_SHARE) score *= QUOTATION_FACTOR;
    // Subtracted after the factors, so that shrinking a negative score never lifts a question.
    if (/[?؟]["'»”’)]*$/u.test(text)) score -= QUESTION_PENALTY;
    return { text, position, vector, score };
  });
}

/** Best first; ties to the earlier sentence. */
export function byScore(a: ScoredSentence, b: ScoredSentence): number {
  return b.score - a.score || a.position - b.position;
}

/**
 * The lead: the best-scoring sentence that does not repeat the headline, with the next best when
 * both fit in MAX_LEAD_LENGTH, it scores nearly as well and says something else; in article order.
 * A single sentence longer than the limit is shortened at a clause or a word, never inside a word.
 */
export function chooseLead(
  sentences: readonly string[],
  headline: string,
  language: Language,
  weights: Readonly<LeadWeights> = LEAD_WEIGHTS,
): string {
  const headlineVector = termVector(contentStems(headline, language));
  const foldedHeadline = foldForSearch(headline);
  const unweighted = new Map<string, number>();
  const candidates = scoreSentences(sentences, headline, language, weights)
    // A sentence that folds to the headline has its words, so the cosine drops it; only one without
    // content words (cosine 0) needs the folded comparison.
    .filter(
      (sentence) =>
        cosine(sentence.vector, headlineVector, unweighted) < DUPLICATE_SIMILARITY &&
        !(sentence.vector.size === 0 && foldForSearch(sentence.text) === foldedHeadline),
    )
    .sort(byScore);
  const best = candidates[0];
  if (!best) return '';
  if (best.text.length > MAX_LEAD_LENGTH) return clipAtWord(best.text, MAX_LEAD_LENGTH);
  const second = candidates
    .slice(1)
    .find(
      (other) =>
        best.text.length + 1 + other.text.length <= MAX_LEAD_LENGTH &&
        other.score >= best.score * weights.secondSentenceShare &&
        cosine(other.vector, best.vector, unweighted) < DUPLICATE_SIMILARITY,
    );
  if (!second) return best.text;
  return (second.position < best.position ? [second, best] : [best, second]).map((sentence) => sentence.text).join(' ');
}
