import type { Language } from '../model/language.ts';
import { matchExpression, parseSearchQuery, searchSnippet, termCounter, type SearchQuery } from '../text/search-query.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import { wordSample } from './search-sample.ts';
import { isPlainWord, PLAIN_TEXT, wordFinder } from '../text/word-finder.ts';

/** An article as a result list shows it. */
export interface ArticleHit {
  id: number;
  title: string;
  link: string | null;
  feedId: number;
  publishedAt: number;
  /** A stretch of the article's text around the first word that matched (plain text); absent when only the title matched. */
  snippet?: string;
  /** Its rank (see searchArticles): comparable between languages, as it counts no word statistics. */
  score: number;
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
 * else becomes quoted FTS5 strings (see parseSearchQuery). How the matches are found, which the
 * `plan` (for tests) may change but never what they are: see findMatches.
 */
export function searchArticles(db: Db, input: SearchInput, plan: SearchPlan = DEFAULT_PLAN): SearchResult {
  const ranking = rankArticles(db, input, plan);
  if (!ranking) return { total: 0, hits: [] };
  const limit = clampInteger(input.limit, 0, MAX_LIMIT);
  const offset = clampInteger(input.offset ?? 0, 0, SEARCH_WINDOW);
  return { total: ranking.total, hits: hitsOf(db, ranking, ranking.ranked.slice(offset, offset + limit)) };
}

/** A search's matches in rank order (at most SEARCH_WINDOW), before their rows are read for display. */
export interface Ranking {
  query: SearchQuery;
  total: number | undefined;
  ranked: RankedMatch[];
}

export interface RankedMatch {
  id: number;
  publishedAt: number;
  score: number;
}

/** The ranking searchArticles pages through, or undefined when the text has nothing searchable. */
export function rankArticles(db: Db, input: Omit<SearchInput, 'limit' | 'offset'>, plan: SearchPlan = DEFAULT_PLAN): Ranking | undefined {
  const query = parseSearchQuery(input.query);
  if (!query) return undefined;
  const now = input.now ?? Date.now();
  const matches = findMatches(db, query, input.language, plan);
  const inTitle = termCounter(query);
  const ranked = matches
    .map((match) => {
      const relevance = 1 + (TITLE_WEIGHT * inTitle(match.foldedTitle)) / query.terms.length;
      return {
        id: match.id,
        publishedAt: match.publishedAt,
        score: relevance / (1 + Math.max(0, now - match.publishedAt) / RECENCY_HALF_AGE_MS),
      };
    })
    .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id);
  return { query, total: matches.length >= SEARCH_WINDOW ? undefined : matches.length, ranked };
}

/** Some of a ranking's matches as a result list shows them, with the text around the words. */
export function hitsOf(db: Db, ranking: Ranking, matches: readonly RankedMatch[]): ArticleHit[] {
  const { sql } = state(db);
  // The index's folded copy of the body comes along: the snippet then needs no folding of its own.
  const row = sql.get(
    `SELECT a.id, a.title, a.link, a.feed_id AS feedId, a.published_at AS publishedAt, a.text, f.body AS foldedText
     FROM articles a JOIN articles_fts f ON f.rowid = a.id WHERE a.id = ?`,
  );
  return matches.map(({ id, score }) => {
    const { text, foldedText, ...hit } = row.get(id) as Omit<ArticleHit, 'snippet' | 'score'> & { text: string; foldedText: string };
    const snippet = searchSnippet(text, ranking.query, foldedText);
    return snippet ? { ...hit, score, snippet } : { ...hit, score };
  });
}

/** A matching article as ranking needs it. */
interface Match {
  id: number;
  foldedTitle: string;
  publishedAt: number;
}

/**
 * How findMatches splits the work between FTS5 and JavaScript. Tests pass their own to force each path;
 * the defaults suit a million articles.
 */
export interface SearchPlan {
  /** FTS5 walks the rarest words until at most this many rows are expected to hold them; the other words are checked here. */
  candidates: number;
  /** When FTS5 walks every word and at most this many rows are expected to match, it walks oldest first and reads them all (forward is cheaper); should the window fill after all, it walks again newest first. */
  sparse: number;
  /** A walk that finds more rows than this was misjudged: the whole query runs in FTS5, newest first. */
  maxCandidates: number;
  /** Rows whose text JavaScript cannot read as FTS5 does are rechecked by FTS5, one at a time; more than this: the whole query runs in FTS5. */
  maxRechecks: number;
}

export const DEFAULT_PLAN: SearchPlan = { candidates: 50, sparse: 50, maxCandidates: 400, maxRechecks: 8 };

