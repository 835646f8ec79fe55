import { Api } from 'grammy';
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import type { SubscriberStore } from '../store/subscribers.ts';
import type { Language } from '../model/language.ts';
import type { Localizer } from '../model/translate.ts';
import { migrateChat } from '../store/chat-migration.ts';
import { DeliveryRunStore } from '../store/delivery-runs.ts';
import { OutboxStore } from '../store/outbox.ts';
import { ArticleLinkStore } from '../store/article-links.ts';
import type { BriefShelf } from '../briefing/briefs.ts';
import { StoryArticleStore } from '../store/story-articles.ts';
import { BroadcastStore } from '../store/broadcasts.ts';
import { BroadcastService } from './broadcast.ts';
import { BroadcastProgressReporter, type ShowProgress } from './broadcast-progress.ts';
import { DigestRunner, type DigestReport, type DueReport } from './digest.ts';
import { AlertStore } from '../store/alerts.ts';
import { WatchStore } from '../store/watches.ts';
import { AlertRunner, type AlertReport } from './alerts.ts';
import { OutboxSender, type SendFunction, type SenderEvent, type SenderOptions } from './sender.ts';

/** How long one bulk send may wait for Telegram: a hung request must not hold a slot (or a shutdown) for long. */
const BULK_SEND_TIMEOUT_SECONDS = 8;

/** The sender's knobs that tests and benchmarks turn; production uses the defaults. */
export type SenderTuning = Partial<
  Pick<SenderOptions, 'perChatIntervalMs' | 'groupIntervalMs' | 'concurrency' | 'maxAttempts' | 'retryBaseMs' | 'retryMaxMs' | 'idlePollMs'>
>;

export interface Delivery {
  outbox: OutboxStore;
  runs: DeliveryRunStore;
  sender: OutboxSender;
  digest: DigestRunner;
  broadcasts: BroadcastService;
  alerts: AlertRunner;
  /** Starts the sender, resumes runs a restart interrupted, and reports broadcasts' progress through `showProgress`. */
  start(options: { showProgress: ShowProgress; renderProgress: (progress: Parameters<ShowProgress>[0]) => string }): void;
  /** A broadcast was sent or stopped: report its progress now. */
  pokeProgress(): void;
  /** Runs the scheduled briefing for a tick (the digest schedule calls this). */
  runDigest(scheduledFor: number): Promise<DigestReport>;
  /** Queues the briefings of the chats with their own hours whose time has come (every minute, and at start). */
  runDueBriefings(now: number): Promise<DueReport>;
  /** Matches the articles stored since the last look against watches and breaking stories (after each poll, and at start). */
  runAlerts(): Promise<AlertReport>;
  /** Sends the alerts held in quiet hours that are over (every minute). */
  releaseHeldAlerts(now: number): number;
  /** No new runs or sends; in-flight sends are awaited and recorded. */
  stop(): Promise<void>;
}

/**
 * Sends through its own Api object, without the interactive auto-retry: the sender has its own
 * rules for 429, 5xx and network errors, and a retry hidden below it would break the rate and the
 * per-chat order.
 */
export function telegramSend(token: string, apiRoot: string): SendFunction {
  const api = new Api(token, { apiRoot, timeoutSeconds: BULK_SEND_TIMEOUT_SECONDS });
  return async (request) => {
    const message = await api.sendMessage(request.chatId, request.text, {
      ...(request.threadId !== null ? { message_thread_id: request.threadId } : {}),
      ...(request.parseMode ? { parse_mode: request.parseMode } : {}),
      ...(request.replyMarkup !== undefined ? { reply_markup: request.replyMarkup as never } : {}),
      link_preview_options: { is_disabled: true },
    });
    return message.message_id;
  };
}

/** What delivery needs of the running application: its database, clock, logs, chats and two settings. */
export interface DeliveryBase {
  db: Db;
  now: () => number;
  logger: Logger;
  subscribers: SubscriberStore;
  config: { timezone: string; sendRate: number; defaultLanguage: Language };
  /** The language model's stored briefs, when LLM_URL is set. */
  briefs?: BriefShelf | undefined;
}

