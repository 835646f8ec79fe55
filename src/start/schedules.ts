import type { Logger } from 'pino';
import type { App } from '../app.ts';
import type { Config } from '../config.ts';
import { tickTime, type Delivery } from '../delivery/delivery.ts';
import { LANGUAGES } from '../model/language.ts';
import { RETENTION_CRON, RetentionJob } from '../ops/retention.ts';
import { MISSED_BRIEFING_GRACE_MS } from '../schedule/chat-schedule.ts';
import { scheduleJob } from '../schedule/scheduler.ts';
import { refreshWordSample } from '../store/search-sample.ts';
import type { RunningParts } from './running.ts';

export interface ScheduleParts {
  app: App;
  delivery: Delivery;
  logger: Logger;
  /** Poll the due feeds now as well as on POLL_CRON. */
  pollAtStart: boolean;
  /** Prune by RETENTION_DAYS now as well as daily. */
  pruneAtStart: boolean;
  /** How often chats' own briefing hours are looked at (default every minute: the finest a time can be set to). */
  dueBriefingsCron?: string;
}

/** Chats' own briefing hours are minutes of the day: looking every minute finds each in its minute. */
const DUE_BRIEFINGS_CRON = '* * * * *';

/**
 * The briefing, feed polling and pruning on their crons, each added to `running` as it starts; and
 * what is worth doing now rather than at the first tick: a poll, a prune, the search word samples.
 */
export function startSchedules(config: Config, parts: ScheduleParts, running: RunningParts): void {
  const { app, delivery, logger } = parts;
  const retention = running.add(
    new RetentionJob(app.db, { retentionDays: config.retentionDays, now: app.now, logger: logger.child({ component: 'retention' }) }),
  );
  // The tick's own second names the run, so a tick is one run even if it is resumed after a restart.
  const digest = running.add(
    scheduleJob(
      {
        name: 'digest',
        cron: config.digestCron,
        timezone: config.timezone,
        run: () => {
          rememberNextDigest();
          return delivery.runDigest(tickTime(app.now()));
        },
      },
      logger,
    ),
  );
  const rememberNextDigest = () => {
    const next = digest.nextRun();
    if (next) delivery.runs.recordScheduleNextAt('digest', next.getTime());
  };
  // A tick missed while the bot was down is run once now if it is less than six hours late.
  const missed = delivery.runs.scheduleNextAt('digest');
  const now = app.now();
  if (missed !== undefined && missed <= now && now - missed < MISSED_BRIEFING_GRACE_MS) {
    logger.info(
      { scheduled_for: new Date(missed).toISOString() },
      'a scheduled briefing was missed while the bot was down: sending it now',
    );
    void delivery.runDigest(tickTime(missed)).catch((error: unknown) => logger.error({ err: error }, 'missed briefing run failed'));
  }
  rememberNextDigest();
  running.add(
    scheduleJob(
      {
        name: 'chat-briefings',
        cron: parts.dueBriefingsCron ?? DUE_BRIEFINGS_CRON,
        timezone: config.timezone,
        run: () => delivery.runDueBriefings(app.now()),
      },
      logger,
    ),
  );
  // Alerts held in quiet hours go in the minute the hours end.
  running.add(
    scheduleJob(
      {
        name: 'held-alerts',
        cron: parts.dueBriefingsCron ?? DUE_BRIEFINGS_CRON,
        timezone: config.timezone,
        run: async () => void delivery.releaseHeldAlerts(app.now()),
      },
      logger,
    ),
  );
  // Articles stored while the bot was down (or before a crash) are matched against watches now.
  void delivery.runAlerts().catch((error: unknown) => logger.error({ err: error }, 'alerts at start failed'));
  // Chats whose own time passed while the bot was down get theirs now (or skip it, if too late).
  void delivery.runDueBriefings(app.now()).catch((error: unknown) => logger.error({ err: error }, 'briefings due at start failed'));
  running.add(scheduleJob({ name: 'poll', cron: config.pollCron, timezone: config.timezone, run: () => app.poller.pollDue() }, logger));
  if (parts.pollAtStart) void app.poller.pollDue().catch((error: unknown) => logger.error({ err: error }, 'first poll failed'));
  // /search samples each language's word frequencies on first use (~30–60 ms over a large index): do it now, not in a reader's search.
  setImmediate(() => {
    try {
      for (const language of LANGUAGES) refreshWordSample(app.db, language);
    } catch (error) {
      logger.warn({ err: error }, 'could not sample search words at start; the first search will');
    }
  });
  running.add(scheduleJob({ name: 'retention', cron: RETENTION_CRON, timezone: config.timezone, run: () => retention.run() }, logger));
  if (parts.pruneAtStart) void retention.run().catch((error: unknown) => logger.error({ err: error }, 'pruning at start failed'));
}
