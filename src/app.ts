import type { Logger } from 'pino';
import { ConfigError, type Config } from './config.ts';
import { FeedAdmin } from './feeds/feed-admin.ts';
import { FeedsFileError, readFeedsFile } from './feeds/feeds-file.ts';
import type { FeedDeclaration } from './model/feed.ts';
import { Poller, type PollReport } from './feeds/poller.ts';
import { ArticleStore } from './store/articles.ts';
import { openDatabase, type Db } from './store/db.ts';
import { FeedStore } from './store/feeds.ts';
import { SavedSearchStore } from './store/saved-searches.ts';
import { StoryArticleStore } from './store/story-articles.ts';
import { ReaderService } from './briefing/reader-service.ts';
import { SubscriberStore } from './store/subscribers.ts';
import { ArticleLinkStore } from './store/article-links.ts';
import { LanguageLinker } from './feeds/language-links.ts';
import { BriefShelf, BriefWriter, type BriefRunReport } from './briefing/briefs.ts';
import { LlmClient } from './llm/client.ts';
import { LlmStore } from './store/llm.ts';

/** The services every entry point (bot, CLI) shares, around one database connection. */
export interface App {
  config: Config;
  logger: Logger;
  now: () => number;
  db: Db;
  feeds: FeedStore;
  articles: ArticleStore;
  /** Links between reports of one event in different languages. */
  links: ArticleLinkStore;
  subscribers: SubscriberStore;
  poller: Poller;
  feedAdmin: FeedAdmin;
  reader: ReaderService;
  /** The optional language model (LLM_URL): its client and ledger, the stored briefs, and the writer that makes them. */
  llm: { client: LlmClient; store: LlmStore; writer: BriefWriter } | undefined;
  briefs: BriefShelf | undefined;
  /** Closes the database; safe to call twice. */
  close(): void;
}

/** Opens the database, loads FEEDS_FILE into it, and builds the services. */
export function createApp(
  config: Config,
  options: {
    logger: Logger;
    now?: () => number;
    onPollReport?: (report: PollReport) => void;
    /** Told what readers were shown (a brief or the extractive lead), and of every brief run. */
    onBriefViews?: (shown: { briefs: number; extractive: number }) => void;
    onBriefRun?: (report: BriefRunReport) => void;
  },
): App {
  const now = options.now ?? Date.now;
  const declared = readFeedsFileOrExplain(config.feedsFile);
  const db = openDatabase(config.databasePath);
  let closed = false;
  try {
    const feeds = new FeedStore(db, now);
    const articles = new ArticleStore(db, now);
    const loaded = feeds.upsertDeclared(declared);
    options.logger.info({ file: config.feedsFile, feeds: declared.length, ...loaded }, 'feeds file loaded');
    const links = new ArticleLinkStore(db);
    const poller = new Poller({
      feeds,
      articles,
      linker: new LanguageLinker({ links, now, logger: options.logger }),
      logger: options.logger,
      now,
      ...(options.onPollReport ? { onReport: options.onPollReport } : {}),
    });
    const subscribers = new SubscriberStore(db, now);
    const llmStore = config.llm ? new LlmStore(db) : undefined;
    const client =
      config.llm &&
      new LlmClient(
        { ...config.llm, baseUrl: config.llm.url, timeZone: config.timezone },
        { ledger: llmStore!, now, logger: options.logger },
      );
    const briefs =
      client &&
      new BriefShelf({ store: llmStore!, model: client.model, ...(options.onBriefViews ? { onViews: options.onBriefViews } : {}) });
    const reader = new ReaderService({
      db,
      articles: new StoryArticleStore(db),
      searches: new SavedSearchStore(db, now),
      now,
      links,
      ...(briefs ? { briefs } : {}),
    });
    const writer =
      client &&
      new BriefWriter({
        client,
        store: llmStore!,
        // A reader of its own, without the briefs: the writer's lookups are not what readers are shown.
        reader: new ReaderService({ db, articles: new StoryArticleStore(db), searches: new SavedSearchStore(db, now), now, links }),
        audiences: () => subscribers.audiences(config.defaultLanguage),
        concurrency: config.llm!.concurrency,
        now,
        logger: options.logger,
        ...(options.onBriefRun ? { onReport: options.onBriefRun } : {}),
      });
    return {
      config,
      logger: options.logger,
      now,
      db,
      feeds,
      articles,
      links,
      subscribers,
      poller,
      feedAdmin: new FeedAdmin({ feeds, articles, poller, now }),
      reader,
      llm: client && writer ? { client, store: llmStore!, writer } : undefined,
      briefs,
      close() {
        if (!closed) db.close();
        closed = true;
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A bad feeds file is a configuration error: the message names FEEDS_FILE as well as the file and entry. */
function readFeedsFileOrExplain(path: string): FeedDeclaration[] {
  try {
    return readFeedsFile(path);
  } catch (error) {
    if (error instanceof FeedsFileError) throw new ConfigError('FEEDS_FILE', error.message);
    throw error;
  }
}
