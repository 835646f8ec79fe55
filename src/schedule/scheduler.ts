import cron from 'node-cron';
import type { Logger } from 'pino';

export interface ScheduledJob {
  name: string;
  cron: string;
  timezone: string;
  run: () => Promise<unknown>;
}

export interface RunningSchedule {
  /** No new runs start; the one in progress (if any) is awaited. */
  stop(): Promise<void>;
  /** When the job runs next (by the system clock), if ever. */
  nextRun(): Date | null;
}

/**
 * Runs a job on a cron expression in a time zone. A run still going when the next tick comes is not
 * overlapped (that tick is skipped and logged); a failing run is logged and the schedule carries on.
 */
export function scheduleJob(job: ScheduledJob, logger: Logger): RunningSchedule {
  const log = logger.child({ job: job.name });
  let current: Promise<unknown> | undefined;
  const task = cron.schedule(
    job.cron,
    async () => {
      current = job.run().catch((error: unknown) => log.error({ err: error }, 'scheduled job failed'));
      await current;
      current = undefined;
    },
    {
      name: job.name,
      timezone: job.timezone,
      noOverlap: true,
      logger: {
        info: (message) => log.debug(message),
        warn: (message) => log.warn(message),
        error: (message, err) => log.error({ err: err ?? message }, String(message)),
        debug: (message) => log.debug(String(message)),
      },
    },
  );
  task.on('execution:overlap', () => log.warn('previous run still in progress; this tick is skipped'));
  log.info({ cron: job.cron, timezone: job.timezone, next: task.getNextRun()?.toISOString() }, 'scheduled');
  return {
    nextRun: () => task.getNextRun(),
    async stop() {
      await task.destroy();
      await current;
    },
  };
}
