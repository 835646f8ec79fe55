import { describe, expect, it } from 'vitest';
import { feedHealth, feedStatus, summarizePoll, type FeedWithCount } from '../../src/feeds/feed-health.ts';
import type { PollReport } from '../../src/feeds/poller.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function feed(overrides: Partial<FeedWithCount> = {}): FeedWithCount {
  return {
    id: 7,
    url: 'https://news.example.org/rss.xml',
    name: null,
    language: null,
    topics: [],
    enabled: true,
    title: null,
    siteLink: null,
    feedLanguage: null,
    etag: null,
    lastModified: null,
    lastFetchAt: null,
    lastSuccessAt: null,
    consecutiveErrors: 0,
    lastError: null,
    nextPollAt: NOW,
    articles: 0,
    ...overrides,
  };
}

describe('feed health', () => {
  it('tells disabled, not polled yet, healthy and failing apart', () => {
    expect(feedHealth(feed({ enabled: false, lastFetchAt: NOW, consecutiveErrors: 3 }))).toBe('disabled');
    expect(feedHealth(feed())).toBe('new');
    expect(feedHealth(feed({ lastFetchAt: NOW }))).toBe('ok');
    expect(feedHealth(feed({ lastFetchAt: NOW, consecutiveErrors: 1 }))).toBe('failing');
  });

  it('describes a feed by the name readers know, its language and its next try, never in the past', () => {
    expect(feedStatus(feed(), NOW)).toMatchObject({ name: 'news.example.org', language: undefined, nextTryAt: NOW, health: 'new' });
    expect(feedStatus(feed({ title: 'Daily', feedLanguage: 'en-GB', nextPollAt: NOW - 60_000 }), NOW)).toMatchObject({
      name: 'Daily',
      language: 'en-GB',
      nextTryAt: NOW,
    });
    const failing = feed({
      name: 'KUNA',
      language: 'ar',
      feedLanguage: 'en',
      lastFetchAt: NOW,
      consecutiveErrors: 2,
      lastError: 'HTTP 500',
      nextPollAt: NOW + 60_000,
      articles: 4,
    });
    expect(feedStatus(failing, NOW)).toEqual({
      id: 7,
      name: 'KUNA',
      url: 'https://news.example.org/rss.xml',
      language: 'ar',
      topics: [],
      articles: 4,
      health: 'failing',
      errors: 2,
      lastSuccessAt: null,
      nextTryAt: NOW + 60_000,
      lastError: 'HTTP 500',
    });
  });
});

describe('poll summary', () => {
  it('counts new articles, feeds with nothing new, and failures, in whole seconds (at least one)', () => {
    const report: PollReport = {
      startedAt: NOW,
      finishedAt: NOW + 2_600,
      results: [
        { feedId: 1, name: 'A', status: 'ok', added: 3, updated: 0, items: 10, articleIds: [1, 2, 3] },
        { feedId: 2, name: 'B', status: 'ok', added: 0, updated: 1, items: 10, articleIds: [] },
        { feedId: 3, name: 'C', status: 'not-modified' },
        { feedId: 4, name: 'D', status: 'error', error: 'timeout', consecutiveErrors: 1 },
      ],
    };
    expect(summarizePoll(report)).toEqual({
      feeds: 4,
      added: 3,
      unchanged: 2,
      failures: [{ feedId: 4, name: 'D', error: 'timeout' }],
      seconds: 3,
    });
    expect(summarizePoll({ startedAt: NOW, finishedAt: NOW, results: [] })).toEqual({
      feeds: 0,
      added: 0,
      unchanged: 0,
      failures: [],
      seconds: 1,
    });
  });
});
