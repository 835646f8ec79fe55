import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartOptions } from '../../src/main.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { FakeUser, SentMessage } from '../support/fake-telegram.ts';
import { rss, type FixtureItem } from '../support/feed-fixtures.ts';
import { FeedServer } from '../support/feed-server.ts';
import { waitUntil } from '../support/wait-until.ts';

/** The first line of a watch's alert, a breaking story, and alerts held in quiet hours (en, ru, ar). */
const ALERT_HEADER =
  /^(🔔 (Watch|Отслеживание|متابعة):|⚡ (Breaking|Срочно|عاجل) ·|🌙 (While it was quiet|Пока было тихо|خلال ساعات الهدوء):)/u;

export const EDITOR: FakeUser = { id: 9100, first_name: 'Editor', language_code: 'en' };
export const FAST_SENDER = { retryBaseMs: 50, retryMaxMs: 200, idlePollMs: 50 };

/** Feeds by path: name and language. */
export const NEWSROOM_FEEDS = [
  { path: '/tass', name: 'ТАСС', language: 'ru' },
  { path: '/ria', name: 'РИА Новости', language: 'ru' },
  { path: '/interfax', name: 'Интерфакс', language: 'ru' },
  { path: '/un', name: 'UN News', language: 'en' },
  { path: '/reuters', name: 'Reuters', language: 'en' },
  { path: '/ap', name: 'AP', language: 'en' },
  { path: '/wires', name: 'Wires', language: 'en' },
  { path: '/kuna', name: 'KUNA', language: 'ar' },
] as const;
export type FeedPath = (typeof NEWSROOM_FEEDS)[number]['path'];

/**
 * The bot against feeds we write to while it runs: items are published to a feed, then an admin's
 * /poll brings them in (the bot does not poll on its own here), as a scheduled poll would.
 */
export class Newsroom {
  private readonly items = new Map<string, FixtureItem[]>(NEWSROOM_FEEDS.map((feed) => [feed.path, []]));
  private constructor(
    readonly t: BotUnderTest,
    readonly feeds: FeedServer,
  ) {}

  static async open(env: Record<string, string> = {}, options: Partial<StartOptions> & { folder?: string } = {}): Promise<Newsroom> {
    const feeds = await FeedServer.start();
    const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'diplobrief-alerts-'));
    writeFileSync(
      join(folder, 'feeds.json'),
      JSON.stringify(NEWSROOM_FEEDS.map((feed) => ({ url: feeds.url(feed.path), name: feed.name, language: feed.language }))),
    );
    const t = await startBotUnderTest(
      { ADMIN_IDS: String(EDITOR.id), SEND_RATE: '100', ...env },
      { folder, pollAtStart: false, sender: FAST_SENDER, ...options },
    );
    const newsroom = new Newsroom(t, feeds);
    for (const feed of NEWSROOM_FEEDS) {
      feeds.route(feed.path, (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
          .end(rss({ title: feed.name, items: newsroom.items.get(feed.path)! })),
      );
    }
    return newsroom;
  }

  /** Adds an item to a feed (published `minutesAgo` before now, by the wall clock). */
  publish(path: FeedPath, item: Omit<FixtureItem, 'pubDate' | 'guid'> & { minutesAgo?: number }): void {
    const list = this.items.get(path)!;
    list.push({
      ...item,
      guid: `${path}-${list.length + 1}`,
      pubDate: new Date(Date.now() - (item.minutesAgo ?? 5) * 60_000).toUTCString(),
    });
  }

  /** /poll by the admin, then waits until the alert job has looked at every article and the queue is empty. */
  async poll(): Promise<void> {
    const { fake } = this.t;
    const status = await fake.ask(EDITOR, '/poll');
    await fake.waitForEdit(EDITOR.id, status.messageId, undefined, { since: 0 });
    await this.settled();
  }

  /** Every stored article matched, and nothing left to send. */
  async settled(): Promise<void> {
    const db = this.t.db;
    await waitUntil(() => {
      const cursor = db.prepare("SELECT last_article_id FROM alert_cursor WHERE name = 'alerts'").pluck().get() as number | undefined;
      const last = db.prepare('SELECT COALESCE(MAX(id), 0) FROM articles').pluck().get() as number;
      const pending = db.prepare("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')").pluck().get() as number;
      return cursor === last && pending === 0;
    }, 'the alert job caught up and the queue is empty');
  }

  /** The user writes in their private chat; resolves with the reply. */
  say(user: FakeUser, text: string): Promise<SentMessage> {
    return this.t.fake.ask(user, text);
  }

  /** Messages the bot sent a chat that are alerts (they open with an alert's header, in any language). */
  alertsTo(chatId: number): SentMessage[] {
    return this.t.fake.messages(chatId).filter((message) => ALERT_HEADER.test(message.text ?? ''));
  }

  async close(): Promise<void> {
    await this.t.stop();
    await this.feeds.close();
  }
}
