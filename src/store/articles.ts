import { foldForSearch } from '../text/fold.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import { PRUNED_LANGUAGE } from './retention.ts';
import type { ArticleDerived, ArticleInput, SummarizableArticle, TaggableArticle } from '../model/article.ts';

export type Derive = (article: ArticleInput) => ArticleDerived;

export interface SaveReport {
  /** Ids of the articles stored for the first time. */
  added: number[];
  /** Known articles whose title or content changed, updated in place. */
  updated: number;
  unchanged: number;
}

/** Articles, their full-text index and their topics. */
export class ArticleStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /**
   * Stores a feed's articles in one transaction: new ones inserted, known ones (same feed, same stable id)
   * updated in place when their title or content changed, never duplicated.
   */
  saveFeedArticles(feedId: number, articles: readonly ArticleInput[], derive: Derive): SaveReport {
    return this.db.transaction(() => {
      const report: SaveReport = { added: [], updated: 0, unchanged: 0 };
      const now = this.now();
      for (const article of articles) {
        const known = this.sql
          .get('SELECT id, title, content_hash FROM articles WHERE feed_id = ? AND stable_id = ?')
          .get(feedId, article.stableId) as { id: number; title: string; content_hash: string } | undefined;
        if (!known) {
          const id = this.insert(feedId, article, derive(article), now);
          report.added.push(id);
        } else if (known.title !== article.title || known.content_hash !== article.contentHash) {
          this.update(known.id, article, derive(article), now);
          report.updated += 1;
        } else {
          report.unchanged += 1;
        }
      }
      return report;
    })();
  }

  countByFeed(feedId: number): number {
    return (this.sql.get('SELECT COUNT(*) AS n FROM articles WHERE feed_id = ?').get(feedId) as { n: number }).n;
  }

  count(): number {
    return (this.sql.get('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  topicsOf(articleId: number): string[] {
    return (this.sql.get('SELECT topic FROM article_topics WHERE article_id = ? ORDER BY topic').all(articleId) as { topic: string }[]).map(
      (row) => row.topic,
    );
  }

  private insert(feedId: number, article: ArticleInput, derived: ArticleDerived, now: number): number {
    const result = this.sql
      .get(
        `INSERT INTO articles (feed_id, stable_id, title, link, author, language, html, text, content_hash, summary, published_at, fetched_at, updated_at)
         VALUES (@feedId, @stableId, @title, @link, @author, @language, @html, @text, @contentHash, @summary, @publishedAt, @now, @now)`,
      )
      .run({ feedId, ...this.columns(article, derived.language), summary: JSON.stringify(derived.summary), now });
    const id = Number(result.lastInsertRowid);
    this.index(id, article);
    this.replaceTopics(id, article.feedTopics, derived.textTopics);
    this.sql.get('INSERT OR IGNORE INTO link_queue (article_id) VALUES (?)').run(id);
    return id;
  }

  /**
   * Sets an article's topics: the feed's, and the classifier's where the feed says nothing.
   * One row per topic; `source` says where it came from ('feed' wins when both say it).
   */
  replaceTopics(articleId: number, feedTopics: readonly string[], textTopics: readonly string[]): void {
    this.sql.get('DELETE FROM article_topics WHERE article_id = ?').run(articleId);
    const tag = this.sql.get('INSERT OR IGNORE INTO article_topics (article_id, topic, source) VALUES (?, ?, ?)');
    for (const topic of feedTopics) tag.run(articleId, topic, 'feed');
    for (const topic of textTopics) tag.run(articleId, topic, 'text');
  }

  /**
   * Re-tags every stored article in batches (one transaction each, so the bot can keep writing):
   * `tag` gets the article and returns its feed and text topics. Returns how many articles changed.
   */
  retagAll(
    tag: (article: TaggableArticle) => { feedTopics: readonly string[]; textTopics: readonly string[] },
    batchSize = 500,
  ): { articles: number; changed: number } {
    let changed = 0;
    const articles = this.eachInBatches<TaggableArticle>('id, feed_id AS feedId, title, text, language', batchSize, (article) => {
      const before = this.topicsOf(article.id).join(',');
      const { feedTopics, textTopics } = tag(article);
      this.replaceTopics(article.id, feedTopics, textTopics);
      if (this.topicsOf(article.id).join(',') !== before) changed += 1;
    });
    return { articles, changed };
  }

  private update(id: number, article: ArticleInput, derived: ArticleDerived, now: number): void {
    this.sql
      .get(
        `UPDATE articles SET title = @title, link = @link, author = @author, html = @html, text = @text,
           content_hash = @contentHash, summary = @summary, updated_at = @now WHERE id = @id`,
      )
      .run({ id, ...this.columns(article, derived.language), summary: JSON.stringify(derived.summary), now });
    this.sql.get('DELETE FROM articles_fts WHERE rowid = ?').run(id);
    this.index(id, article);
    this.replaceTopics(id, article.feedTopics, derived.textTopics);
    this.relink(id);
  }

  /**
   * A changed article is linked across languages again: its links (both ways; a link's reverse is
   * found through its own rows) and features go, and it waits in the link queue.
   */
  private relink(id: number): void {
    this.sql
      .get('DELETE FROM article_links WHERE article_id IN (SELECT linked_id FROM article_links WHERE article_id = ?) AND linked_id = ?')
      .run(id, id);
    this.sql.get('DELETE FROM article_links WHERE article_id = ?').run(id);
    this.sql.get('DELETE FROM article_features WHERE article_id = ?').run(id);
    this.sql.get('INSERT OR IGNORE INTO link_queue (article_id) VALUES (?)').run(id);
  }

  /**
   * Recomputes every stored article's summary in batches (one transaction each, so the bot can keep
   * writing). Returns how many articles were summarised.
   */
  resummarizeAll(summarize: (article: SummarizableArticle) => unknown, batchSize = 200): number {
    const update = this.sql.get('UPDATE articles SET summary = ? WHERE id = ?');
    return this.eachInBatches<SummarizableArticle>('id, title, text, html, language', batchSize, (article) => {
      update.run(JSON.stringify(summarize(article)), article.id);
    });
  }

  /**
   * Calls `each` on every stored article (its `columns`) in id order, `batchSize` at a time, one
   * transaction a batch: between two the bot's own writes get their turn. Returns how many there were.
   */
  private eachInBatches<T extends { id: number }>(columns: string, batchSize: number, each: (article: T) => void): number {
    // Pruned articles (emptied by retention) have nothing left to tag or summarise.
    const select = this.sql.get(`SELECT ${columns} FROM articles WHERE id > ? AND language <> '${PRUNED_LANGUAGE}' ORDER BY id LIMIT ?`);
    let lastId = 0;
    let count = 0;
    for (;;) {
      const batch = select.all(lastId, batchSize) as T[];
      if (batch.length === 0) return count;
      this.db.transaction(() => {
        for (const article of batch) each(article);
      })();
      count += batch.length;
      lastId = batch.at(-1)!.id;
    }
  }

  /** The index holds folded text (harakat, alef forms, ё…), and queries are folded the same way. */
  private index(id: number, article: ArticleInput): void {
    this.sql
      .get('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)')
      .run(id, foldForSearch(article.title), foldForSearch(article.text));
  }

  private columns(article: ArticleInput, language: string) {
    return {
      stableId: article.stableId,
      title: article.title,
      link: article.link,
      author: article.author,
      language,
      html: article.html,
      text: article.text,
      contentHash: article.contentHash,
      publishedAt: article.publishedAt.getTime(),
    };
  }
}
