import { isLanguage } from '../model/language.ts';
import { summarizeArticle } from './index.ts';
import type { Summary } from '../model/summary.ts';

/**
 * The summary stored with an article. Articles in another language than ar/ru/en are never delivered,
 * so they keep only their cleaned headline.
 */
export function summarizeStored(article: { title: string; text: string; html: string; language: string }): Summary {
  if (!isLanguage(article.language)) return summarizeArticle({ title: article.title, text: '', language: 'en' });
  return summarizeArticle({ title: article.title, text: article.text, html: article.html, language: article.language });
}
