import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { checkBrief, type BriefRejection } from '../llm/check.ts';
import type { LlmClient, LlmFailure } from '../llm/client.ts';
import { briefMessages, MAX_PROMPT_ARTICLES, PROMPT_VERSION, type PromptArticle } from '../llm/prompt.ts';
import type { Language } from '../model/language.ts';
import type { SourceChoice, Story } from '../model/story.ts';
import { TOPICS } from '../model/topics.ts';
import type { LlmStore } from '../store/llm.ts';
import type { ReaderService } from './reader-service.ts';

/** The reports of a story the model reads, newest first after the one shown. */
function promptArticles(story: Story): PromptArticle[] {
  return [story.main, ...story.others].slice(0, MAX_PROMPT_ARTICLES).map((article) => ({
    source: article.feedName,
    language: article.language,
    headline: article.summary.headline || article.title,
    lead: article.summary.lead,
  }));
}

/**
 * Where a story's brief is stored: its content (every report's headline and lead), the reader's
 * language, the model and the prompt's version. A new report joining the story, another model or
 * new instructions make a new brief; anything else reuses the one made.
 */
export function briefKey(story: Story, language: Language, model: string): string {
  const reports = [story.main, ...story.others]
    .map((article) => [article.language, article.summary.headline || article.title, article.summary.lead])
    .sort((a, b) => (a.join('\u0001') < b.join('\u0001') ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([PROMPT_VERSION, model, language, reports]))
    .digest('base64url');
}

/** Stored briefs put on stories as they are shown; nothing is asked of the model here. */
export class BriefShelf {
  /** Since start: stories shown with a brief (stored, reused) and with the extractive lead for want of one. */
  readonly shown = { briefs: 0, extractive: 0 };

  constructor(
    private readonly deps: {
      store: Pick<LlmStore, 'briefs'>;
      model: string;
      /** Counts what readers were shown: a brief, or the extractive lead for want of one. */
      onViews?: (shown: { briefs: number; extractive: number }) => void;
    },
  ) {}

  /**
   * The stories with their briefs in this language. A story that carries another language's brief
   * (grouped for that language's readers, then shown to a reader of all three) loses it.
   */
  withBriefs(stories: readonly Story[], language: Language): Story[] {
    if (stories.length === 0) return [...stories];
    const keys = stories.map((story) => briefKey(story, language, this.deps.model));
    const found = this.deps.store.briefs(keys);
    return stories.map((story, k) => {
      const brief = found.get(keys[k]!);
      const { brief: _other, ...plain } = story;
      if (!brief) return plain;
      return { ...plain, brief: brief.headline ? { text: brief.text, headline: brief.headline } : { text: brief.text } };
    });
  }

  /** Counts what a reader is shown: stories with a brief (a stored one reused) and with the extractive lead. */
  countShown(stories: readonly Story[]): void {
    const briefs = stories.filter((story) => story.brief !== undefined).length;
    this.shown.briefs += briefs;
    this.shown.extractive += stories.length - briefs;
    this.deps.onViews?.({ briefs, extractive: stories.length - briefs });
  }
}

export interface BriefRunReport {
  /** Stories that needed a brief, and what became of them. */
  needed: number;
  written: number;
  rejected: Partial<Record<BriefRejection, number>>;
  failed: Partial<Record<LlmFailure, number>>;
  /** Left for a later run: the budget was spent, the endpoint paused, the bot stopping, or the run's cap reached. */
  deferred: number;
  /** Not asked again yet: their last answer failed a check, or their call failed (see RETRY_*). */
  waiting: number;
}

/** A story whose brief failed the checks is asked again after this long (the model may answer otherwise later). */
const RETRY_REJECTED_MS = 6 * 3600_000;
/** And one whose call failed (a timeout, a 5xx), after this long. */
const RETRY_FAILED_MS = 15 * 60_000;
/** The failed attempts remembered, at most. */
const ATTEMPTS_KEPT = 10_000;

/** Most briefs asked for in one run (after a poll): the rest wait for the next. */
export const BRIEFS_PER_RUN = 60;
/** The newest stories a run looks at per language, besides the day's briefing. */
const LATEST_STORIES = 30;

/**
 * Writes briefs ahead of need: after a poll, for the stories that `/latest` and the briefings of each
 * language in use will show (with `/sources all`, the other languages' too, with a translated
 * headline), those without one are asked of the model, a few at once, each checked before it is
 * stored (llm/check.ts). A failure, a refusal by the checks, a spent budget or a paused endpoint
 * leaves the extractive lead in place: readers never wait on the model.
 */
export class BriefWriter {
  private running: Promise<BriefRunReport> | undefined;
  private stopping = false;
  /** A poll came during a run: its stories get a run of their own when this one ends. */
  private again = false;
  /** When a story that failed may be asked again, by key. */
  private readonly retryAt = new Map<string, number>();

  constructor(
    private readonly deps: {
      client: LlmClient;
      store: Pick<LlmStore, 'briefs' | 'saveBrief'>;
      reader: ReaderService;
      /** The languages chats read, and whether any of those chats reads every language. */
      audiences: () => { language: Language; sources: SourceChoice }[];
      /** Briefs asked at once (LLM_CONCURRENCY: the client's own limit). */
      concurrency: number;
      now: () => number;
      logger: Logger;
      onReport?: (report: BriefRunReport) => void;
    },
  ) {}

  /** No new runs; the one going stores nothing more and ends when its calls come back (each within LLM_TIMEOUT). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.deps.client.stop();
    await this.running?.catch(() => undefined);
  }

  /** One run at a time: a run asked for while one goes joins it. */
  run(): Promise<BriefRunReport> {
    if (this.stopping) return Promise.resolve({ needed: 0, written: 0, rejected: {}, failed: {}, deferred: 0, waiting: 0 });
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      let report: BriefRunReport;
      do {
        this.again = false;
        report = await this.write();
      } while (this.again && !this.stopping);
      return report;
    })().finally(() => {
      this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async write(): Promise<BriefRunReport> {
    const report: BriefRunReport = { needed: 0, written: 0, rejected: {}, failed: {}, deferred: 0, waiting: 0 };
    const wanted = new Map<string, { story: Story; language: Language }>();
    for (const { language, sources } of this.deps.audiences()) {
      const latest = this.deps.reader.latest({ language, topics: TOPICS, count: LATEST_STORIES, sources }).stories;
      const briefing = this.deps.reader.briefing({ language, topics: TOPICS, sources }).sections.flatMap((section) => section.stories);
      for (const story of [...latest, ...briefing]) wanted.set(briefKey(story, language, this.deps.client.model), { story, language });
    }
    const stored = this.deps.store.briefs([...wanted.keys()]);
    const now = this.deps.now();
    const missing = [...wanted].filter(([key]) => !stored.has(key));
    const due = missing.filter(([key]) => (this.retryAt.get(key) ?? 0) <= now);
    report.needed = missing.length;
    report.waiting = missing.length - due.length;
    const queue = due.slice(0, BRIEFS_PER_RUN);
    report.deferred = due.length - queue.length;
    // Handed out in order, as many at once as the client takes: a spent budget, a paused endpoint or
    // a stop ends the run, and what is left waits for the next one.
    let ended = false;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (ended) {
          report.deferred += 1;
          continue;
        }
        const [key, { story, language }] = next;
        const outcome = await this.writeOne(key, story, language);
        if (outcome === 'written') {
          report.written += 1;
          this.retryAt.delete(key);
        } else if (outcome.kind === 'rejected') {
          report.rejected[outcome.reason] = (report.rejected[outcome.reason] ?? 0) + 1;
          this.remember(key, RETRY_REJECTED_MS);
        } else if (outcome.failure === 'budget' || outcome.failure === 'circuit-open' || outcome.failure === 'stopped') {
          report.deferred += 1;
          ended = true;
        } else {
          report.failed[outcome.failure] = (report.failed[outcome.failure] ?? 0) + 1;
          this.remember(key, RETRY_FAILED_MS);
        }
      }
    };
    await Promise.all(Array.from({ length: this.deps.concurrency }, worker));
    if (report.needed > 0) this.deps.logger.info({ ...report }, 'story briefs written');
    this.deps.onReport?.(report);
    return report;
  }

  private remember(key: string, afterMs: number): void {
    if (this.retryAt.size >= ATTEMPTS_KEPT) this.retryAt.clear();
    this.retryAt.set(key, this.deps.now() + afterMs);
  }

  private async writeOne(
    key: string,
    story: Story,
    language: Language,
  ): Promise<'written' | { kind: 'rejected'; reason: BriefRejection } | { kind: 'failed'; failure: LlmFailure }> {
    const articles = promptArticles(story);
    const wantHeadline = story.main.language !== language;
    const answer = await this.deps.client.complete(briefMessages(articles, language, wantHeadline));
    if (!answer.ok) return { kind: 'failed', failure: answer.failure };
    if (this.stopping) return { kind: 'failed', failure: 'stopped' };
    const sources = articles.map((article) => `${article.source}\n${article.headline}\n${article.lead}`).join('\n');
    const checked = checkBrief({ answer: answer.content, language, wantHeadline, sources });
    if (!checked.ok) {
      this.deps.logger.warn(
        { reason: checked.reason, article_id: story.main.id, language },
        'a brief failed its checks; the extractive lead stays',
      );
      return { kind: 'rejected', reason: checked.reason };
    }
    this.deps.store.saveBrief(key, language, { headline: checked.headline ?? null, text: checked.text }, this.deps.now());
    return 'written';
  }
}
