import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { StoryArticleStore } from '../../src/store/story-articles.ts';
import { seedArticles } from '../support/seed.ts';

const HOUR = 3_600_000;

describe('StoryArticleStore.recent', () => {
  it('gives the same articles for one topic through its own index as through the language walk', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-store-')), 'db.sqlite');
    const now = Date.now();
    seedArticles(
      path,
      Array.from({ length: 30 }, (_, i) => ({
        feed: i % 2 === 0 ? 'KUNA' : 'SPA',
        language: i % 3 === 0 ? ('ru' as const) : ('en' as const),
        title: i % 5 === 0 ? `Libya talks round ${i} in Benghazi` : `Kuwait and Qatar ministers meet, round ${i}`,
        text: i % 5 === 0 ? 'Libyan delegations met in Benghazi.' : 'The Gulf Cooperation Council ministers met in Kuwait.',
        publishedAt: now - i * HOUR,
      })),
    );
    const db = openDatabase(path);
    // The trigger copied each article's language and date onto its topic rows.
    expect(db.prepare('SELECT COUNT(*) AS n FROM article_topics WHERE language IS NULL OR published_at IS NULL').get()).toEqual({ n: 0 });
    const store = new StoryArticleStore(db);
    const byTopicIndex = store.recent({ language: 'en', topics: ['libya'], since: now - 48 * HOUR, limit: 10 });
    const byLanguageWalk = store
      .recent({ language: 'en', topics: ['libya', 'libya', 'un'], since: now - 48 * HOUR, limit: 10 })
      .filter((a) => a.topics.includes('libya'));
    expect(byTopicIndex.map((a) => a.id)).toEqual(byLanguageWalk.map((a) => a.id));
    expect(byTopicIndex.length).toBeGreaterThan(0);
    expect(byTopicIndex.every((a) => a.language === 'en' && a.topics.includes('libya'))).toBe(true);
    const dates = byTopicIndex.map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const before = store.recent({ language: 'en', topics: ['libya'], since: now - 48 * HOUR, before: dates[0]!, limit: 10 });
    expect(before.map((a) => a.id)).toEqual(byTopicIndex.slice(1).map((a) => a.id));
    db.close();
  });
});
