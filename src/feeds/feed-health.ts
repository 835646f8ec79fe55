import type { Feed } from '../model/feed.ts';
import { feedDisplayName } from '../store/feeds.ts';
import type { PollReport } from './poller.ts';

/** A feed with how many articles it has stored. */
export interface FeedWithCount extends Feed {
  articles: number;
}

/** A feed's state as /feeds tells it: switched off, never polled, read at its last poll, or failing. */
export type FeedHealth = 'disabled' | 'new' | 'ok' | 'failing';

export function feedHealth(feed: Pick<Feed, 'enabled' | 'lastFetchAt' | 'consecutiveErrors'>): FeedHealth {
  if (!feed.enabled) return 'disabled';
  if (feed.lastFetchAt === null) return 'new';
  return feed.consecutiveErrors === 0 ? 'ok' : 'failing';
}

/** What /feeds shows of one feed. */
export interface FeedStatus {
  id: number;
  name: string;
  url: string;
  /** The declared language, else the one the feed states (any tag), else none. */
  language: string | undefined;
  topics: readonly string[];
  articles: number;
  health: FeedHealth;
  /** Failed polls in a row. */
  errors: number;
  lastSuccessAt: number | null;
  /** When the poller next tries it: a feed already due is tried at the next poll, not in the past. */
  nextTryAt: number;
  lastError: string | null;
}

export function feedStatus(feed: FeedWithCount, now: number): FeedStatus {
  return {
    id: feed.id,
    name: feedDisplayName(feed),
    url: feed.url,
    language: feed.language ?? feed.feedLanguage ?? undefined,
    topics: feed.topics,
    articles: feed.articles,
    health: feedHealth(feed),
    errors: feed.consecutiveErrors,
    lastSuccessAt: feed.lastSuccessAt,
    nextTryAt: Math.max(feed.nextPollAt, now),
    lastError: feed.lastError,
  };
}

/** What a manual poll did, as /poll reports it. */
export interface PollSummary {
  feeds: number;
  /** New articles over all feeds. */
  added: number;
  /** Feeds that had nothing new: not modified, or read with no new article. */
  unchanged: number;
  failures: { feedId: number; name: string; error: string }[];
  /** Whole seconds taken, at least one. */
  seconds: number;
}

export function summarizePoll(report: PollReport): PollSummary {
  const failures = report.results.flatMap((r) => (r.status === 'error' ? [{ feedId: r.feedId, name: r.name, error: r.error }] : []));
  return {
    feeds: report.results.length,
    added: report.results.reduce((sum, r) => sum + (r.status === 'ok' ? r.added : 0), 0),
    unchanged: report.results.filter((r) => r.status === 'not-modified' || (r.status === 'ok' && r.added === 0)).length,
    failures,
    seconds: Math.max(1, Math.round((report.finishedAt - report.startedAt) / 1000)),
  };
}
