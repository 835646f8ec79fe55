import type { Language } from '../model/language.ts';
import { cachedWordTokens } from '../text/tokens.ts';
import { TermMatcher } from './matcher.ts';
import { TOPICS, inTopicOrder, type Topic } from '../model/topics.ts';
import { AR } from './terms/ar.ts';
import { EN } from './terms/en.ts';
import { RU } from './terms/ru.ts';
import { STRONG_WEIGHT, termsOf } from './terms/vocabulary.ts';

/** Tuned on the labelled set in tests/fixtures/topics (`npm run eval:topics`). */
export const CLASSIFIER = {
  /** A mention in the title says as much as this many mentions in the body. */
  titleFactor: 3,
  /** The first paragraph is where the story is told; mentions there count a little more. */
  leadFactor: 1.5,
  /** How many characters of body count as the lead. */
  leadLength: 400,
  /** Below this score a topic is a passing mention: one strong name in the body is 2. */
  minScore: 4,
  /** A topic must reach this share of the article's strongest topic (a UN aside in a Gulf story is not a UN story). */
  minShareOfTop: 0.12,
  /** Only this much body is read: the topic of an article is set long before its end. */
  maxBodyChars: 20_000,
} as const;

const matchers: Record<Language, TermMatcher> = {
  ar: new TermMatcher(termsOf(AR), 'ar'),
  ru: new TermMatcher(termsOf(RU), 'ru'),
  en: new TermMatcher(termsOf(EN), 'en'),
};

export interface ClassifyInput {
  title: string;
  text: string;
  language: Language;
}

export interface TopicScores {
  /** Mentions weighted by term strength and by where they stand. */
  scores: Record<Topic, number>;
  /** Whether a name or defining phrase of the topic was seen, not only its vocabulary. */
  named: Record<Topic, boolean>;
}

/** Each topic's score for an article. */
export function scoreTopics({ title, text, language }: ClassifyInput): TopicScores {
  const scores = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
  const named = Object.fromEntries(TOPICS.map((topic) => [topic, false])) as Record<Topic, boolean>;
  const matcher = matchers[language];
  const body = text.slice(0, CLASSIFIER.maxBodyChars);
  const parts: [string, number][] = [
    [title, CLASSIFIER.titleFactor],
    [body.slice(0, CLASSIFIER.leadLength), CLASSIFIER.leadFactor],
    [body.slice(CLASSIFIER.leadLength), 1],
  ];
  for (const [part, factor] of parts) {
    for (const match of matcher.match(cachedWordTokens(part))) {
      for (const [topic, weight] of Object.entries(match.term.weights) as [Topic, number][]) {
        scores[topic] += weight * factor;
        if (weight >= STRONG_WEIGHT) named[topic] = true;
      }
    }
  }
  return { scores, named };
}

/**
 * The topics an article is about, in briefing order: those named at least once (vocabulary alone —
 * "ceasefire", "troops" — does not make a topic), whose score is high enough on its own and next to
 * the article's main topic. Pure; the same text always gets the same topics.
 */
export function classify(input: ClassifyInput): Topic[] {
  const { scores, named } = scoreTopics(input);
  const top = Math.max(...Object.values(scores));
  if (top < CLASSIFIER.minScore) return [];
  return inTopicOrder(
    TOPICS.filter((topic) => named[topic] && scores[topic] >= CLASSIFIER.minScore && scores[topic] >= CLASSIFIER.minShareOfTop * top),
  );
}
