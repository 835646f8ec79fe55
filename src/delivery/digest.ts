import { setImmediate as nextTurn } from 'node:timers/promises';
import { briefingDue } from '../schedule/chat-schedule.ts';
import type { Db } from '../store/db.ts';
import type { Recipient } from '../store/delivery-runs.ts';
import { QueuedTexts } from '../store/outbox-enqueue.ts';
import type { OutgoingMessage } from '../store/outbox-records.ts';
import { PassBriefings, type PassBriefingsDeps } from './pass-briefings.ts';
import { StoryCache } from './story-cache.ts';

/** How far ahead a tick groups the stories of the chats due next (the per-minute job's period). */
const PREPARE_AHEAD_MS = 60_000;
/** Chats enqueued per transaction; between batches the bot answers updates and the sender sends. */
const RECIPIENTS_PER_BATCH = 100;

/** What the runner needs beyond what making the briefings reads: the database for its transactions, and the clock. */
export interface DigestDeps extends PassBriefingsDeps {
  db: Db;
  now: () => number;
  /** Called after each batch is queued (wakes the sender). */
  onQueued?: () => void;
}

/** What one pass over the chats with their own hours did. */
export interface DueReport {
  /** Chats whose time had come; those that had something new; messages queued. */
  due: number;
  briefings: number;
  messages: number;
  /** Times found more than MISSED_BRIEFING_GRACE_MS late (the bot was down): skipped, not sent late. */
  skipped: number;
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
  /** Runs and resumptions take turns: two at once could both pick up the same unfinished run. */
  private turn: Promise<unknown> = Promise.resolve();
  private busy = 0;

  /** Stories kept between passes (see StoryCache), and the due time they were last prepared for. */
  private readonly stories = new StoryCache();
  private preparedFor: number | undefined;
  private readonly passDeps: DigestDeps;

  constructor(private readonly deps: DigestDeps) {
    this.passDeps = { ...deps, stories: this.stories };
  }

  /** Runs the tick's briefing run (or resumes it when it was interrupted); a run already done does nothing. */
  run(scheduledFor: number): Promise<DigestReport> {
    return this.oneAtATime(() => this.runNow(scheduledFor));
  }

  private async runNow(scheduledFor: number): Promise<DigestReport> {
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
  resumeUnfinished(): Promise<DigestReport[]> {
    return this.oneAtATime(() => this.resumeNow());
  }

  private async resumeNow(): Promise<DigestReport[]> {
    const reports: DigestReport[] = [];
    for (const run of this.deps.runs.unfinished('briefing')) {
      if (this.stopping) break;
      this.deps.logger.info({ run_id: run.id, after_chat: run.cursor }, 'resuming an interrupted briefing run');
      reports.push(await this.track(this.enqueue(run.id)));
    }
    return reports;
  }

  /**
   * The chats with their own hours whose time has come, at `now`: each gets the briefing of what it
   * has not been sent (as a scheduled run gives it), and its next time is set in the transaction
   * that queues it, so a restart neither repeats nor loses one. A time missed while the bot was
   * down is sent once if it is less than MISSED_BRIEFING_GRACE_MS late, else skipped.
   */
  async runDue(now: number): Promise<DueReport> {
    const { runs, outbox, logger } = this.deps;
    const pass = new PassBriefings(this.passDeps, now);
    const texts = new QueuedTexts();
    const total: DueReport = { due: 0, briefings: 0, messages: 0, skipped: 0 };
    while (!this.stopping) {
      const chats = runs.dueChats(now, RECIPIENTS_PER_BATCH);
      if (chats.length === 0) break;
      const messages: OutgoingMessage[] = [];
      const next: { chatId: number; at: number }[] = [];
      const briefed: { chat: Recipient; send: number }[] = [];
      for (const chat of chats) {
        const { send, nextAt } = briefingDue(chat.schedule, chat.dueAt, now);
        next.push({ chatId: chat.chatId, at: nextAt });
        if (!chat.receiving) continue;
        total.due += 1;
        if (send === undefined) {
          total.skipped += 1;
          continue;
        }
        briefed.push({ chat, send });
      }
      const seen = pass.seenInBatch(briefed.map(({ chat }) => chat));
      for (const { chat, send } of briefed) {
        const parts = pass.briefingFor(chat, seen);
        if (parts.length > 0) total.briefings += 1;
        const runId = `schedule:${new Date(send).toISOString()}`;
        messages.push(...toOutgoing(parts, runId, chat.chatId));
      }
      this.deps.db.transaction(() => {
        outbox.enqueue(messages, texts);
        for (const { chatId, at } of next) runs.setNextBriefing(chatId, at);
      })();
      total.messages += messages.length;
      if (messages.length > 0) this.deps.onQueued?.();
      await nextTurn();
    }
    if (total.due > 0) logger.info({ ...total }, "briefings at chats' own hours queued");
    if (!this.stopping) this.prepareAhead(now);
    return total;
  }

  /**
   * When chats are due within the next minute, groups the stories their pass will read now, in this
   * quiet tick, rather than in that minute (once per due time): with thousands of chats due at once,
   * the grouping is the largest fixed cost of queuing them. The pass then finds them in the cache if
   * no article came or changed meanwhile, and groups them itself otherwise.
   */
  private prepareAhead(now: number): void {
    const nextDue = this.deps.runs.nextDueAt();
    if (nextDue === undefined || nextDue > now + PREPARE_AHEAD_MS || nextDue === this.preparedFor) return;
    this.preparedFor = nextDue;
    try {
      new PassBriefings(this.passDeps, nextDue).prepare();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not group the next minute’s stories ahead; its pass will');
    }
  }

  /** Stops after the batch in hand (it is committed); the run is resumed at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.current?.catch(() => undefined);
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    // With nothing in progress the work starts at once (a stop right after it still finds it running).
    const result = this.busy === 0 ? work() : this.turn.then(work, work);
    this.busy += 1;
    this.turn = result
      .catch(() => undefined)
      .finally(() => {
        this.busy -= 1;
      });
    return result;
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
    const pass = new PassBriefings(this.passDeps, run.scheduledFor);
    const texts = new QueuedTexts();
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
      const seen = pass.seenInBatch(recipients);
      for (const recipient of recipients) {
        const parts = pass.briefingFor(recipient, seen);
        if (parts.length > 0) briefings += 1;
        messages.push(...toOutgoing(parts, runId, recipient.chatId));
      }
      cursor = recipients.at(-1)!.chatId;
      const last = cursor;
      this.deps.db.transaction(() => {
        outbox.enqueue(messages, texts);
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
}

function toOutgoing(parts: { html: string; articleIds: number[] }[], runId: string, chatId: number): OutgoingMessage[] {
  return parts.map((part, index) => ({
    kind: 'briefing' as const,
    runId,
    chatId,
    part: index,
    text: part.html,
    parseMode: 'HTML' as const,
    articleIds: part.articleIds,
  }));
}

function report(run: { id: string; subscribers: number; briefings: number; messages: number }, interrupted: boolean): DigestReport {
  return { runId: run.id, subscribers: run.subscribers, briefings: run.briefings, messages: run.messages, interrupted };
}
