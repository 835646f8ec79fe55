import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import { RetentionStore } from '../store/retention.ts';
import { SEARCH_RETENTION_MS } from '../store/saved-searches.ts';

const DAY_MS = 24 * 3_600_000;

/** Once a day at a quiet hour (in TIMEZONE), and once at start. */
export const RETENTION_CRON = '17 3 * * *';

/**
 * Rows per transaction. better-sqlite3 is synchronous: a batch holds the event loop (updates,
 * sends) for its duration, a few milliseconds at this size; between batches the bot gets a turn.
 */
const BATCH = 200;

export interface RetentionReport {
  articles: number;
  outbox: number;
  /** Message texts no queued message refers to any more. */
  outboxTexts: number;
  /** Records of what chats were alerted to. */
  alerted: number;
  runs: number;
  searches: number;
  briefs: number;
  ms: number;
  /** Stopped by shutdown before the end; the next run goes on. */
  interrupted: boolean;
}

/**
 * RETENTION_DAYS at work: empties articles published longer ago than that (what dedup needs stays,
 * see RetentionStore), deletes finished queue rows and briefing runs as old, and saved searches
 * older than their buttons live. Runs in small batches; stop() ends it between two.
 */
export class RetentionJob {
  private readonly store: RetentionStore;
  private stopping = false;
  private running: Promise<RetentionReport> | undefined;

  constructor(
    db: Db,
    private readonly options: { retentionDays: number; now: () => number; logger: Logger },
  ) {
    this.store = new RetentionStore(db);
  }

  /** Prunes now; a run asked for while one is going joins it. */
  run(): Promise<RetentionReport> {
    this.running ??= this.prune().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Ends a run in progress after its current batch (each batch is one transaction: nothing half-done). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => undefined);
  }

  private async prune(): Promise<RetentionReport> {
    const started = this.options.now();
    const before = started - this.options.retentionDays * DAY_MS;
    const report: RetentionReport = {
      articles: 0,
      outbox: 0,
      outboxTexts: 0,
      alerted: 0,
      runs: 0,
      searches: 0,
      briefs: 0,
      ms: 0,
      interrupted: false,
    };
    for (;;) {
      if (this.stopping) return this.finish(report, started, true);
      const pruned = this.store.pruneArticles(before, BATCH, this.options.now());
      report.articles += pruned;
      if (pruned < BATCH) break;
      await nextTurn();
    }
    let afterId = 0;
    for (;;) {
      if (this.stopping) return this.finish(report, started, true);
      const step = this.store.pruneOutbox(before, afterId, BATCH);
      report.outbox += step.deleted;
      afterId = step.lastId;
      if (step.done) break;
      await nextTurn();
    }
    report.outboxTexts = this.store.pruneOutboxTexts();
    report.alerted = this.store.pruneAlerted(before);
    report.runs = this.store.pruneBriefingRuns(before);
    report.briefs = this.store.pruneBriefs(before);
    report.searches = this.store.pruneSearches(started - SEARCH_RETENTION_MS);
    return this.finish(report, started, false);
  }

  private finish(report: RetentionReport, started: number, interrupted: boolean): RetentionReport {
    report.ms = this.options.now() - started;
    report.interrupted = interrupted;
    this.options.logger.info(
      { ...report, retentionDays: this.options.retentionDays },
      interrupted ? 'retention pruning interrupted by shutdown' : 'retention pruning done',
    );
    return report;
  }
}
