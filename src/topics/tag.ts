import { isLanguage } from '../config.ts';
import type { TaggableArticle } from '../store/articles.ts';
import type { Feed } from '../store/feeds.ts';
import { classify } from './classify.ts';
import type { Topic } from './registry.ts';

/** The classifier's topics for an article's text; articles in other languages get none (they are never delivered). */
export function tagText(title: string, text: string, language: string): Topic[] {
  return isLanguage(language) ? classify({ title, text, language }) : [];
}

/** An article's topics as retagging recomputes them: its feed's current declaration and its text. */
export function retagArticle(article: TaggableArticle, feedsById: ReadonlyMap<number, Feed>): { feedTopics: string[]; textTopics: Topic[] } {
  return { feedTopics: feedsById.get(article.feedId)?.topics ?? [], textTopics: tagText(article.title, article.text, article.language) };
}
