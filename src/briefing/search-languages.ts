import { namesInLanguage } from '../entities/translate-names.ts';
import { LANGUAGES, type Language } from '../model/language.ts';
import type { SourceChoice } from '../model/story.ts';
import type { Db } from '../store/db.ts';
import { hitsOf, rankArticles, searchArticles, type SearchResult } from '../store/search.ts';

/**
 * A search in the reader's language, or with `/sources all` in all three: the words as typed in the
 * reader's own, and the names they contain (the gazetteer's) in the others — "Lavrov Kuwait" looks
 * for "Лавров Кувейт" in Russian. The ranks are comparable between languages (they count no word
 * statistics), so the pages are one ranking: the three languages' matches merged by rank, and
 * only the page's own articles read for display.
 */
export function searchLanguages(
  db: Db,
  search: { language: Language; query: string; sources: SourceChoice },
  page: { limit: number; offset: number; now: number },
): SearchResult {
  if (search.sources !== 'all') return searchArticles(db, { query: search.query, language: search.language, ...page });
  const rankings = LANGUAGES.flatMap((language) => {
    const query = language === search.language ? search.query : namesInLanguage(search.query, search.language, language);
    const ranking = query === undefined ? undefined : rankArticles(db, { query, language, now: page.now });
    return ranking ? [ranking] : [];
  });
  // Each ranking is the newest SEARCH_WINDOW matches of its language, as one language's search pages through.
  const merged = rankings
    .flatMap((ranking) => ranking.ranked.map((match) => ({ ranking, match })))
    .sort((a, b) => b.match.score - a.match.score || b.match.publishedAt - a.match.publishedAt || b.match.id - a.match.id)
    .slice(page.offset, page.offset + page.limit);
  const hits = merged.flatMap(({ ranking, match }) => hitsOf(db, ranking, [match]));
  const total = rankings.every((ranking) => ranking.total !== undefined)
    ? rankings.reduce((sum, ranking) => sum + ranking.total!, 0)
    : undefined;
  return { total, hits };
}
