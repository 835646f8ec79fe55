import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAddFeedArgs } from '../../handlers/feeds.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { FeedServer } from '../support/feed-server.ts';
import { KUNA_ITEMS, REUTERS_ITEMS, rss } from '../support/feed-fixtures.ts';

const ADMIN = { id: 9001, language_code: 'en', first_name: 'Admin' };
const READER = { id: 9002, language_code: 'ru', first_name: 'Reader' };

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
  server.serve('/kuna.xml', rss({ title: 'KUNA Arabic', language: 'ar', items: KUNA_ITEMS }));
  server.serve('/news.xml', rss({ title: 'Gulf "Daily" & Co <3', items: REUTERS_ITEMS }));
  server.route('/broken.xml', (_req, res) => res.writeHead(500).end());
  server.serve('/page.html', '<html><body>not a feed</body></html>', { contentType: 'text/html' });
});
afterAll(() => server.close());

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest({ ADMIN_IDS: `${ADMIN.id}` });
});
afterEach(() => t.stop());

const feedCount = () => (t.db.prepare('SELECT COUNT(*) AS n FROM feeds').get() as { n: number }).n;

describe('admin feed commands', () => {
  it('refuse a non-admin politely, change nothing, in the reader’s language', async () => {
    for (const command of [`/addfeed ${server.url('/kuna.xml')}`, '/feeds', '/removefeed 1', '/poll']) {
      expect((await t.fake.ask(READER, command)).text).toBe('Извините, эта команда доступна только администраторам бота.');
    }
    expect(feedCount()).toBe(0);
    expect(server.requestsTo('/kuna.xml')).toHaveLength(0);
  });

  it('/addfeed checks the feed first, saves it with its articles, and reports title and count', async () => {
    const status = await t.fake.ask(ADMIN, `/addfeed ${server.url('/kuna.xml')} ar gulf`);
    expect(status.text).toContain('Checking');
    const done = await t.fake.waitForEdit(ADMIN.id, status.messageId, (m) => m.text.startsWith('✅'));
    expect(done.text).toBe('✅ Added feed #1: KUNA Arabic (2 items).');
    expect(t.db.prepare('SELECT language, topics FROM feeds').get()).toEqual({ language: 'ar', topics: '["gulf"]' });
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 2 });

    const again = await t.fake.ask(ADMIN, `/addfeed ${server.url('/kuna.xml')}`);
    expect((await t.fake.waitForEdit(ADMIN.id, again.messageId)).text).toBe('This feed is already there as #1.');
  });

  it('/addfeed explains what is wrong: syntax, unreachable, not a feed', async () => {
    expect((await t.fake.ask(ADMIN, '/addfeed')).text).toContain('Usage: /addfeed URL [ar|ru|en] [topics…]');
    expect((await t.fake.ask(ADMIN, `/addfeed ${server.url('/kuna.xml')} sports`)).text).toContain('“sports” is neither a language');
    const broken = await t.fake.ask(ADMIN, `/addfeed ${server.url('/broken.xml')}`);
    expect((await t.fake.waitForEdit(ADMIN.id, broken.messageId)).text).toBe(
      '❌ Not added: the feed could not be fetched (HTTP 500 Internal Server Error).',
    );
    const page = await t.fake.ask(ADMIN, `/addfeed ${server.url('/page.html')}`);
    expect((await t.fake.waitForEdit(ADMIN.id, page.messageId)).text).toMatch(
      /^❌ Not added: this address does not give a feed \(an HTML page/,
    );
    expect(feedCount()).toBe(0);
  });

  it('/feeds lists each feed with its health, escaping what the feed says about itself', async () => {
    for (const path of ['/kuna.xml', '/news.xml']) {
      const status = await t.fake.ask(ADMIN, `/addfeed ${server.url(path)}`);
      await t.fake.waitForEdit(ADMIN.id, status.messageId);
    }
    // A feed that fails after it was added shows as unhealthy, with its error.
    t.db.close();
    const Database = (await import('better-sqlite3')).default;
    const writer = new Database(t.config.databasePath);
    writer.prepare('UPDATE feeds SET url = ? WHERE id = 2').run(server.url('/broken.xml'));
    writer.close();
    t.db = new Database(t.config.databasePath, { readonly: true });
    const poll = await t.fake.ask(ADMIN, '/poll');
    const summary = await t.fake.waitForEdit(ADMIN.id, poll.messageId);
    expect(summary.text).toMatch(/^Polled 2 feeds in \d+ s: 0 new articles, 1 unchanged, 1 failed\.\n• #2 Gulf "Daily" & Co <3: HTTP 500/);

    const list = await t.fake.ask(ADMIN, '/feeds');
    expect(list.text).toContain('Feeds (2)');
    expect(list.text).toContain('#1 KUNA Arabic · ar · —');
    expect(list.text).toContain('✅ healthy · 2 articles · last success');
    expect(list.text).toContain('#2 Gulf "Daily" & Co <3');
    expect(list.text).toContain('⚠️ failed once · next try');
    expect(list.text).toContain('Last error: HTTP 500 Internal Server Error');
  });

  it('/removefeed removes a feed and its articles', async () => {
    const status = await t.fake.ask(ADMIN, `/addfeed ${server.url('/news.xml')}`);
    await t.fake.waitForEdit(ADMIN.id, status.messageId);
    expect((await t.fake.ask(ADMIN, '/removefeed x')).text).toBe('Usage: /removefeed ID — the number shown by /feeds.');
    expect((await t.fake.ask(ADMIN, '/removefeed 7')).text).toBe('There is no feed #7. /feeds lists them.');
    expect((await t.fake.ask(ADMIN, '/removefeed #1')).text).toBe('Removed feed #1 Gulf "Daily" & Co <3 and its 1 article.');
    expect(feedCount()).toBe(0);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 0 });
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM articles_fts').get()).toEqual({ n: 0 });
  });

  it('admins see the admin commands in /help and in their own command menu', async () => {
    expect((await t.fake.ask(ADMIN, '/help')).text).toContain('/addfeed URL');
    expect((await t.fake.ask(READER, '/help')).text).not.toContain('/addfeed');
    const adminMenus = t.fake
      .callsTo('setMyCommands')
      .filter((c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === ADMIN.id);
    expect(adminMenus.length).toBeGreaterThan(0);
    const publicMenu = t.fake.callsTo('setMyCommands').find((c) => c.params.scope === undefined && c.params.language_code === 'en');
    expect((publicMenu!.params.commands as { command: string }[]).map((c) => c.command)).not.toContain('addfeed');
  });
});

describe('parseAddFeedArgs', () => {
  it.each([
    ['https://a.example/rss', { url: 'https://a.example/rss', language: undefined, topics: [] }],
    ['https://a.example/rss RU iran gulf iran', { url: 'https://a.example/rss', language: 'ru', topics: ['iran', 'gulf'] }],
    ['gulf https://a.example/rss', { error: 'missing-url' }],
    ['', { error: 'missing-url' }],
    ['https://a.example/rss ar en', { error: 'unknown-word', word: 'en' }],
  ])('%s', (text, expected) => {
    expect(parseAddFeedArgs(text)).toEqual(expected);
  });
});
