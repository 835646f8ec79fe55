import { createTask } from 'node-cron';

const DAY_MS = 24 * 3_600_000;

/** More runs than this are not looked at: a schedule that dense has its longest gap among them anyway. */
const MAX_RUNS_LOOKED_AT = 1_500;

/**
 * The poll interval of a cron schedule: the longest gap between two consecutive runs in the next
 * 24 hours. For the usual "every N minutes" it is N minutes; for a schedule that pauses at night
 * (every 10 minutes from 6:00 to 22:59) it is the pause, so /healthz does not call a bot that is idle by design
 * unhealthy every night (it is slower to notice a real stall in the day: the price of no false alarms).
 */
export function pollIntervalMs(expression: string, timezone: string): number {
  // createTask only parses: the task is never started, and destroy() takes it off node-cron's registry.
  const task = createTask(expression, () => undefined, { timezone });
  try {
    const [first, second] = task.getNextRuns(2).map((date) => date.getTime());
    if (first === undefined || second === undefined) return DAY_MS;
    const count = Math.min(MAX_RUNS_LOOKED_AT, Math.ceil(DAY_MS / Math.max(1, second - first)) + 2);
    const runs = count <= 2 ? [first, second] : task.getNextRuns(count).map((date) => date.getTime());
    let longest = 0;
    for (let i = 1; i < runs.length; i++) {
      longest = Math.max(longest, runs[i]! - runs[i - 1]!);
      if (runs[i]! - runs[0]! >= DAY_MS) break;
    }
    return longest;
  } finally {
    void task.destroy();
  }
}
