import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import { groupStories, STORY_WINDOW_MS } from '../briefing/stories.ts';
import type { Language } from '../model/language.ts';
import { storyArticleIds, type Story } from '../model/story.ts';
import type { Localizer } from '../model/translate.ts';
import type { AlertStore, ArrivedArticle } from '../store/alerts.ts';
import type { OutboxStore } from '../store/outbox.ts';
import type { OutgoingMessage } from '../store/outbox-records.ts';
import type { StoryArticleStore } from '../store/story-articles.ts';
import type { ArticleLinkStore } from '../store/article-links.ts';
import { mutesInEveryLanguage, withCoverage } from '../briefing/across-languages.ts';
import type { BriefShelf } from '../briefing/briefs.ts';
import { CrossLanguageWatches, readsStory, type Alert } from './alerts-across-languages.ts';
import type { SubscriberStore } from '../store/subscribers.ts';
import { toMuteWord, type WatchStore } from '../store/watches.ts';
import { foldArticle } from '../watch/matcher.ts';
import { WatchIndex } from '../watch/watch-index.ts';
import { quietUntil } from '../schedule/quiet-hours.ts';
import { isMuted } from '../watch/story-mutes.ts';
import { renderAlert, releaseHeldAlerts } from './alert-messages.ts';
import { breakingStories } from './breaking.ts';

/** Articles matched per transaction. */
const ARTICLES_PER_BATCH = 500;
/** A batch that fails this many runs in a row has its first article passed over (logged), so one bad article cannot stop alerts. */
const MAX_BATCH_FAILURES = 3;
/** Articles read per language to find the stories new ones join: two days of every feed. */
const STORY_ARTICLES = 2_000;

export interface AlertDeps {
  alerts: AlertStore;
  watches: WatchStore;
  subscribers: SubscriberStore;
  articles: StoryArticleStore;
  outbox: OutboxStore;
  i18n: Localizer;
  /** The bot's time zone, for chats without one of their own. */
  timeZone: string;
  defaultLanguage: Language;
  logger: Logger;
  now: () => number;
  onQueued?: () => void;
  /** Every finished run's report, once (the metrics count alerts by kind). */
  onReport?: (report: AlertReport) => void;
  /** Links across languages: coverage lines, and watches followed in every language (/sources all). */
  links?: Pick<ArticleLinkStore, 'coverageOf' | 'featuresOf'>;
  /** The language model's stored briefs (LLM_URL). */
  briefs?: BriefShelf;
}

export interface AlertReport {
  articles: number;
  watch: number;
  breaking: number;
  held: number;
}

/**
 * Alerts: after each poll, every article stored since the last look is matched against every
 * chat's watches (through an index, not watch by watch), and stories that three sources now carry
 * within two hours are offered to chats that want breaking stories. A chat gets one message per
 * story, unless an article of that story reached it as an alert before; muted words keep a story
 * out; in quiet hours the alert waits. Matching, queuing and moving the cursor are one transaction
 * per batch: a restart neither loses nor repeats an alert.
 */
export class AlertRunner {
  private readonly index = new WatchIndex<number>();
  private indexVersion = '';
  /** The watch ids in the index (a watch's words never change; its chat may, when a group is upgraded). */
  private readonly indexed = new Set<number>();
  private running: Promise<AlertReport> | undefined;
  private queued: Promise<AlertReport> | undefined;
  private stopping = false;
  /** Runs in a row whose first batch failed. */
  private failures = 0;

  /** Single-name watches of the chats that read every language, followed in the other languages. */
  private readonly acrossLanguages: CrossLanguageWatches | undefined;

  constructor(private readonly deps: AlertDeps) {
    this.acrossLanguages = deps.links && new CrossLanguageWatches({ watches: deps.watches, links: deps.links });
  }

