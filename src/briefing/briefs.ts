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

  withBriefs(stories: readonly Story[], language: Language): Story[] {
    if (stories.length === 0) return [...stories];
    const keys = stories.map((story) => briefKey(story, language, this.deps.model));
    const found = this.deps.store.briefs(keys);
    let briefs = 0;
    const shown = stories.map((story, k) => {
      const brief = found.get(keys[k]!);
      if (!brief) return story;
      briefs += 1;
      return { ...story, brief: brief.headline ? { text: brief.text, headline: brief.headline } : { text: brief.text } };
    });
    this.shown.briefs += briefs;
    this.shown.extractive += stories.length - briefs;
    this.deps.onViews?.({ briefs, extractive: stories.length - briefs });
    return shown;
  }
}

export interface BriefRunReport {
  /** Stories that needed a brief, and what became of them. */
  needed: number;
  written: number;
  rejected: Partial<Record<BriefRejection, number>>;
  failed: Partial<Record<LlmFailure, number>>;
  /** Left for a later run: the budget was spent, the endpoint paused, or the run's cap reached. */
  deferred: number;
}

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

  constructor(
    private readonly deps: {
      client: LlmClient;
      store: Pick<LlmStore, 'briefs' | 'saveBrief'>;
      reader: ReaderService;
      /** The languages chats read, and whether any of those chats reads every language. */
      audiences: () => { language: Language; sources: SourceChoice }[];
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
    if (this.stopping) return Promise.resolve({ needed: 0, written: 0, rejected: {}, failed: {}, deferred: 0 });
    this.running ??= this.write().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async write(): Promise<BriefRunReport> {
    const report: BriefRunReport = { needed: 0, written: 0, rejected: {}, failed: {}, deferred: 0 };
    const wanted = new Map<string, { story: Story; language: Language }>();
    for (const { language, sources } of this.deps.audiences()) {
      const latest = this.deps.reader.latest({ language, topics: TOPICS, count: LATEST_STORIES, sources }).stories;
      const briefing = this.deps.reader.briefing({ language, topics: TOPICS, sources }).sections.flatMap((section) => section.stories);
      for (const story of [...latest, ...briefing]) wanted.set(briefKey(story, language, this.deps.client.model), { story, language });
    }
    const stored = this.deps.store.briefs([...wanted.keys()]);
    const missing = [...wanted].filter(([key]) => !stored.has(key));
    report.needed = missing.length;
    const now = missing.slice(0, BRIEFS_PER_RUN);
    report.deferred = missing.length - now.length;
    let stop = false;
    await Promise.all(
      now.map(async ([key, { story, language }]) => {
        if (stop) {
          report.deferred += 1;
          return;
        }
        const outcome = await this.writeOne(key, story, language);
        if (outcome === 'written') report.written += 1;
        else if (outcome.kind === 'rejected') report.rejected[outcome.reason] = (report.rejected[outcome.reason] ?? 0) + 1;
        else {
          report.failed[outcome.failure] = (report.failed[outcome.failure] ?? 0) + 1;
          if (outcome.failure === 'budget' || outcome.failure === 'circuit-open') stop = true;
        }
      }),
    );
    if (report.needed > 0) this.deps.logger.info({ ...report }, 'story briefs written');
    this.deps.onReport?.(report);
    return report;
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
    if (this.stopping) return { kind: 'failed', failure: 'circuit-open' };
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
