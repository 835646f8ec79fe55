import { createTask } from 'node-cron';

/**
 * The times of day a cron expression fires at, in minutes after midnight, when it fires every day
 * at fixed times (`0 8 * * *`, `30 7,19 * * *`, the 6-field form with second 0); undefined for any
 * other shape (weekdays only, every ten minutes), which a reader is then told by its next run.
 */
export function dailyTimes(expression: string): number[] | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5 && !(fields.length === 6 && fields[0] === '0')) return undefined;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields.length === 6 ? fields.slice(1) : fields;
  if (dayOfMonth !== '*' || month !== '*' || dayOfWeek !== '*') return undefined;
  const minutes = numberList(minute, 59);
  const hours = numberList(hour, 23);
  if (!minutes || !hours || minutes.length * hours.length > 24) return undefined;
  return hours.flatMap((h) => minutes.map((m) => h * 60 + m)).sort((a, b) => a - b);
}

/** `8` or `8,20`: the numbers, each at most `max`; undefined for ranges, steps and stars. */
function numberList(field: string | undefined, max: number): number[] | undefined {
  if (field === undefined || !/^\d{1,2}(,\d{1,2})*$/.test(field)) return undefined;
  const values = [...new Set(field.split(',').map(Number))];
  return values.every((value) => value <= max) ? values : undefined;
}

/** When a cron expression next fires after now (the system clock), in a time zone. */
export function nextCronRun(expression: string, timezone: string): number | undefined {
  // createTask only parses: the task is never started, and destroy() takes it off node-cron's registry.
  const task = createTask(expression, () => undefined, { timezone });
  try {
    // getNextRun() answers only for a started task; getNextRuns() computes from the expression.
    return task.getNextRuns(1)[0]?.getTime();
  } finally {
    void task.destroy();
  }
}

/** "08:00" in the reader's locale (Arabic and Russian clocks differ from English ones). */
export function formatTimeOfDay(hour: number, minute: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hour, minute),
  );
}
