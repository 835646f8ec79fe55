import type { Logger } from 'pino';
import type { BroadcastProgress, BroadcastService } from './broadcast.ts';

/** Telegram's answers meaning the status message can never be edited again. */
const MESSAGE_GONE = /message to edit not found|message can't be edited|chat not found|bot was blocked|bot was kicked|Forbidden/i;

/** Shows a broadcast's progress: edits its status message (html, optional buttons). */
export type ShowProgress = (progress: BroadcastProgress) => Promise<void>;

/**
 * Follows every broadcast going out: every `intervalMs` (about 3 s: a few edits a minute stay well
 * inside the rate budget) it saves the counts and edits the status message when they changed, and
 * when nothing is left it closes the broadcast and shows the final report. After a restart it picks
 * up the broadcasts still going out from the database.
 */
export class BroadcastProgressReporter {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** A poke came while a tick was running: run again right after it. */
  private again = false;
  /** What each status message shows now, so an unchanged one is not edited again. */
  private readonly shown = new Map<number, string>();

  constructor(
    private readonly deps: {
      broadcasts: BroadcastService;
      show: ShowProgress;
      intervalMs: number;
      logger: Logger;
      render: (progress: BroadcastProgress) => string;
    },
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Reports now (after Send or Stop) instead of at the next tick. */
  poke(): void {
    if (!this.stopped) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runTick(), ms);
  }

  private async runTick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick().catch((error: unknown) => {
      // A failing read (database busy) must not end the reporting: the next tick tries again.
      this.deps.logger.error({ err: error }, 'broadcast progress tick failed');
    });
    await this.running;
    this.running = undefined;
    if (!this.stopped) this.schedule(this.again ? 0 : this.deps.intervalMs);
    this.again = false;
  }

  private async tick(): Promise<void> {
    for (const broadcast of this.deps.broadcasts.inProgress()) {
      if (this.stopped) return;
      const progress = this.deps.broadcasts.progress(broadcast.id);
      if (!progress) continue;
      // The counts are saved first: the database is the record, the message only shows it.
      try {
        this.deps.broadcasts.record({ ...progress, finished: false });
      } catch (error) {
        this.deps.logger.error({ err: error, broadcast_id: broadcast.id }, 'could not save broadcast counts');
        continue;
      }
      const text = this.deps.render(progress);
      if (this.shown.get(broadcast.id) !== text) {
        try {
          await this.deps.show(progress);
          this.shown.set(broadcast.id, text);
        } catch (error) {
          const gone = MESSAGE_GONE.test(error instanceof Error ? error.message : String(error));
          this.deps.logger.warn(
            { err: error, broadcast_id: broadcast.id, final: progress.finished, gone },
            'could not edit the broadcast status message',
          );
          // The final report is shown before the broadcast is closed: the next tick tries again,
          // unless the message is gone for good (deleted, chat unreachable).
          if (progress.finished && !gone) continue;
        }
      }
      if (progress.finished) {
        this.deps.broadcasts.record(progress);
        this.shown.delete(broadcast.id);
        this.deps.logger.info({ broadcast_id: broadcast.id, ...progress.counts }, 'broadcast finished');
      }
    }
  }
}
