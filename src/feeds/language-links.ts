import type { Logger } from 'pino';
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
 * Links each new article to the reports of the same event in the other languages: its features
 * (src/entities/event-features.ts) against those of the articles published within the window
 * around it, found through an index of their entities (link-index.ts), by the cross-language rule
 * (same-event.ts). Runs after each poll over every article of the window not yet linked, so a
 * restart or a failed pass loses nothing (after a restart the whole window is looked at once, then
 * only what was stored since). The index lives in memory; each pass first reads in the features it
 * lacks (all of them after a restart, those another process linked otherwise), and forgets, here
 * and in the database, what has left every window.
 */
export class LanguageLinker {
  private readonly index = new LinkIndex();
  /** The highest article id whose features the index has read or made, and the highest looked at for linking. */
  private indexedUpTo = 0;
  private scannedUpTo = 0;

  constructor(private readonly deps: { links: ArticleLinkStore; now: () => number; logger?: Logger }) {}

  linkPending(): LinkReport {
    const started = Date.now();
    const since = this.deps.now() - LINK_WINDOW_MS;
    // What a new article of the window may be compared with: the window before it as well.
    const kept = since - LINK_WINDOW_MS;
    this.index.prune(kept);
    this.deps.links.pruneFeatures(kept);
    this.readMissing(kept);
    let articles = 0;
    let links = 0;
    for (;;) {
      const batch = this.deps.links.unlinked(since, this.scannedUpTo, LINK_BATCH);
      if (batch.length === 0) break;
      links += this.deps.links.transaction(() => batch.reduce((sum, article) => sum + this.linkOne(article), 0));
      this.scannedUpTo = batch.at(-1)!.id;
      articles += batch.length;
      if (batch.length < LINK_BATCH) break;
    }
    const report = { articles, links, ms: Date.now() - started };
    if (articles > 0) this.deps.logger?.info(report, 'articles linked across languages');
    return report;
  }

  /**
   * The features stored since the index last looked: all of the window after a restart, then those
   * another process (`diplobrief poll`) linked meanwhile. An article is stored before it is linked,
   * and ids grow, so looking after the highest id known is enough.
   */
  private readMissing(since: number): void {
    for (const { articleId, publishedAt, features } of this.deps.links.featuresAfter(this.indexedUpTo, since)) {
      this.index.add(articleId, publishedAt, features);
      this.indexedUpTo = Math.max(this.indexedUpTo, articleId);
    }
  }

  private linkOne(article: UnlinkedArticle): number {
    const summary = article.summary ? (JSON.parse(article.summary) as Summary) : undefined;
    const features = eventFeatures(summary?.headline.trim() || article.title, summary?.lead ?? '', article.language);
    const found = this.index.linksOf(features, article.publishedAt);
    for (const link of found) this.deps.links.link(article.id, link.articleId, link.score);
    this.deps.links.saveFeatures(article, features);
    this.index.add(article.id, article.publishedAt, features);
    this.indexedUpTo = Math.max(this.indexedUpTo, article.id);
    return found.length;
  }
}