/** The scheduled briefing runs alone (the CLI queues a run that the running bot sends). */
export function createDigestRunner(
  app: DeliveryBase,
  i18n: Localizer,
  options: { runs?: DeliveryRunStore; outbox?: OutboxStore; onQueued?: () => void } = {},
): DigestRunner {
  return new DigestRunner({
    db: app.db,
    runs: options.runs ?? new DeliveryRunStore(app.db, app.now),
    outbox: options.outbox ?? new OutboxStore(app.db, app.now),
    articles: new StoryArticleStore(app.db),
    links: new ArticleLinkStore(app.db),
    ...(app.briefs ? { briefs: app.briefs } : {}),
    watches: new WatchStore(app.db, app.now),
    i18n,
    timeZone: app.config.timezone,
    logger: app.logger.child({ component: 'digest' }),
    now: app.now,
    ...(options.onQueued ? { onQueued: options.onQueued } : {}),
  });
}

/** The tick a run is named after: the second it started. */
export function tickTime(now: number): number {
  return Math.floor(now / 1000) * 1000;
}

/** How often a broadcast's status message is edited: a few edits a minute stay well inside the rate budget. */
export const BROADCAST_PROGRESS_MS = 3_000;

/** The outbox, its sender, the scheduled briefing runs and broadcasts, around the app's database. */
export function createDelivery(
  app: DeliveryBase,
  deps: {
    i18n: Localizer;
    send: SendFunction;
    tuning?: SenderTuning;
    progressIntervalMs?: number;
    onSenderEvent?: (event: SenderEvent) => void;
    onAlertReport?: (report: AlertReport) => void;
  },
): Delivery {
  const outbox = new OutboxStore(app.db, app.now);
  const runs = new DeliveryRunStore(app.db, app.now);
  const sender = new OutboxSender({
    outbox,
    send: deps.send,
    onBlocked: (chatId, reason) => app.subscribers.deactivate(chatId, reason),
    onThreadGone: (chatId) => app.subscribers.setThread(chatId, null),
    onMigrated: (fromChatId, toChatId) => migrateChat(app.db, fromChatId, toChatId, app.now()),
    logger: app.logger,
    now: app.now,
    ratePerSecond: app.config.sendRate,
    ...(deps.onSenderEvent ? { onEvent: deps.onSenderEvent } : {}),
    ...deps.tuning,
  });
  const digest = createDigestRunner(app, deps.i18n, { runs, outbox, onQueued: () => sender.wake() });
  const broadcasts = new BroadcastService({
    db: app.db,
    broadcasts: new BroadcastStore(app.db, app.now),
    outbox,
    onQueued: () => sender.wake(),
  });
  const alerts = new AlertRunner({
    alerts: new AlertStore(app.db, app.now),
    watches: new WatchStore(app.db, app.now),
    subscribers: app.subscribers,
    articles: new StoryArticleStore(app.db),
    links: new ArticleLinkStore(app.db),
    ...(app.briefs ? { briefs: app.briefs } : {}),
    outbox,
    i18n: deps.i18n,
    timeZone: app.config.timezone,
    defaultLanguage: app.config.defaultLanguage,
    logger: app.logger.child({ component: 'alerts' }),
    now: app.now,
    onQueued: () => sender.wake(),
    ...(deps.onAlertReport ? { onReport: deps.onAlertReport } : {}),
  });
  let reporter: BroadcastProgressReporter | undefined;
  let resuming: Promise<unknown> | undefined;
  return {
    outbox,
    runs,
    sender,
    digest,
    broadcasts,
    alerts,
    start({ showProgress, renderProgress }) {
      sender.start();
      resuming = digest.resumeUnfinished().catch((error: unknown) => app.logger.error({ err: error }, 'could not resume briefing runs'));
      reporter = new BroadcastProgressReporter({
        broadcasts,
        show: showProgress,
        render: renderProgress,
        intervalMs: deps.progressIntervalMs ?? BROADCAST_PROGRESS_MS,
        logger: app.logger.child({ component: 'broadcast-progress' }),
      });
      reporter.start();
    },
    pokeProgress: () => reporter?.poke(),
    runDigest: (scheduledFor) => digest.run(scheduledFor),
    runDueBriefings: (now) => digest.runDue(now),
    runAlerts: () => alerts.run(),
    releaseHeldAlerts: (now) => alerts.releaseHeld(now),
    async stop() {
      await digest.stop();
      await alerts.stop();
      await resuming;
      await sender.stop();
      // After the sender: the last outcomes are in the database; the next start reports the rest.
      await reporter?.stop();
    },
  };
}
