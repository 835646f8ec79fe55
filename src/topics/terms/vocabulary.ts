import type { Term } from '../matcher.ts';
import type { Topic } from '../../model/topics.ts';

/**
 * A topic's words in one language. `strong`: names and phrases that on their own say the article is
 * about the topic (a country, its capital and leaders, an organisation). `weak`: the topic's
 * vocabulary, which counts only together with more. Terms are written in base form; case endings,
 * plurals and Arabic attached prefixes are handled by the matcher.
 */
export interface TopicWords {
  strong: readonly string[];
  weak?: readonly string[];
}

export interface Vocabulary {
  topics: Record<Topic, TopicWords>;
  /**
   * Phrases that must be read whole: terms of several topics at once ("UNRWA"), or words that look
   * like a topic's but are not ("Gulf of Aden" is not the GCC; "atomic energy" is not oil).
   */
  phrases?: readonly Term[];
}

export const STRONG_WEIGHT = 2;
export const WEAK_WEIGHT = 1;

export function termsOf(vocabulary: Vocabulary): Term[] {
  const terms: Term[] = [];
  for (const [topic, words] of Object.entries(vocabulary.topics) as [Topic, TopicWords][]) {
    for (const text of words.strong) terms.push({ text, weights: { [topic]: STRONG_WEIGHT } });
    for (const text of words.weak ?? []) terms.push({ text, weights: { [topic]: WEAK_WEIGHT } });
  }
  return [...terms, ...(vocabulary.phrases ?? [])];
}
