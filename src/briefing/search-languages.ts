import { namesInLanguage } from '../entities/translate-names.ts';
import { LANGUAGES, type Language } from '../model/language.ts';
import type { SourceChoice } from '../model/story.ts';
import type { Db } from '../store/db.ts';
import { searchArticles, type SearchResult } from '../store/search.ts';

/**
 * A search in the reader's language, or with `/sources all` in all three: the words as typed in the
 * reader's own, and the names they contain (the gazetteer's) in the others — "Lavrov Kuwait" looks
 * for "Лавров Кувейт" in Russian. The ranks are comparable between languages (they count no word
 * statistics), so the pages are one ranking: each language gives its best up to the page's end,
 * and the merged list is cut there.
 */
export function searchLanguages(
  db: Db,
  search: { language: Language; query: string; sources: SourceChoice },
  page: { limit: number; offset: number; now: number },
): SearchResult {
  if (search.sources !== 'all') return searchArticles(db, { query: search.query, language: search.language, ...page });
  const results = LANGUAGES.flatMap((language) => {
    const query = language === search.language ? search.query : namesInLanguage(search.query, search.language, language);
    return query === undefined ? [] : [searchArticles(db, { query, language, limit: page.offset + page.limit, offset: 0, now: page.now })];
  });
  const hits = results
    .flatMap((result) => result.hits)
    .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id)
    .slice(page.offset, page.offset + page.limit);
  const total = results.every((result) => result.total !== undefined) ? results.reduce((sum, result) => sum + result.total!, 0) : undefined;
  return { total, hits };
}
