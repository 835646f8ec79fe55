import type { Logger } from 'pino';
import { deriveFromText } from './derive.ts';
import type { ArticleStore } from '../store/articles.ts';
import { feedDisplayName, type FeedStore } from '../store/feeds.ts';
import type { Feed } from '../model/feed.ts';
import { nextPollAfterFailure } from './backoff.ts';
import { runLimited } from './concurrency.ts';
import { FetchError, fetchFeed, type FetchResult, type Validators } from './fetch.ts';
import { FeedParseError } from './feed-parse-error.ts';
import type { NormalizedFeed } from './normalize.ts';
import { readFeed } from './read-feed.ts';
import type { LinkReport } from './language-links.ts';

/** How many feeds are fetched at once, and from one host at once. */
export const POLL_CONCURRENCY = { total: 8, perKey: 2 } as const;

/** The longest error text kept per feed: enough to act on, short enough for /feeds. */
const MAX_ERROR_LENGTH = 300;

export type FeedPollResult =
  | { feedId: number; name: string; status: 'ok'; added: number; updated: number; items: number; articleIds: number[] }
  | { feedId: number; name: string; status: 'not-modified' }
  | { feedId: number; name: string; status: 'error'; error: string; consecutiveErrors: number };

export interface PollReport {
  startedAt: number;
  finishedAt: number;
  results: FeedPollResult[];
}

export interface PollerDeps {
  feeds: FeedStore;
  articles: ArticleStore;
  logger: Logger;
  now?: () => number;
  fetch?: (url: string, validators: Validators) => Promise<FetchResult>;
  random?: () => number;
  /** Links the run's new articles across languages once the feeds are stored (language-links.ts). */
  linker?: { linkPending(): LinkReport };
  /** Told of every finished run (metrics); must not throw. */
  onReport?: (report: PollReport) => void;
}

/**
 * Polls feeds: fetch → decode → parse → normalise → store, each feed on its own, bounded in time and
 * concurrency, so one broken or hostile feed only fails itself. One run at a time: a poll asked for
 * while one is running joins it.
 */
export class Poller {
  private running: Promise<PollReport> | undefined;
  /** Cancels the requests in flight when the bot stops. */
  private readonly shutdown = new AbortController();
  private lastReport: PollReport | undefined;
  private readonly now: () => number;
  private readonly fetch: (url: string, validators: Validators) => Promise<FetchResult>;

  constructor(private readonly deps: PollerDeps) {
    this.now = deps.now ?? Date.now;
    this.fetch = deps.fetch ?? ((url, validators) => fetchFeed(url, validators, { now: this.now, signal: this.shutdown.signal }));
  }

  /** Polls the enabled feeds whose time has come (failing ones wait out their back-off). */
  pollDue(): Promise<PollReport> {
    return this.run(() => this.deps.feeds.due(this.now()));
  }

  /** Polls every enabled feed now, back-off or not (`diplobrief poll`, `/poll`). */
  pollAll(): Promise<PollReport> {
    return this.run(() => this.deps.feeds.enabled());
  }

