import type { OperationsStore } from '../store/operations.ts';

/** No successful poll for this many poll intervals makes the bot unhealthy: one missed poll is a hiccup, three are an outage. */
export const STALE_AFTER_INTERVALS = 3;

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  /** Why it is unhealthy, one line each; empty when healthy. */
  problems: string[];
  database: { reachable: boolean; error?: string };
  poll: {
    /** When a feed last answered (200 or 304), ISO 8601; null when none has yet. */
    lastSuccessAt: string | null;
    intervalSeconds: number;
    staleAfterSeconds: number;
    enabledFeeds: number | null;
    failingFeeds: number | null;
  };
  /** Messages queued and not yet sent (null when the database cannot say). */
  queue: { depth: number | null };
  uptimeSeconds: number;
}

export interface HealthDeps {
  store: OperationsStore;
  queueDepth: () => number;
  now: () => number;
  /** When this process started: a fresh start is given three intervals for its first poll. */
  startedAt: number;
  pollIntervalMs: number;
}

/**
 * Answers /healthz. Unhealthy when the database does not answer, or when no feed has answered a
 * poll for three poll intervals (since the last success, or since start for a process that has not
 * had one yet). "A poll succeeded" means at least one enabled feed answered: one dead feed among many
 * is shown in /feeds and in the failing-feeds metric, not here; every feed failing (the network is
 * down, the poller is stuck) is. With no feeds at all there is nothing to poll and nothing stale.
 */
export function checkHealth(deps: HealthDeps): HealthReport {
  const now = deps.now();
  const staleAfterMs = STALE_AFTER_INTERVALS * deps.pollIntervalMs;
  const report: HealthReport = {
    status: 'ok',
    problems: [],
    database: { reachable: true },
    poll: {
      lastSuccessAt: null,
      intervalSeconds: Math.round(deps.pollIntervalMs / 1000),
      staleAfterSeconds: Math.round(staleAfterMs / 1000),
      enabledFeeds: null,
      failingFeeds: null,
    },
    queue: { depth: null },
    uptimeSeconds: Math.max(0, Math.round((now - deps.startedAt) / 1000)),
  };
  try {
    const feeds = deps.store.feedHealth();
    const lastSuccessAt = feeds.lastSuccessAt ?? undefined;
    report.poll.lastSuccessAt = lastSuccessAt === undefined ? null : new Date(lastSuccessAt).toISOString();
    report.poll.enabledFeeds = feeds.enabled;
    report.poll.failingFeeds = feeds.failing;
    report.queue.depth = deps.queueDepth();
    const since = Math.max(lastSuccessAt ?? Number.NEGATIVE_INFINITY, deps.startedAt);
    if (feeds.enabled > 0 && now - since > staleAfterMs) {
      const minutes = Math.round((now - since) / 60_000);
      report.problems.push(
        lastSuccessAt === undefined || lastSuccessAt < deps.startedAt
          ? `no feed has answered a poll since start, ${minutes} min ago (more than ${STALE_AFTER_INTERVALS} poll intervals)`
          : `no feed has answered a poll for ${minutes} min (more than ${STALE_AFTER_INTERVALS} poll intervals)`,
      );
    }
  } catch (error) {
    report.database = { reachable: false, error: error instanceof Error ? error.message : String(error) };
    report.problems.push(`database unreachable: ${report.database.error}`);
  }
  if (report.problems.length > 0) report.status = 'unhealthy';
  return report;
}
