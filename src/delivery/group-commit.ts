import type { Logger } from 'pino';
import type { OutboxStore } from '../store/outbox.ts';
import type { Outcome } from '../store/outbox-records.ts';

/** How long a finished send waits for others to share its commit. */
const GROUP_COMMIT_MS = 5;

/**
 * Commits send outcomes in groups: outcomes finishing within a few milliseconds share one
 * transaction (one fsync for many sends; at a high rate a commit per send would cost more than the
 * send). `add` resolves once the outcome is committed, and the sender frees a send's slot only
 * then, so after a hard crash at most its concurrency of sends can be unrecorded.
 */
export class GroupCommit {
  private pending: { outcome: Outcome; done: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { outbox: OutboxStore; logger: Logger; groupSize: number; onRecorded?: (outcomes: readonly Outcome[]) => void },
  ) {}

  add(outcome: Outcome): Promise<void> {
    return new Promise((resolve) => {
      this.pending.push({ outcome, done: resolve });
      if (this.pending.length >= this.deps.groupSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), GROUP_COMMIT_MS);
    });
  }

  /** Commits what is waiting now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      this.recordNow(batch.map((entry) => entry.outcome));
    } finally {
      for (const entry of batch) entry.done();
    }
  }

  /** Commits outcomes at once (messages handed back unsent). */
  recordNow(outcomes: readonly Outcome[]): void {
    if (outcomes.length === 0) return;
    try {
      this.deps.outbox.record(outcomes);
    } catch (error) {
      // The rows stay 'sending' and are sent again after a restart: logged, not lost.
      this.deps.logger.error({ err: error, outcomes: outcomes.length }, 'could not record send outcomes');
      return;
    }
    this.deps.onRecorded?.(outcomes);
  }
}