  /** The most recent finished run, for health and /stats. */
  get last(): PollReport | undefined {
    return this.lastReport;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Cancels the fetches in flight and waits for the run to end; nothing is recorded for the cancelled feeds. */
  async stop(): Promise<void> {
    this.shutdown.abort();
    await this.running?.catch(() => undefined);
  }

  private run(select: () => Feed[]): Promise<PollReport> {
    if (this.running) return this.running;
    if (this.shutdown.signal.aborted) return Promise.resolve({ startedAt: this.now(), finishedAt: this.now(), results: [] });
    const run = (async () => {
      const startedAt = this.now();
      const feeds = select();
      const settled = await runLimited(feeds, hostOf, POLL_CONCURRENCY, (feed) => this.pollFeed(feed));
      const results = settled.map((outcome, index) =>
        outcome.status === 'fulfilled' ? outcome.value : this.recordFailure(feeds[index]!, outcome.reason),
      );
      this.linkAcrossLanguages();
      const report = { startedAt, finishedAt: this.now(), results };
      this.deps.logger.info(
        {
          feeds: results.length,
          failed: results.filter((r) => r.status === 'error').length,
          added: results.reduce((sum, r) => sum + (r.status === 'ok' ? r.added : 0), 0),
          ms: report.finishedAt - startedAt,
        },
        'poll finished',
      );
      this.lastReport = report;
      this.deps.onReport?.(report);
      return report;
    })().finally(() => {
      this.running = undefined;
    });
    this.running = run;
    return run;
  }

  /** A failure here is logged and retried by the next run: the articles are stored either way. */
  private linkAcrossLanguages(): void {
    try {
      this.deps.linker?.linkPending();
    } catch (error) {
      this.deps.logger.error({ err: error }, 'linking articles across languages failed; the next poll retries');
    }
  }

  private async pollFeed(feed: Feed): Promise<FeedPollResult> {
    const name = feedDisplayName(feed);
    let fetched: FetchResult;
    try {
      fetched = await this.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    } catch (error) {
      return this.recordFailure(feed, error);
    }
    const at = this.now();
    if (fetched.kind === 'not-modified') {
      this.deps.feeds.recordSuccess(feed.id, { at, nextPollAt: at });
      this.deps.logger.debug({ feed_id: feed.id }, 'feed not modified');
      return { feedId: feed.id, name, status: 'not-modified' };
    }
    try {
      const parsed = await readFeed(fetched.body, fetched.contentType, fetched.url, new Date(at));
      return this.saveParsed(feed, fetched, parsed, at);
    } catch (error) {
      return this.recordFailure(feed, error);
    }
  }

  /** Stores what a good fetch brought: its articles, the feed's metadata and validators, and its health. */
  saveParsed(feed: Feed, fetched: Extract<FetchResult, { kind: 'fetched' }>, parsed: NormalizedFeed, at: number): FeedPollResult {
    const articles = parsed.articles.map((article) => ({ ...article, feedTopics: feed.topics }));
    // Language, topics and summary are worked out only for new or changed articles, not on every poll.
    const saved = this.deps.articles.saveFeedArticles(feed.id, articles, (article) => deriveFromText(article, feed.language));
    this.deps.feeds.recordSuccess(feed.id, {
      at,
      nextPollAt: at,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      title: parsed.title,
      siteLink: parsed.link,
      feedLanguage: parsed.language,
    });
    this.deps.logger.info({ feed_id: feed.id, items: articles.length, added: saved.added.length, updated: saved.updated }, 'feed polled');
    const name = feedDisplayName({ ...feed, title: feed.title ?? parsed.title });
    return {
      feedId: feed.id,
      name,
      status: 'ok',
      added: saved.added.length,
      updated: saved.updated,
      items: articles.length,
      articleIds: saved.added,
    };
  }

  /** Every failure is data: counted, kept as the feed's last error, and answered with a later retry. */
  private recordFailure(feed: Feed, error: unknown): FeedPollResult {
    const at = this.now();
    const message = describeFailure(error);
    if (this.shutdown.signal.aborted) {
      // Not the feed's fault: its health is left as it was.
      return { feedId: feed.id, name: feedDisplayName(feed), status: 'error', error: message, consecutiveErrors: feed.consecutiveErrors };
    }
    const consecutiveErrors = feed.consecutiveErrors + 1;
    const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
    const nextPollAt = nextPollAfterFailure(consecutiveErrors, at, {
      retryAfterMs,
      ...(this.deps.random ? { random: this.deps.random } : {}),
    });
    this.deps.feeds.recordFailure(feed.id, { at, error: message, nextPollAt });
    const expected = error instanceof FetchError || error instanceof FeedParseError;
    this.deps.logger[expected ? 'warn' : 'error'](
      {
        feed_id: feed.id,
        url: feed.url,
        consecutiveErrors,
        nextPollAt: new Date(nextPollAt).toISOString(),
        ...(expected ? {} : { err: error }),
      },
      `feed failed: ${message}`,
    );
    return { feedId: feed.id, name: feedDisplayName(feed), status: 'error', error: message, consecutiveErrors };
  }
}

function hostOf(feed: Feed): string {
  try {
    return new URL(feed.url).host;
  } catch {
    return feed.url;
  }
}

function describeFailure(error: unknown): string {
  const text =
    error instanceof FetchError || error instanceof FeedParseError
      ? error.message
      : `internal error: ${(error as Error)?.message ?? String(error)}`;
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
