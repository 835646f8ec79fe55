import type { Language } from '../config.ts';
import { parseSearchQuery, searchSnippet, termCounter } from '../text/search-query.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** An article as a result list shows it. */
export interface ArticleHit {
  id: number;
  title: string;
  link: string | null;
  feedId: number;
  publishedAt: number;
  /** A stretch of the article's text around the first word that matched (plain text); absent when only the title matched. */
  snippet?: string;
}

export interface SearchInput {
  query: string;
  language: Language;
  limit: number;
  offset?: number;
  /** The time recency is measured from; a caller paging one search passes the same value for every page. */
  now?: number;
}

export interface SearchResult {
  /** How many articles matched, or undefined when SEARCH_WINDOW or more did (the search looked no further). */
  total: number | undefined;
  hits: ArticleHit[];
}

/**
 * The newest matching articles a search ranks: 30 pages of 10. FTS5 walks its matches newest first
 * (rowid = article id, and ids follow arrival, which follows publication) and stops after this many,
 * so a word found in half the corpus costs about what a rare one does. The cost grows with it (each
 * candidate's folded title and date are read): over a million articles, 1,000 took twice as long as
 * 300. Older matches are reached by adding a word.
 */
export const SEARCH_WINDOW = 300;
/** Age at which an article's relevance counts half: news is read for what is new. */
export const RECENCY_HALF_AGE_MS = 3 * 24 * 3600_000;
/** An article with every query word in its title counts this much more than one that only mentions them. */
const TITLE_WEIGHT = 4;
const MAX_LIMIT = 100;

/**
 * Full-text search in one language, newest and best first.
 *
 * Order: score = (1 + TITLE_WEIGHT × share of the query's words found in the title) ÷
 * (1 + age / RECENCY_HALF_AGE_MS), age from `now`; ties newest first, over the newest SEARCH_WINDOW
 * matches. So a story with the words in its title stays above fresher passing mentions for about
 * twelve days, and among equals the newer wins. FTS5's bm25 is not used: its IDF counts every document holding each word, a full doclist
 * read per word (≈ 80 ms for a common word over a million articles), and for an AND query, where
 * every hit holds every word, it adds little beyond "is it in the title".
 *
 * Never throws on what a reader types: text with nothing searchable gives no hits, and everything
 * else becomes quoted FTS5 strings (see parseSearchQuery).
 */
export function searchArticles(db: Db, input: SearchInput): SearchResult {
  const query = parseSearchQuery(input.query);
  if (!query) return { total: 0, hits: [] };
  const limit = clampInteger(input.limit, 0, MAX_LIMIT);
  const offset = clampInteger(input.offset ?? 0, 0, SEARCH_WINDOW);
  const now = input.now ?? Date.now();
  const sql = statements(db);
  const matches = sql
    .get(
      `SELECT articles_fts.rowid AS id, articles_fts.title AS foldedTitle, a.published_at AS publishedAt
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND a.language = ?
       ORDER BY articles_fts.rowid DESC LIMIT ?`,
    )
    .all(query.match, input.language, SEARCH_WINDOW) as { id: number; foldedTitle: string; publishedAt: number }[];
  const inTitle = termCounter(query);
  const ranked = matches
    .map((match) => {
      const relevance = 1 + (TITLE_WEIGHT * inTitle(match.foldedTitle)) / query.terms.length;
      return { ...match, score: relevance / (1 + Math.max(0, now - match.publishedAt) / RECENCY_HALF_AGE_MS) };
    })
    .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id);
  // The index's folded copy of the body comes along: the snippet then needs no folding of its own.
  const row = sql.get(
    `SELECT a.id, a.title, a.link, a.feed_id AS feedId, a.published_at AS publishedAt, a.text, f.body AS foldedText
     FROM articles a JOIN articles_fts f ON f.rowid = a.id WHERE a.id = ?`,
  );
  const hits = ranked.slice(offset, offset + limit).map(({ id }) => {
    const { text, foldedText, ...hit } = row.get(id) as Omit<ArticleHit, 'snippet'> & { text: string; foldedText: string };
    const snippet = searchSnippet(text, query, foldedText);
    return snippet ? { ...hit, snippet } : hit;
  });
  return { total: matches.length >= SEARCH_WINDOW ? undefined : matches.length, hits };
}

function clampInteger(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, Math.trunc(value)));
}

/** One statement cache per connection: the same few queries run on every /search and /latest. */
const caches = new WeakMap<Db, StatementCache>();
function statements(db: Db): StatementCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new StatementCache(db);
    caches.set(db, cache);
  }
  return cache;
}
