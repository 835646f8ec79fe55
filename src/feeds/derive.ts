import type { ArticleDerived, ArticleInput } from '../store/articles.ts';
import { summarizeStored } from '../summarize/stored.ts';
import { tagText } from '../topics/tag.ts';

/** What ingestion works out from an article's own text: its topics and its summary. */
export function deriveFromText(article: ArticleInput): ArticleDerived {
  return {
    textTopics: tagText(article.title, article.text, article.language),
    summary: summarizeStored(article),
  };
}
