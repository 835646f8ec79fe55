import { isLanguage } from '../model/language.ts';
import type { TaggableArticle } from '../model/article.ts';
import type { Feed } from '../model/feed.ts';
import { classify } from './classify.ts';
import type { Topic } from '../model/topics.ts';

/** The classifier's topics for an article's text; articles in other languages get none (they are never delivered). */
export function tagText(title: string, text: string, language: string): Topic[] {
  return isLanguage(language) ? classify({ title, text, language }) : [];
}

/** An article's topics as retagging recomputes them: its feed's current declaration and its text. */
export function retagArticle(
  article: TaggableArticle,
  feedsById: ReadonlyMap<number, Feed>,
): { feedTopics: string[]; textTopics: Topic[] } {
  return { feedTopics: feedsById.get(article.feedId)?.topics ?? [], textTopics: tagText(article.title, article.text, article.language) };
}
