import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SenderEvent } from '../delivery/sender.ts';
import type { PollReport } from '../feeds/poller.ts';
import type { FeedHealthCounts } from '../store/operations.ts';
import type { BriefRunReport } from '../briefing/briefs.ts';

/** What the gauges read at scrape time, from the database. */
export interface MetricsSources {
  queueDepth: () => number;
  feedHealth: () => FeedHealthCounts;
  /** Languages of the articles a poll added (the ingest counter's label). */
  languagesOf: (articleIds: readonly number[]) => Map<string, number>;
  /** The language model's calls and tokens today and its budget left, when LLM_URL is set. */
  llmToday?: () => { calls: number; promptTokens: number; completionTokens: number; budgetLeft: number };
}

/** Polls take from well under a second (all 304) to minutes (a slow feed hitting its timeout). */
const POLL_DURATION_BUCKETS = [0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300];

export type WebhookResult = 'accepted' | 'duplicate' | 'unauthorized' | 'bad_request' | 'too_large' | 'stopping';

/**
 * The bot's Prometheus metrics, in a registry of its own (several bots in one test process must not
 * share one). Counters are told by observers (poller, sender, API calls, webhook); gauges read the
 * database when scraped, so they are right even about work another process did (`diplobrief digest`).
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly ingested: Counter<'language'>;
  private readonly fetchErrors: Counter;
  private readonly pollDuration: Histogram;
  private readonly sent: Counter<'kind'>;
  private readonly failed: Counter<'kind' | 'reason'>;
  private readonly floods: Counter<'source'>;
  private readonly webhook: Counter<'result'>;
  private readonly alerts: Counter<'kind'>;
  private readonly briefRuns: Counter<'outcome'>;
  private readonly briefViews: Counter<'shown'>;

  constructor(
    private readonly sources: MetricsSources,
    private readonly logger: Logger,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.ingested = new Counter({
      name: 'diplobrief_articles_ingested_total',
      help: 'Articles stored for the first time, by content language.',
      labelNames: ['language'],
      registers,
    });
    this.fetchErrors = new Counter({
      name: 'diplobrief_feed_fetch_errors_total',
      help: 'Feed polls that failed (fetch, decode or parse).',
      registers,
    });
    this.pollDuration = new Histogram({
      name: 'diplobrief_poll_duration_seconds',
      help: 'How long a poll run took, all its feeds together.',
      buckets: POLL_DURATION_BUCKETS,
      registers,
    });
    this.sent = new Counter({
      name: 'diplobrief_messages_sent_total',
      help: 'Queued messages Telegram accepted, by kind (briefing, broadcast, alert).',
      labelNames: ['kind'],
      registers,
    });
    this.failed = new Counter({
      name: 'diplobrief_messages_failed_total',
      help: 'Queued messages that will not be delivered, by kind and reason (blocked, retries_exhausted, rejected, unrenderable).',
      labelNames: ['kind', 'reason'],
      registers,
    });
    this.alerts = new Counter({
      name: 'diplobrief_alerts_total',
      help: 'Alerts made, by kind: watch (a watch matched a new story), breaking (three sources within two hours); held counts those that waited for quiet hours to end.',
      labelNames: ['kind'],
      registers,
    });
    this.floods = new Counter({
      name: 'diplobrief_telegram_429_total',
      help: '429 Too Many Requests answers: to queued sends (source="queue"), and to replies once auto-retry gave up (source="reply").',
      labelNames: ['source'],
      registers,
    });
    this.webhook = new Counter({
      name: 'diplobrief_webhook_requests_total',
      help: 'Webhook requests, by what became of them.',
      labelNames: ['result'],
      registers,
    });
    new Gauge({
      name: 'diplobrief_queue_depth',
      help: 'Messages queued and not yet sent (pending or in flight).',
      registers,
      collect: this.reading((gauge) => gauge.set(this.sources.queueDepth())),
    });
    new Gauge({
      name: 'diplobrief_feeds_failing',
      help: 'Enabled feeds whose last poll failed (in back-off).',
      registers,
      collect: this.reading((gauge) => gauge.set(this.sources.feedHealth().failing)),
    });
    new Gauge({
      name: 'diplobrief_feeds_enabled',
      help: 'Enabled feeds.',
      registers,
      collect: this.reading((gauge) => gauge.set(this.sources.feedHealth().enabled)),
    });
    this.briefRuns = new Counter({
      name: 'diplobrief_llm_briefs_total',
      help: 'Story briefs asked of the language model, by outcome (written; rejected:REASON by the checks; failed:KIND; deferred)',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.briefViews = new Counter({
      name: 'diplobrief_llm_views_total',
      help: 'Stories shown to readers with a stored brief (cache hit) or with the extractive lead (fallback)',
      labelNames: ['shown'],
      registers: [this.registry],
    });
    const llmToday = sources.llmToday;
    if (llmToday) {
      const read = (pick: (day: { calls: number; promptTokens: number; completionTokens: number; budgetLeft: number }) => number) =>
        this.reading((gauge) => gauge.set(pick(llmToday())));
      new Gauge({
        name: 'diplobrief_llm_calls_today',
        help: 'Calls to the language model today (TIMEZONE)',
        registers: [this.registry],
        collect: read((d) => d.calls),
      });
      new Gauge({
        name: 'diplobrief_llm_prompt_tokens_today',
        help: 'Prompt tokens today',
        registers: [this.registry],
        collect: read((d) => d.promptTokens),
      });
      new Gauge({
        name: 'diplobrief_llm_completion_tokens_today',
        help: 'Completion tokens today',
        registers: [this.registry],
        collect: read((d) => d.completionTokens),
      });
      new Gauge({
        name: 'diplobrief_llm_budget_left_tokens',
        help: 'Tokens left of LLM_DAILY_TOKENS today',
        registers: [this.registry],
        collect: read((d) => d.budgetLeft),
      });
    }
    // Labels known in advance show as 0 rather than missing, so rate() and alerts work from the start.
    for (const language of ['ar', 'ru', 'en', 'other']) this.ingested.inc({ language }, 0);
    for (const kind of ['briefing', 'broadcast', 'alert']) this.sent.inc({ kind }, 0);
    for (const kind of ['watch', 'breaking', 'held']) this.alerts.inc({ kind }, 0);
    for (const source of ['queue', 'reply']) this.floods.inc({ source }, 0);
  }

  /** A finished poll run (every run of the bot's poller: scheduled, at start, /poll). */
  observePoll(report: PollReport): void {
    try {
      this.pollDuration.observe(Math.max(0, report.finishedAt - report.startedAt) / 1000);
      this.fetchErrors.inc(report.results.filter((result) => result.status === 'error').length);
      const added = report.results.flatMap((result) => (result.status === 'ok' ? result.articleIds : []));
      for (const [language, count] of this.sources.languagesOf(added)) this.ingested.inc({ language }, count);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not count a poll in the metrics');
    }
  }

  observeSend(event: SenderEvent): void {
    switch (event.type) {
      case 'sent':
        this.sent.inc({ kind: event.kind });
        return;
      case 'failed':
        this.failed.inc({ kind: event.kind, reason: event.reason });
        return;
      case 'blocked':
        this.failed.inc({ kind: event.kind, reason: 'blocked' });
        return;
      case 'flood':
        this.floods.inc({ source: 'queue' });
        return;
    }
  }

  /** An alert run's alerts, by kind. */
  observeAlerts(report: { watch: number; breaking: number; held: number }): void {
    this.alerts.inc({ kind: 'watch' }, report.watch);
    this.alerts.inc({ kind: 'breaking' }, report.breaking);
    this.alerts.inc({ kind: 'held' }, report.held);
  }

  /** What readers were shown: stories with a brief, and with the extractive lead. */
  observeBriefViews(shown: { briefs: number; extractive: number }): void {
    this.briefViews.inc({ shown: 'brief' }, shown.briefs);
    this.briefViews.inc({ shown: 'extractive' }, shown.extractive);
  }

  /** A brief run's outcomes. */
  observeBriefRun(report: BriefRunReport): void {
    this.briefRuns.inc({ outcome: 'written' }, report.written);
    this.briefRuns.inc({ outcome: 'deferred' }, report.deferred);
    for (const [reason, count] of Object.entries(report.rejected)) this.briefRuns.inc({ outcome: `rejected:${reason}` }, count);
    for (const [kind, count] of Object.entries(report.failed)) this.briefRuns.inc({ outcome: `failed:${kind}` }, count);
  }

  /** A reply (not a queued message) came back 429 after auto-retry had done what it could. */
  observeReplyFlood(): void {
    this.floods.inc({ source: 'reply' });
  }

  observeWebhook(result: WebhookResult): void {
    this.webhook.inc({ result });
  }

  /** The exposition text for GET /metrics. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** A gauge reading the database: when it cannot (closed during shutdown), the scrape still answers. */
  private reading(read: (gauge: Gauge) => void): (this: Gauge) => void {
    const logger = this.logger;
    return function collect(this: Gauge) {
      try {
        read(this);
      } catch (error) {
        logger.warn({ err: error, metric: 'gauge' }, 'could not read a gauge from the database');
      }
    };
  }
}
