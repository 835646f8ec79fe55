import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Language } from '../model/language.ts';
import type { Localizer } from '../model/translate.ts';
import { composeBriefing } from '../briefing/compose.ts';
import { BRIEFING_WINDOW_MS } from '../briefing/reader-service.ts';
import { renderBriefingMessages } from '../briefing/render.ts';
import { groupStories } from '../briefing/stories.ts';
import type { Story } from '../model/story.ts';
import type { Db } from '../store/db.ts';
import { articleIdSet, type ArticleIdSet, type DeliveryRunStore, type Recipient } from '../store/delivery-runs.ts';
import type { OutboxStore, OutgoingMessage } from '../store/outbox.ts';
import type { StoryArticleStore } from '../store/story-articles.ts';
import { TOPICS } from '../model/topics.ts';

/** Articles read per language for one run: a day of every feed. */
const ARTICLES_PER_RUN = 2_000;
/** Chats enqueued per transaction; between batches the bot answers updates and the sender sends. */
const RECIPIENTS_PER_BATCH = 100;

export interface DigestDeps {
  db: Db;
  runs: DeliveryRunStore;
  outbox: OutboxStore;
  articles: StoryArticleStore;
  i18n: Localizer;
  timeZone: string;
  logger: Logger;
  now: () => number;
  /** Called after each batch is queued (wakes the sender). */
  onQueued?: () => void;
}

export interface DigestReport {
  runId: string;
  /** Chats looked at, chats that had something new, messages queued (over the whole run, resumed parts included). */
  subscribers: number;
  briefings: number;
  messages: number;
  /** True when a stop interrupted it; the next start resumes it. */
  interrupted: boolean;
}

/** The stories of one language in the run's window, grouped once for all its readers. */
interface LanguageStories {
  stories: Story[];
  articleIds: ArticleIdSet;
  rendered: Map<Story, string>;
}

/** A run's id names its tick, so one tick is one run whatever happens. */
export function briefingRunId(scheduledFor: number): string {
  return `briefing:${new Date(scheduledFor).toISOString()}`;
}

/**
 * Scheduled briefings: for every subscribed, active chat, the briefing of the last 24 hours in its
 * language and topics, without any story it has been sent (or has queued) before, queued in the
 * outbox. Chats go in chat_id order and the run's cursor moves in the transaction that queues their
 * messages, so a restart resumes after the last chat queued and queues nothing twice.
 */
export class DigestRunner {
  private stopping = false;
  private current: Promise<DigestReport> | undefined;

  constructor(private readonly deps: DigestDeps) {}

  /** Runs the tick's briefing run (or resumes it when it was interrupted); a run already done does nothing. */
  async run(scheduledFor: number): Promise<DigestReport> {
    // A run an error cut short is finished first: each tick gives it another chance.
    const id = briefingRunId(scheduledFor);
    for (const unfinished of this.deps.runs.unfinished('briefing')) {
      if (unfinished.id === id || this.stopping) continue;
      this.deps.logger.info({ run_id: unfinished.id, after_chat: unfinished.cursor }, 'finishing an earlier briefing run first');
      await this.track(this.enqueue(unfinished.id));
    }
    const run = this.deps.runs.begin(id, 'briefing', scheduledFor);
    return this.track(this.enqueue(run.id));
  }

  /** Resumes runs a crash or a stop left half-queued. */
  async resumeUnfinished(): Promise<DigestReport[]> {
    const reports: DigestReport[] = [];
    for (const run of this.deps.runs.unfinished('briefing')) {
      if (this.stopping) break;
      this.deps.logger.info({ run_id: run.id, after_chat: run.cursor }, 'resuming an interrupted briefing run');
      reports.push(await this.track(this.enqueue(run.id)));
    }
    return reports;
  }

