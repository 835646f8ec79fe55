import type { Language } from '../model/language.ts';
import type { Summary } from '../model/summary.ts';
import { inTopicOrder, type Topic } from '../model/topics.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import type { StoryArticle } from '../model/story.ts';

export interface RecentQuery {
  language: Language;
  /** Articles carrying at least one of these topics; undefined = any article, tagged or not. */
  topics?: readonly Topic[];
  /** Published at or after (Unix ms). */
  since: number;
  /** Published strictly before (Unix ms): keyset paging. */
  before?: number;
  /** Most articles read: enough to group into stories. */
  limit: number;
  /** Articles this chat has already been sent are left out (scheduled briefings). */
  notSentTo?: number;
}

interface Row {
  id: number;
  feed_id: number;
  feed_name: string;
  title: string;
  link: string | null;
  language: Language;
  published_at: number;
  summary: string | null;
  topics: string | null;
}

/** Reads recent articles with their feed's name, topics and stored summary, newest first. */
export class StoryArticleStore {
  private readonly sql: StatementCache;

  constructor(db: Db) {
    this.sql = new StatementCache(db);
  }

  recent(query: RecentQuery): StoryArticle[] {
    const topics = query.topics ? [...new Set(query.topics)] : undefined;
    if (topics && topics.length === 0) return [];
    if (topics?.length === 1) return this.recentOfTopic(query, topics[0]!);
    const topicFilter = topics
      ? `AND EXISTS (SELECT 1 FROM article_topics q WHERE q.article_id = a.id AND q.topic IN (${topics.map(() => '?').join(', ')}))`
      : '';
    const sentFilter =
      query.notSentTo !== undefined ? 'AND NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.chat_id = ? AND s.article_id = a.id)' : '';
    const rows = this.sql
      .get(
        `SELECT a.id, a.feed_id, COALESCE(f.name, f.title, f.url) AS feed_name, a.title, a.link, a.language, a.published_at, a.summary,
           (SELECT GROUP_CONCAT(t.topic) FROM article_topics t WHERE t.article_id = a.id) AS topics
         FROM articles a JOIN feeds f ON f.id = a.feed_id
         WHERE a.language = ? AND a.published_at >= ? AND a.published_at < ? ${topicFilter} ${sentFilter}
         ORDER BY a.published_at DESC, a.id DESC
         LIMIT ?`,
      )
      .all(
        query.language,
        query.since,
        query.before ?? Number.MAX_SAFE_INTEGER,
        ...(topics ?? []),
        ...(query.notSentTo !== undefined ? [query.notSentTo] : []),
        query.limit,
      ) as Row[];
    return rows.map(toArticle);
  }

  /**
   * One topic's newest articles, straight from the topic's own date index (migration 003): a rare
   * topic costs what a common one does. Several topics walk the language's date index instead,
   * which finds articles of common topics at once.
   */
  private recentOfTopic(query: RecentQuery, topic: Topic): StoryArticle[] {
    const sentFilter =
      query.notSentTo !== undefined ? 'AND NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.chat_id = ? AND s.article_id = a.id)' : '';
    const rows = this.sql
      .get(
        `SELECT a.id, a.feed_id, COALESCE(f.name, f.title, f.url) AS feed_name, a.title, a.link, a.language, a.published_at, a.summary,
           (SELECT GROUP_CONCAT(t2.topic) FROM article_topics t2 WHERE t2.article_id = a.id) AS topics
         FROM article_topics t INDEXED BY article_topics_by_topic_date
           JOIN articles a ON a.id = t.article_id JOIN feeds f ON f.id = a.feed_id
         WHERE t.topic = ? AND t.language = ? AND t.published_at >= ? AND t.published_at < ? ${sentFilter}
         ORDER BY t.published_at DESC, a.id DESC
         LIMIT ?`,
      )
      .all(
        topic,
        query.language,
        query.since,
        query.before ?? Number.MAX_SAFE_INTEGER,
        ...(query.notSentTo !== undefined ? [query.notSentTo] : []),
        query.limit,
      ) as Row[];
    return rows.map(toArticle);
  }

  /** Articles by id (search results), in no particular order; unknown ids are left out. */
  byIds(ids: readonly number[]): StoryArticle[] {
    if (ids.length === 0) return [];
    const rows = this.sql
      .get(
        `SELECT a.id, a.feed_id, COALESCE(f.name, f.title, f.url) AS feed_name, a.title, a.link, a.language, a.published_at, a.summary,
           (SELECT GROUP_CONCAT(t.topic) FROM article_topics t WHERE t.article_id = a.id) AS topics
         FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Row[];
    return rows.map(toArticle);
  }

  /** How many articles of the language carry each topic since a time: the counts on /topic's buttons. */
  topicCounts(language: Language, since: number): Map<Topic, number> {
    const rows = this.sql
      .get(
        `SELECT t.topic, COUNT(*) AS n FROM article_topics t JOIN articles a ON a.id = t.article_id
         WHERE a.language = ? AND a.published_at >= ? GROUP BY t.topic`,
      )
      .all(language, since) as { topic: Topic; n: number }[];
    return new Map(rows.map((row) => [row.topic, row.n]));
  }
}

function toArticle(row: Row): StoryArticle {
  const summary = row.summary ? (JSON.parse(row.summary) as Summary) : { headline: row.title, lead: '', sections: [] };
  return {
    id: row.id,
    feedId: row.feed_id,
    feedName: row.feed_name,
    title: row.title,
    link: row.link,
    language: row.language,
    publishedAt: row.published_at,
    summary,
    topics: inTopicOrder((row.topics ?? '').split(',').filter(Boolean)),
  };
}