  /**
   * Looks at the articles stored since the last run. Asked for while a run goes (a poll ended
   * meanwhile), it runs once more after that one, so no article waits for the next poll.
   */
  run(): Promise<AlertReport> {
    if (this.stopping) return Promise.resolve({ articles: 0, watch: 0, breaking: 0, held: 0 });
    if (!this.running) {
      this.running = this.runNow().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.run();
      });
    return this.queued;
  }

  /** No new runs; the one in progress (each batch is one transaction) ends first. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.queued?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  private async runNow(): Promise<AlertReport> {
    const { alerts } = this.deps;
    const report: AlertReport = { articles: 0, watch: 0, breaking: 0, held: 0 };
    // Begins on a later turn: a poll's report (which starts a run) is not held up by it.
    await nextTurn();
    while (!this.stopping) {
      const arrived = alerts.arrivedAfter(alerts.cursor(), ARTICLES_PER_BATCH);
      if (arrived.length === 0) {
        alerts.advance(alerts.lastArticleId());
        break;
      }
      try {
        this.runBatch(arrived, report);
        this.failures = 0;
      } catch (error) {
        // The batch's transaction rolled back: nothing was queued, the cursor stayed. It is tried
        // again after the next poll; an article that fails every time is passed over, not forever.
        this.failures += 1;
        const skip = this.failures >= MAX_BATCH_FAILURES;
        this.deps.logger.error({ err: error, article_id: arrived[0]!.id, failures: this.failures, skipped: skip }, 'alert run failed');
        if (!skip) throw error;
        alerts.advance(arrived[0]!.id);
        this.failures = 0;
        continue;
      }
      if (arrived.length < ARTICLES_PER_BATCH) break;
      await nextTurn();
    }
    if (report.watch + report.breaking > 0) this.deps.logger.info({ ...report }, 'alerts queued');
    this.deps.onReport?.(report);
    return report;
  }

  private runBatch(arrived: ArrivedArticle[], report: AlertReport): void {
    const now = this.deps.now();
    const storiesByLanguage = new Map<Language, Map<number, Story>>();
    const storyOf = (article: ArrivedArticle) => {
      let stories = storiesByLanguage.get(article.language);
      if (!stories) {
        stories = this.storiesAround(article.language, now);
        storiesByLanguage.set(article.language, stories);
      }
      // An article dated outside the two days (a feed's odd date) is a story of its own.
      return stories.get(article.id) ?? groupStories(this.deps.articles.byIds([article.id]))[0];
    };
    const index = this.watchIndex();
    const matches = arrived.map((article) => ({ article, watchIds: index.match(foldArticle(article.title, article.text)) }));
    // The watches as they are now: a group upgraded to a supergroup has moved its watches to the new id.
    const watches = new Map(this.deps.watches.watchesByIds([...new Set(matches.flatMap((match) => match.watchIds))]).map((w) => [w.id, w]));
    const candidates: Alert[] = [];
    for (const { article, watchIds } of matches) {
      for (const watchId of watchIds) {
        const watch = watches.get(watchId);
        const story = watch && storyOf(article);
        if (watch && story) candidates.push({ chatId: watch.chatId, kind: 'watch', story, watch, articleIds: storyArticleIds(story) });
      }
    }
    if (this.acrossLanguages) candidates.push(...this.acrossLanguages.alertsFor(arrived, storyOf));
    if (this.deps.watches.anyBreaking()) {
      for (const article of arrived) storyOf(article);
      const newIds = new Set(arrived.map((article) => article.id));
      const stories = [...storiesByLanguage.values()].flatMap((byArticle) => [...new Set(byArticle.values())]);
      for (const story of breakingStories(stories, newIds)) {
        for (const chatId of this.deps.watches.breakingChatsFor(story.main.language, story.topics))
          candidates.push({ chatId, kind: 'breaking', story, articleIds: storyArticleIds(story) });
      }
    }
    this.deps.alerts.transaction(() => {
      const counts = this.deliver(candidates, now);
      report.watch += counts.watch;
      report.breaking += counts.breaking;
      report.held += counts.held;
      this.deps.alerts.advance(arrived.at(-1)!.id);
    });
    report.articles += arrived.length;
    if (report.watch + report.breaking > report.held) this.deps.onQueued?.();
  }

  /**
   * Queues (or holds) each chat's alerts: one a story, none for a story it was alerted to (by a watch
   * or as breaking) or that it mutes. A candidate that fails (a story that cannot be rendered) is
   * logged and left out; the others go.
   */
  private deliver(candidates: readonly Alert[], now: number): { watch: number; breaking: number; held: number } {
    const { alerts, watches, subscribers, outbox, i18n } = this.deps;
    const counts = { watch: 0, breaking: 0, held: 0 };
    const chatIds = [...new Set(candidates.map((alert) => alert.chatId))];
    const mutes = watches.mutesOfChats(chatIds);
    const quiet = watches.quietOfChats(chatIds);
    const done = new Set<string>();
    const messages: OutgoingMessage[] = [];
    for (const alert of candidates) {
      // One message a story and chat: a watch's alert (they come first) stands for breaking too.
      const key = `${alert.chatId}:${alert.story.main.id}`;
      if (done.has(key)) continue;
      done.add(key);
      const chat = subscribers.get(alert.chatId);
      if (!chat || !chat.active || !chat.subscribed || !readsStory(chat, alert.story)) continue;
      const muted = mutes.get(alert.chatId)?.map(toMuteWord);
      if (isMuted(alert.story, chat.sources === 'all' ? mutesInEveryLanguage(muted, chat.language) : muted)) continue;
      // An event the chat was alerted to in another language is not alerted again in this one.
      const coverageIds = (alert.story.coverage ?? []).map((report) => report.articleId);
      const before = alerts.alertedAmong(alert.chatId, [...alert.articleIds, ...coverageIds]).length > 0;
      // Its new articles join the alert the story had, or the one it gets now.
      alerts.recordAlerted(alert.chatId, alert.kind, alert.articleIds);
      if (before) continue;
      const zone = chat.schedule?.zone ?? this.deps.timeZone;
      let html: string;
      try {
        const story = this.deps.briefs ? this.deps.briefs.withBriefs([alert.story], chat.language)[0]! : alert.story;
        this.deps.briefs?.countShown([story]);
        html = renderAlert(i18n.for(chat.language), { ...alert, story, watchText: alert.watch?.text }, chat.language, zone);
      } catch (error) {
        this.deps.logger.error(
          { err: error, chat_id: alert.chatId, article_id: alert.story.main.id },
          'could not render an alert; left out',
        );
        continue;
      }
      const hours = quiet.get(alert.chatId);
      const releaseAt = hours ? quietUntil(hours, zone, now) : undefined;
      if (releaseAt !== undefined) {
        alerts.hold({ chatId: alert.chatId, kind: alert.kind, html, articleIds: alert.articleIds }, releaseAt);
        counts.held += 1;
      } else {
        const runId = `alert:${alert.kind}:${alert.story.main.id}`;
        messages.push({ kind: 'alert', runId, chatId: alert.chatId, part: 0, text: html, parseMode: 'HTML', articleIds: alert.articleIds });
      }
      counts[alert.kind] += 1;
    }
    outbox.enqueue(messages);
    return counts;
  }

  /** Sends the alerts whose quiet hours are over (every minute). */
  releaseHeld(now: number): number {
    const released = releaseHeldAlerts(this.deps, now);
    if (released > 0) this.deps.onQueued?.();
    return released;
  }

  /** The stories of the last two days in a language, by each member's id. */
  private storiesAround(language: Language, now: number): Map<number, Story> {
    const articles = this.deps.articles.recent({ language, since: now - STORY_WINDOW_MS, limit: STORY_ARTICLES });
    const byArticle = new Map<number, Story>();
    const links = this.deps.links;
    const stories = links ? withCoverage(groupStories(articles), (ids) => links.coverageOf(ids)) : groupStories(articles);
    for (const story of stories) for (const article of [story.main, ...story.others]) byArticle.set(article.id, story);
    return byArticle;
  }

  /**
   * The watch index, brought up to date when a watch was added or removed since the last run: only
   * those are filed or taken out (a whole rebuild at 100,000 watches takes over a second, and would
   * forget which words the index has learned are rare).
   */
  private watchIndex(): WatchIndex<number> {
    const version = this.deps.watches.watchesVersion();
    if (version === this.indexVersion) return this.index;
    const ids = new Set(this.deps.watches.watchIds());
    for (const id of [...this.indexed]) {
      if (ids.has(id)) continue;
      this.index.delete(id);
      this.indexed.delete(id);
    }
    const added = [...ids].filter((id) => !this.indexed.has(id));
    for (const watch of this.deps.watches.watchesByIds(added)) {
      this.index.add(watch.id, watch.query);
      this.indexed.add(watch.id);
    }
    this.indexVersion = version;
    return this.index;
  }
}
