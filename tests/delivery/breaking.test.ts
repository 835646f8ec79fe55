import { describe, expect, it } from 'vitest';
import { breakingStories } from '../../src/delivery/breaking.ts';
import type { Story, StoryArticle } from '../../src/model/story.ts';

const MINUTE = 60_000;

function article(id: number, feedId: number, minute: number): StoryArticle {
  return {
    id,
    feedId,
    feedName: `feed ${feedId}`,
    title: `t${id}`,
    link: null,
    language: 'en',
    publishedAt: minute * MINUTE,
    summary: { headline: `t${id}`, lead: '', sections: [] },
    topics: ['yemen'],
  };
}

function story(...members: StoryArticle[]): Story {
  const [main, ...others] = members;
  return { main: main!, others, topics: ['yemen'], otherSources: [], latestAt: Math.max(...members.map((m) => m.publishedAt)) };
}

describe('breakingStories', () => {
  it('is a story three different feeds carry within two hours, one of them just arrived', () => {
    const three = story(article(1, 1, 0), article(2, 2, 60), article(3, 3, 120));
    expect(breakingStories([three], new Set([3]))).toEqual([three]);
  });

  it('is not: two feeds only (a feed twice counts once), or three spread over more than two hours', () => {
    const twoFeeds = story(article(1, 1, 0), article(2, 2, 10), article(3, 1, 20));
    const spread = story(article(4, 1, 0), article(5, 2, 70), article(6, 3, 121));
    expect(breakingStories([twoFeeds, spread], new Set([3, 6]))).toEqual([]);
  });

  it('is not news again when none of its reports just arrived', () => {
    const three = story(article(1, 1, 0), article(2, 2, 60), article(3, 3, 120));
    expect(breakingStories([three], new Set([99]))).toEqual([]);
  });

  it('finds the two-hour window anywhere in a longer story', () => {
    const late = story(article(1, 1, 0), article(2, 1, 300), article(3, 2, 310), article(4, 3, 400));
    expect(breakingStories([late], new Set([4]))).toEqual([late]);
  });
});
