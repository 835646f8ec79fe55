import type { Language } from '../model/language.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';

/** Articles whose words the sample counts, per language. */
export const SAMPLE_ARTICLES = 1_000;
/**
 * The sample is built again once the index has grown by this share (and by SAMPLE_ARTICLES at least).
 * Which words are common changes slowly, and each build delays one search by ~30 ms over a million
 * articles: at that size, once per 100,000 new articles. A word that has become common since only
 * makes its search take the slower way (see findMatches).
 */
export const RESAMPLE_GROWTH = 0.1;
/** Of each sampled article, the title and this much of the body: enough to tell common words from rare ones. */
const SAMPLE_TEXT_CHARS = 2_000;

/**
 * How common each word form is among the newest SAMPLE_ARTICLES articles of a language: enough to
 * tell a query's rare words from its common ones. It only chooses how a search runs, never what it
 * finds. Built on a language's first search (or by refreshWordSample), and again as the index grows
 * (RESAMPLE_GROWTH).
 */
export class WordSample {
  constructor(
    /** Articles holding each folded word, among `sampled`. */
    private readonly counts: Map<string, number>,
    private readonly sampled: number,
    /** The language's articles, estimated. */
    readonly articles: number,
    /** The newest article id when built. */
    readonly newestId: number,
  ) {}

  /** The estimated share of the language's articles holding any of the forms. */
  density(forms: readonly string[]): number {
    let holding = 0.5;
    for (const form of forms) holding += this.counts.get(form) ?? 0;
    return Math.min(1, holding / (this.sampled + 1));
  }
}

export function wordSample(db: Db, language: Language): WordSample {
  const { sql, samples } = sampleState(db);
  const newestId = (sql.get('SELECT MAX(id) AS id FROM articles').get() as { id: number | null }).id ?? 0;
  const known = samples.get(language);
  if (known && newestId - known.newestId < Math.max(SAMPLE_ARTICLES, known.newestId * RESAMPLE_GROWTH)) return known;
  const rows = sql
    .get(
      `SELECT a.id, f.title, f.body FROM articles a JOIN articles_fts f ON f.rowid = a.id
       WHERE a.language = ? ORDER BY a.published_at DESC LIMIT ?`,
    )
    .all(language, SAMPLE_ARTICLES) as { id: number; title: string; body: string }[];
  const counts = new Map<string, number>();
  let low = newestId;
  let high = 0;
  for (const { id, title, body } of rows) {
    low = Math.min(low, id);
    high = Math.max(high, id);
    for (const word of new Set(`${title} ${body.slice(0, SAMPLE_TEXT_CHARS)}`.split(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // All of the language's articles, or as many as its share of the ids the sample spans.
  const articles = rows.length < SAMPLE_ARTICLES ? rows.length : Math.round((newestId * rows.length) / (high - low + 1));
  const sample = new WordSample(counts, rows.length, Math.max(1, articles), newestId);
  samples.set(language, sample);
  return sample;
}

/**
 * Builds (or rebuilds) a language's word sample now, rather than on its first search: for a caller
 * that starts up, and for the benchmark, which reports what it costs.
 */
export function refreshWordSample(db: Db, language: Language): void {
  sampleState(db).samples.delete(language);
  wordSample(db, language);
}

/** Per connection: the statements the sampling runs, and each language's sample. */
const states = new WeakMap<Db, { sql: StatementCache; samples: Map<Language, WordSample> }>();
function sampleState(db: Db): { sql: StatementCache; samples: Map<Language, WordSample> } {
  let found = states.get(db);
  if (!found) {
    found = { sql: new StatementCache(db), samples: new Map() };
    states.set(db, found);
  }
  return found;
}
