import type { Language } from '../model/language.ts';
import type { ArticleStore } from '../store/articles.ts';
import type { Feed } from '../model/feed.ts';
import { feedDisplayName, type FeedStore } from '../store/feeds.ts';
import { FeedParseError } from './feed-parse-error.ts';
import { feedStatus, type FeedStatus, type FeedWithCount } from './feed-health.ts';
import { FetchError, fetchFeed, type FetchResult, type Validators } from './fetch.ts';
import { safeHttpUrl } from '../text/html.ts';
import type { FeedPollResult, PollReport, Poller } from './poller.ts';
import { readFeed } from './read-feed.ts';

export type AddFeedOutcome =
  | { ok: true; feed: Feed; title: string; items: number; added: number }
  | { ok: false; reason: 'bad-url' | 'exists' | 'unreachable' | 'not-a-feed'; detail: string; existing?: Feed };

/** What admins do with feeds: list with health, add (checked before saving), remove, poll now. */
export class FeedAdmin {
  constructor(
    private readonly deps: {
      feeds: FeedStore;
      articles: ArticleStore;
      poller: Poller;
      now?: () => number;
      fetch?: (url: string, validators: Validators) => Promise<FetchResult>;
    },
  ) {}

  list(): FeedWithCount[] {
    return this.deps.feeds.list().map((feed) => ({ ...feed, articles: this.deps.articles.countByFeed(feed.id) }));
  }

  /** Every feed as /feeds shows it: its name, article count and health. */
  statuses(): FeedStatus[] {
    const now = (this.deps.now ?? Date.now)();
    return this.list().map((feed) => feedStatus(feed, now));
  }

  /** Fetches and parses the feed first; only a feed that reads is saved, with its articles. */
  async add(url: string, language: Language | undefined, topics: string[]): Promise<AddFeedOutcome> {
    const normalizedUrl = safeHttpUrl(url);
    if (!normalizedUrl) return { ok: false, reason: 'bad-url', detail: url };
    const existing = this.deps.feeds.byUrl(normalizedUrl) ?? this.deps.feeds.byUrl(url);
    if (existing) return { ok: false, reason: 'exists', detail: url, existing };

    const now = this.deps.now ?? Date.now;
    let fetched: FetchResult;
    try {
      fetched = await (this.deps.fetch ?? ((u, v) => fetchFeed(u, v, { now })))(normalizedUrl, {});
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof FetchError && error.reason === 'bad-url' ? 'bad-url' : 'unreachable',
        detail: (error as Error).message,
      };
    }
    if (fetched.kind !== 'fetched') return { ok: false, reason: 'unreachable', detail: 'the server answered 304 to a first request' };
    const at = now();
    let parsed;
    try {
      parsed = await readFeed(fetched.body, fetched.contentType, fetched.url, new Date(at));
    } catch (error) {
      if (error instanceof FeedParseError) return { ok: false, reason: 'not-a-feed', detail: error.message };
      throw error;
    }
    const feed = this.deps.feeds.add({ url: normalizedUrl, language, topics });
    const saved = this.deps.poller.saveParsed(feed, fetched, parsed, at) as Extract<FeedPollResult, { status: 'ok' }>;
    return { ok: true, feed: this.deps.feeds.get(feed.id)!, title: parsed.title ?? saved.name, items: saved.items, added: saved.added };
  }

  /** Removes the feed and its articles; returns what was removed (with the name readers knew it by), or undefined for an unknown id. */
  remove(id: number): { feed: Feed; name: string; articles: number } | undefined {
    const feed = this.deps.feeds.get(id);
    if (!feed) return undefined;
    const articles = this.deps.articles.countByFeed(id);
    this.deps.feeds.remove(id);
    return { feed, name: feedDisplayName(feed), articles };
  }

  pollNow(): Promise<PollReport> {
    return this.deps.poller.pollAll();
  }
}
