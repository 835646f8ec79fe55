/**
 * The fixed topics, in the order briefings show them.
 * Their localised names live in locales/*.ftl as `topic-<slug>`.
 */
export const TOPICS = ['gulf', 'palestine', 'iran', 'syria', 'libya', 'yemen', 'security', 'energy', 'economy', 'un'] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

/** Orders topics as briefings show them, dropping unknown slugs. */
export function inTopicOrder(topics: Iterable<string>): Topic[] {
  const wanted = new Set(topics);
  return TOPICS.filter((topic) => wanted.has(topic));
}
