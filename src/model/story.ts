import type { Language } from './language.ts';
import type { Summary } from './summary.ts';
import type { Topic } from './topics.ts';

/** An article as briefings and reader commands show it: with its feed's name, topics and summary. */
export interface StoryArticle {
  id: number;
  feedId: number;
  feedName: string;
  title: string;
  link: string | null;
  language: Language;
  publishedAt: number;
  summary: Summary;
  topics: Topic[];
}

/** One event: the articles of several feeds that report it, shown once. */
export interface Story {
  /**
   * The article shown: the one with the longest lead (the fullest account of the event), ties to
   * the earliest published, then the lowest id. Every member is within the story window (48 hours)
   * of every other, so the whole group is the story's most recent 48 hours.
   */
  main: StoryArticle;
  /** The others, newest first (ties: higher id first); their feed names are "also reported by". */
  others: StoryArticle[];
  /** Union of the group's topics, in the briefing's topic order. */
  topics: Topic[];
  /** Distinct feed names of the others that are not the main's, in the order of `others`. */
  otherSources: string[];
  /** Newest publishedAt in the group. */
  latestAt: number;
  /** Its reports in the other languages, when linked (shown as one line naming them). */
  coverage?: Coverage[];
  /**
   * What the optional language model wrote for it in the reader's language, when it has: a brief
   * shown instead of the extractive lead, and for a story from another language a translated headline.
   */
  brief?: { text: string; headline?: string };
}

/** Every article of a story: the one shown and those merged into it. */
export function storyArticleIds(story: Story): number[] {
  return [story.main.id, ...story.others.map((other) => other.id)];
}

/** A report of a story's event in another language (linked across languages, src/entities/same-event.ts). */
export interface Coverage {
  articleId: number;
  language: Language;
  feedName: string;
  link: string | null;
}

/** Which stories a chat gets: its own language's, or also those that exist only in the other two. */
export const SOURCE_CHOICES = ['mine', 'all'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];