/**
 * The newest SEARCH_WINDOW matches (fewer when fewer match), newest first.
 *
 * One FTS5 query over every word costs about what stepping through its rarest word costs, times the
 * number of words: FTS5 intersects the words by stepping through the rarest and seeking each of its
 * rows in every other word's doclists (a word being up to 50 forms, each form a doclist per index
 * segment), and when the words rarely meet, it steps through all of it. So, with the share of
 * articles holding each word estimated from a sample (WordSample), when the rarest few words are
 * expected to meet in few rows, FTS5 walks only those (oldest first: it steps forward faster than
 * backward, and every row is read anyway) and returns their row ids; the rows are then read newest
 * first, and their other words looked up in the row's folded title and body here (≈ 30 µs a row,
 * mostly reading it), until the window is full. Otherwise, or should the walk find far more rows
 * than expected, the whole query runs in FTS5, newest first, stopping after the window.
 *
 * The answer is the same either way: a word is checked here only when it and the row's text are made
 * of characters FTS5's tokenizer leaves as they are (PLAIN_RANGES), so that its tokens are exactly the
 * space-separated words; a row with other characters is rechecked by FTS5.
 */
function findMatches(db: Db, query: SearchQuery, language: Language, plan: SearchPlan): Match[] {
  const { sql } = state(db);
  const sample = wordSample(db, language);
  // Two words with the same forms (лавров, лаврова) are one condition.
  const distinct = new Map(query.terms.map((term) => [[...term.forms].sort().join(' '), term]));
  const terms = [...distinct.values()].map((term) => ({
    term,
    density: sample.density(term.forms),
    checkable: term.forms.every(isPlainWord),
  }));
  // FTS5 walks every word that cannot be checked here, then the rarest others until few rows are expected.
  const ordered = [...terms.filter((t) => !t.checkable), ...terms.filter((t) => t.checkable).sort((a, b) => a.density - b.density)];
  let expected = sample.articles;
  let walked = 0;
  while (walked < ordered.length && (walked === 0 || !ordered[walked]!.checkable || expected > plan.candidates)) {
    expected *= ordered[walked]!.density;
    walked += 1;
  }
  const newest = () => ftsMatches(sql, query.match, language, 'DESC');
  if (walked === ordered.length) {
    // Every word in FTS5. Expected to match rarely, it walks all of them anyway: forward is cheaper.
    // A full window then holds the oldest matches, not the newest: it walks again, newest first.
    if (expected <= plan.sparse) {
      const all = ftsMatches(sql, query.match, language, 'ASC');
      if (all.length < SEARCH_WINDOW) return all.reverse();
    }
    return newest();
  }
  const ids = sql
    .get('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid ASC LIMIT ?')
    .pluck()
    .all(matchExpression(ordered.slice(0, walked).map((t) => t.term)), plan.maxCandidates + 1) as number[];
  if (ids.length > plan.maxCandidates) return newest();
  const rest = ordered.slice(walked).map((t) => ({ term: t.term, isIn: wordFinder(t.term.forms) }));
  const content = sql.get('SELECT title, body FROM articles_fts WHERE rowid = ?');
  const article = sql.get('SELECT language, published_at AS publishedAt FROM articles WHERE id = ?');
  const inRow = sql.get('SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?');
  const found: Match[] = [];
  let rechecks = 0;
  for (let i = ids.length - 1; i >= 0 && found.length < SEARCH_WINDOW; i--) {
    const id = ids[i]!;
    const folded = content.get(id) as { title: string; body: string } | undefined;
    if (!folded) continue;
    const text = ` ${folded.title} ${folded.body} `;
    const missing = rest.filter(({ isIn }) => !isIn(text));
    if (missing.length > 0 && PLAIN_TEXT.test(text)) continue;
    const row = article.get(id) as { language: string; publishedAt: number } | undefined;
    if (!row || row.language !== language) continue;
    if (missing.length > 0) {
      if (++rechecks > plan.maxRechecks) return newest();
      // The id goes in as an integer: bound as a JavaScript number (a REAL), FTS5 drops `rowid = ?` beside MATCH and returns every match.
      if (!inRow.get(matchExpression(missing.map(({ term }) => term)), BigInt(id))) continue;
    }
    found.push({ id, foldedTitle: folded.title, publishedAt: row.publishedAt });
  }
  return found;
}

/**
 * The whole query in FTS5, at most the window, walked from the oldest match (`ASC`) or the newest
 * (`DESC`): newest first is cheap when the words often meet, oldest first when they rarely do.
 */
function ftsMatches(sql: StatementCache, match: string, language: Language, order: 'ASC' | 'DESC'): Match[] {
  return sql
    .get(
      `SELECT articles_fts.rowid AS id, articles_fts.title AS foldedTitle, a.published_at AS publishedAt
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND a.language = ?
       ORDER BY articles_fts.rowid ${order} LIMIT ?`,
    )
    .all(match, language, SEARCH_WINDOW) as Match[];
}

function clampInteger(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Per connection: its prepared statements (the same few queries run on every /search). */
const states = new WeakMap<Db, { sql: StatementCache }>();
function state(db: Db): { sql: StatementCache } {
  let found = states.get(db);
  if (!found) {
    found = { sql: new StatementCache(db) };
    states.set(db, found);
  }
  return found;
}
