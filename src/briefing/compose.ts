import type { Language } from '../model/language.ts';
import { TOPICS, type Topic } from '../model/topics.ts';
import { storyArticleIds, type Story } from '../model/story.ts';

/** Most stories in one topic's section of a briefing. */
export const STORIES_PER_SECTION = 5;

export interface BriefingSection {
  topic: Topic;
  stories: Story[];
}

export interface Briefing {
  language: Language;
  /** The moment the briefing is for (its header's date). */
  at: number;
  sections: BriefingSection[];
}

/** Most sources first (a story several agencies carry matters more), then newest, then by id for stability. */
export function byImportance(a: Story, b: Story): number {
  return b.others.length - a.others.length || b.latestAt - a.latestAt || b.main.id - a.main.id;
}

/**
 * A briefing from stories: one section per topic the reader follows, in the fixed topic order, each
 * with its top stories. A story about several topics appears once, in the first of its topics the
 * reader follows, so no story is read twice. Sections without stories are left out; a briefing
 * without sections is empty and is never sent.
 */
export function composeBriefing(input: {
  stories: readonly Story[];
  topics: readonly Topic[];
  language: Language;
  at: number;
  perSection?: number;
}): Briefing {
  const followed = TOPICS.filter((topic) => input.topics.includes(topic));
  const byTopic = new Map<Topic, Story[]>(followed.map((topic) => [topic, []]));
  for (const story of input.stories) {
    const home = followed.find((topic) => story.topics.includes(topic));
    if (home) byTopic.get(home)!.push(story);
  }
  const perSection = input.perSection ?? STORIES_PER_SECTION;
  const sections = followed
    .map((topic) => ({ topic, stories: byTopic.get(topic)!.sort(byImportance).slice(0, perSection) }))
    .filter((section) => section.stories.length > 0);
  return { language: input.language, at: input.at, sections };
}

/** Every article a briefing shows, main and merged ones: what is recorded as sent. */
export function articleIdsOf(briefing: Briefing): number[] {
  return briefing.sections.flatMap((section) => section.stories.flatMap(storyArticleIds));
}
