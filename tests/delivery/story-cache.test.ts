import { describe, expect, it } from 'vitest';
import { StoryCache } from '../../src/delivery/story-cache.ts';
import type { StoryArticle } from '../../src/model/story.ts';

function article(id: number, headline: string): StoryArticle {
  return {
    id,
    feedId: id,
    feedName: `feed ${id}`,
    title: headline,
    link: null,
    language: 'en',
    publishedAt: 1_000 * id,
    summary: { headline, lead: `${headline}.`, sections: [] },
    topics: ['yemen'],
  };
}

describe('StoryCache', () => {
  it('gives the same stories for the same articles without grouping them again', () => {
    const cache = new StoryCache();
    const articles = [article(1, 'Security Council meets on Yemen'), article(2, 'OPEC+ extends output cuts')];
    const first = cache.storiesOf('en', articles);
    expect(
      cache.storiesOf(
        'en',
        articles.map((a) => ({ ...a })),
      ),
    ).toBe(first);
  });

  it('groups again when an article is added, removed or changed, and keeps languages apart', () => {
    const cache = new StoryCache();
    const articles = [article(1, 'Security Council meets on Yemen')];
    const first = cache.storiesOf('en', articles);
    const changed = cache.storiesOf('en', [{ ...articles[0]!, summary: { ...articles[0]!.summary, headline: 'Council on Yemen' } }]);
    expect(changed).not.toBe(first);
    expect(changed[0]!.main.summary.headline).toBe('Council on Yemen');
    const added = cache.storiesOf('en', [...articles, article(2, 'OPEC+ extends output cuts')]);
    expect(added).toHaveLength(2);
    expect(cache.storiesOf('ru', articles)).not.toBe(cache.storiesOf('en', articles));
  });
});
