import { createHash } from 'node:crypto';
import type { Language } from '../../src/model/language.ts';
import { deriveFromText } from '../../src/feeds/derive.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';

export interface SeedArticle {
  feed: string;
  title: string;
  text: string;
  language: Language;
  publishedAt: number;
  link?: string;
  topics?: string[];
}

/**
 * Stores articles in the bot's database as ingestion would (language as given, topics and summary
 * worked out from the text), through a connection of its own. Feeds are created by name.
 */
export function seedArticles(databasePath: string, articles: readonly SeedArticle[]): number[] {
  const db = openDatabase(databasePath);
  try {
    const feeds = new FeedStore(db);
    const store = new ArticleStore(db);
    const ids: number[] = [];
    for (const item of articles) {
      const url = `https://${item.feed.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example/rss`;
      const feed = feeds.byUrl(url) ?? feeds.add({ url, name: item.feed, language: item.language, topics: [] });
      const stableId = createHash('sha256').update(`${item.title}\n${item.publishedAt}`).digest('hex');
      const report = store.saveFeedArticles(
        feed.id,
        [
          {
            stableId,
            title: item.title,
            link: item.link ?? `https://${item.feed.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example/${stableId.slice(0, 8)}`,
            publishedAt: new Date(item.publishedAt),
            html: '',
            text: item.text,
            author: null,
            categories: [],
            declaredLanguage: item.language,
            contentHash: stableId,
            feedTopics: item.topics ?? [],
          },
        ],
        (input) => deriveFromText(input, item.language),
      );
      ids.push(...report.added);
    }
    return ids;
  } finally {
    db.close();
  }
}