  /** Stops after the batch in hand (it is committed); the run is resumed at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.current?.catch(() => undefined);
  }

  private track(run: Promise<DigestReport>): Promise<DigestReport> {
    this.current = run;
    return run;
  }

  private async enqueue(runId: string): Promise<DigestReport> {
    const { runs, outbox, logger } = this.deps;
    const log = logger.child({ run_id: runId });
    const run = runs.get(runId)!;
    if (run.status === 'enqueued') return report(run, false);
    const byLanguage = new Map<Language, LanguageStories>();
    let cursor = run.cursor;
    for (;;) {
      if (this.stopping) {
        log.info('briefing run interrupted; it resumes at the next start');
        return report(runs.get(runId)!, true);
      }
      const recipients = runs.recipientsAfter(cursor, RECIPIENTS_PER_BATCH);
      if (recipients.length === 0) break;
      let briefings = 0;
      const messages: OutgoingMessage[] = [];
      for (const recipient of recipients) {
        let parts: ReturnType<DigestRunner['briefingFor']>;
        try {
          parts = this.briefingFor(recipient, run.scheduledFor, byLanguage);
        } catch (error) {
          // One chat's failure (a bug in rendering its stories) must not hold back every chat after it.
          log.error({ err: error, chat_id: recipient.chatId }, "could not make this chat's briefing; it is skipped in this run");
          parts = [];
        }
        if (parts.length > 0) briefings += 1;
        messages.push(
          ...parts.map((part, index) => ({
            kind: 'briefing' as const,
            runId,
            chatId: recipient.chatId,
            part: index,
            text: part.html,
            parseMode: 'HTML' as const,
            articleIds: part.articleIds,
          })),
        );
      }
      cursor = recipients.at(-1)!.chatId;
      const last = cursor;
      this.deps.db.transaction(() => {
        outbox.enqueue(messages);
        runs.advance(runId, { cursor: last, subscribers: recipients.length, briefings, messages: messages.length });
      })();
      if (messages.length > 0) this.deps.onQueued?.();
      await nextTurn();
    }
    runs.finish(runId);
    const done = runs.get(runId)!;
    log.info({ subscribers: done.subscribers, briefings: done.briefings, messages: done.messages }, 'briefing run queued');
    return report(done, false);
  }

  /** One chat's briefing as messages, or none when nothing is new for it. */
  private briefingFor(recipient: Recipient, scheduledFor: number, byLanguage: Map<Language, LanguageStories>) {
    if (recipient.topics.length === 0) return [];
    const { stories, articleIds, rendered } = this.storiesOf(recipient.language, scheduledFor, byLanguage);
    if (stories.length === 0) return [];
    const seen = this.deps.runs.sentAmong(recipient.chatId, articleIds);
    for (const id of this.deps.outbox.queuedArticleIds(recipient.chatId)) seen.add(id);
    // A story any of whose articles the chat has had is an event it has read about: not repeated.
    const fresh =
      seen.size === 0 ? stories : stories.filter((story) => !seen.has(story.main.id) && !story.others.some((other) => seen.has(other.id)));
    const briefing = composeBriefing({ stories: fresh, topics: recipient.topics, language: recipient.language, at: scheduledFor });
    if (briefing.sections.length === 0) return [];
    const t = this.deps.i18n.for(recipient.language);
    return renderBriefingMessages(
      briefing,
      { t, language: recipient.language, timeZone: this.deps.timeZone },
      { footer: t('digest-footer'), cache: rendered },
    );
  }

  /** The day before the tick (not before now: a run resumed hours later must cover the same stories). */
  private storiesOf(language: Language, scheduledFor: number, byLanguage: Map<Language, LanguageStories>): LanguageStories {
    let entry = byLanguage.get(language);
    if (!entry) {
      const articles = this.deps.articles.recent({
        language,
        topics: TOPICS,
        since: scheduledFor - BRIEFING_WINDOW_MS,
        limit: ARTICLES_PER_RUN,
      });
      const stories = groupStories(articles);
      entry = { stories, articleIds: articleIdSet(articles.map((article) => article.id)), rendered: new Map() };
      byLanguage.set(language, entry);
    }
    return entry;
  }
}

function report(run: { id: string; subscribers: number; briefings: number; messages: number }, interrupted: boolean): DigestReport {
  return { runId: run.id, subscribers: run.subscribers, briefings: run.briefings, messages: run.messages, interrupted };
}
