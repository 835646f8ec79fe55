import type { Logger } from 'pino';
import { isLanguage } from '../model/language.ts';
import type { Summary } from '../model/summary.ts';
import { eventFeatures } from '../entities/event-features.ts';
import { LinkIndex } from '../entities/link-index.ts';
import { LINK_WINDOW_MS } from '../entities/same-event.ts';
import type { ArticleLinkStore, UnlinkedArticle } from '../store/article-links.ts';

/** Articles linked per transaction: a poll's worth at a time, short enough not to hold the writer long. */
const LINK_BATCH = 200;

export interface LinkReport {
  articles: number;
  links: number;
  ms: number;
}

/**
 * Links each new or changed article to the reports of the same event in the other languages: its
 * features (src/entities/event-features.ts) against those of the articles published within the
 * window around it, found through an index of their entities (link-index.ts), by the
 * cross-language rule (same-event.ts). The articles wait in the link queue (the store puts them
 * there as it saves them), so a restart or a failed pass loses nothing. The index lives in memory:
 * each batch first reads in the features stored since it last looked (all of the window after a
 * restart, those another process such as `diplobrief poll` linked otherwise), in the same read as
 * the queue, so an article is either in the index or still in the queue; and what has left every
 * window is forgotten, here and in the database.
 */
export class LanguageLinker {
  private readonly index = new LinkIndex();
  /** The highest article id whose features the index has read or made. */
  private indexedUpTo = 0;

  constructor(private readonly deps: { links: ArticleLinkStore; now: () => number; logger?: Logger }) {}

  linkPending(): LinkReport {
    const started = Date.now();
    const since = this.deps.now() - LINK_WINDOW_MS;
    // What a new article of the window may be compared with: the window before it as well.
    const kept = since - LINK_WINDOW_MS;
    this.index.prune(kept);
    this.deps.links.pruneFeatures(kept);
    let articles = 0;
    let links = 0;
    for (;;) {
      const batch = this.deps.links.transaction(() => {
        this.readMissing(kept);
        return this.deps.links.queued(LINK_BATCH);
      });
      if (batch.length === 0) break;
      links += this.deps.links.transaction(() => {
        const found = batch.reduce((sum, article) => sum + this.linkOne(article, since), 0);
        this.deps.links.dequeue(batch.map((article) => article.id));
        return found;
      });
      articles += batch.length;
      if (batch.length < LINK_BATCH) break;
    }
    const report = { articles, links, ms: Date.now() - started };
    if (articles > 0) this.deps.logger?.info(report, 'articles linked across languages');
    return report;
  }

  /**
   * The features stored since the index last looked. An article is stored before it is linked, and
   * ids grow, so what another process linked since is above the highest id known.
   */
  private readMissing(since: number): void {
    for (const { articleId, publishedAt, features } of this.deps.links.featuresAfter(this.indexedUpTo, since)) {
      this.index.add(articleId, publishedAt, features);
      this.indexedUpTo = Math.max(this.indexedUpTo, articleId);
    }
  }

  /**
   * Links one article; one published before the window (a feed's odd date) or pruned is only taken
   * off the queue. An article that cannot be read (a bug) is logged and passed over, so that it
   * cannot stop the others.
   */
  private linkOne(article: UnlinkedArticle, since: number): number {
    if (article.publishedAt < since || !isLanguage(article.language)) return 0;
    try {
      const summary = article.summary ? (JSON.parse(article.summary) as Summary) : undefined;
      const features = eventFeatures(summary?.headline.trim() || article.title, summary?.lead ?? '', article.language);
      const found = this.index.linksOf(features, article.publishedAt);
      for (const link of found) this.deps.links.link(article.id, link.articleId, link.score);
      this.deps.links.saveFeatures(article, features);
      this.index.add(article.id, article.publishedAt, features);
      this.indexedUpTo = Math.max(this.indexedUpTo, article.id);
      return found.length;
    } catch (error) {
      this.deps.logger?.error({ err: error, article_id: article.id }, 'could not link an article across languages; passed over');
      return 0;
    }
  }
}
