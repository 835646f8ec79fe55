import type { Language } from '../model/language.ts';
import type { ArticleDerived, ArticleInput } from '../model/article.ts';
import { summarizeStored } from '../summarize/stored.ts';
import { resolveArticleLanguage } from '../topics/language.ts';
import { tagText } from '../topics/tag.ts';

/**
 * What ingestion works out from an article of a feed: its language (the feed's declared one, else
 * the item's or feed's own, else detected), its topics and its summary.
 */
export function deriveFromText(article: ArticleInput, feedLanguage: Language | null): ArticleDerived {
  const language = resolveArticleLanguage({
    declared: feedLanguage,
    feedLanguage: article.declaredLanguage,
    title: article.title,
    text: article.text,
  });
  return {
    language,
    textTopics: tagText(article.title, article.text, language),
    summary: summarizeStored({ ...article, language }),
  };
}
