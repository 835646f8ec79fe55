import type { App } from '../app.ts';
import { retagArticle } from '../topics/tag.ts';

/** `diplobrief retag`: recomputes every stored article's topics after the term lists or feed topics change. */
export function runRetag(app: App, out: NodeJS.WritableStream): number {
  const started = Date.now();
  const feedsById = new Map(app.feeds.list().map((feed) => [feed.id, feed]));
  const { articles, changed } = app.articles.retagAll((article) => retagArticle(article, feedsById));
  out.write(`${articles} articles retagged in ${((Date.now() - started) / 1000).toFixed(1)} s: ${changed} changed\n`);
  return 0;
}
