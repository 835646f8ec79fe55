/** A cron expression a reader can understand: "every day at 08:00" when it is that simple, else the expression itself. */
export type ScheduleDescription = { kind: 'daily'; hour: number; minute: number } | { kind: 'cron'; expression: string };

export function describeSchedule(expression: string): ScheduleDescription {
  const fields = expression.trim().split(/\s+/);
  // A 6-field form starts with seconds; "0 M H * * *" is still daily.
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields.length === 6 && fields[0] === '0' ? fields.slice(1) : fields;
  const isNumber = (field: string | undefined) => field !== undefined && /^\d{1,2}$/.test(field);
  if (
    (fields.length === 5 || fields.length === 6) &&
    isNumber(minute) &&
    isNumber(hour) &&
    dayOfMonth === '*' &&
    month === '*' &&
    dayOfWeek === '*'
  ) {
    const h = Number(hour);
    const m = Number(minute);
    if (h < 24 && m < 60) return { kind: 'daily', hour: h, minute: m };
  }
  return { kind: 'cron', expression };
}

/** "08:00" in the reader's locale (Arabic and Russian clocks differ from English ones). */
export function formatTimeOfDay(hour: number, minute: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hour, minute),
  );
}
