import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';

describe('FeedStore.remove', () => {
  it('takes the feed’s "already sent" rows with its articles, so an article that gets a freed id is not taken as sent', () => {
    const db = openDatabase(':memory:');
    const feeds = new FeedStore(db);
    const articles = new ArticleStore(db);
    new SubscriberStore(db).register({ chatId: 1, userId: 1, chatType: 'private', firstName: null, username: null }, 'en');
    const feed = feeds.add({ url: 'https://a.example/rss', name: 'A', language: 'en', topics: [] });
    const item = (title: string) => ({
      stableId: title,
      title,
      link: null,
      publishedAt: new Date(),
      html: '',
      text: `${title}.`,
      author: null,
      categories: [],
      declaredLanguage: 'en',
      contentHash: title,
      feedTopics: [],
    });
    const derive = () => ({ language: 'en' as const, textTopics: [], summary: { headline: 't', lead: '', sections: [] } });
    const [oldId] = articles.saveFeedArticles(feed.id, [item('old')], derive).added;
    db.prepare('INSERT INTO sent_articles (chat_id, article_id, sent_at) VALUES (1, ?, 0)').run(oldId);
    const outbox = new OutboxStore(db);
    outbox.enqueue([{ kind: 'briefing', runId: 'r', chatId: 1, part: 0, text: 'x', parseMode: 'HTML', articleIds: [oldId!] }]);

    feeds.remove(feed.id);
    const other = feeds.add({ url: 'https://b.example/rss', name: 'B', language: 'en', topics: [] });
    const [newId] = articles.saveFeedArticles(other.id, [item('new')], derive).added;
    expect(newId).toBe(oldId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM sent_articles').get()).toEqual({ n: 0 });
    // The briefing queued before the removal goes out now: it must not mark the newcomer as sent.
    const [queued] = outbox.due(1, new Set());
    outbox.record([{ type: 'sent', id: queued!.id, messageId: 1 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM sent_articles').get()).toEqual({ n: 0 });
  });
});
