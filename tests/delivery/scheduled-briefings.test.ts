import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';
import { addSubscribers, DAY_ONE, DAY_TWO, HOUR, LANGUAGES } from './support.ts';

let t: BotUnderTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** Telegram's limits as the fake enforces them: 30 a second in all, one a second per chat (with a little slack for timer jitter). */
const TELEGRAM_LIMITS = { global: 30, perChat: { count: 1, windowMs: 900 } };
/** The sender's back-off, shortened so retries happen within a test. */
const FAST_RETRIES = { retryBaseMs: 50, retryMaxMs: 200, idlePollMs: 100 };

function outboxCounts(bot: BotUnderTest): Record<string, number> {
  const rows = bot.db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

function seedDay(bot: BotUnderTest, day: typeof DAY_ONE, at: number): void {
  seedArticles(
    bot.config.databasePath,
    LANGUAGES.map((language) => ({ ...day[language], publishedAt: at })),
  );
}

describe('scheduled briefings', () => {
  it(
    '300 subscribers at SEND_RATE=25 each get their briefing once, under Telegram’s limits; nothing new, nothing sent',
    { timeout: 60_000 },
    async () => {
      t = await startBotUnderTest({ SEND_RATE: '25' }, { sender: FAST_RETRIES, pollAtStart: false });
      const bot = t;
      bot.fake.setRateLimit(TELEGRAM_LIMITS);
      seedDay(bot, DAY_ONE, Date.now() - 2 * HOUR);
      const readers = addSubscribers(bot.config.databasePath, bot.fake, 300);

      const report = await bot.bot.runDigest();
      expect(report).toMatchObject({ subscribers: 300, briefings: 300, messages: 300, interrupted: false });
      await waitUntil(() => outboxCounts(bot).sent === 300, 'every briefing sent', 40_000);

      const counts = bot.fake.sentCountByChat();
      expect(readers.every((reader) => counts.get(reader.chatId) === 1)).toBe(true);
      expect(bot.fake.floodRefusals().total).toBe(0);
      for (const language of LANGUAGES) {
        const reader = readers.find((r) => r.language === language)!;
        const text = bot.fake.lastMessage(reader.chatId)!.text;
        expect(text).toContain(DAY_ONE[language].title);
        expect(text).toContain('/unsubscribe');
      }
      const recorded = bot.db.prepare('SELECT COUNT(*) AS n FROM sent_articles').get() as { n: number };
      expect(recorded.n).toBe(300);

      // A second run with nothing new sends nothing.
      const calls = bot.fake.callsTo('sendMessage').length;
      const again = await bot.bot.runDigest(Date.now() + 60_000);
      expect(again).toMatchObject({ subscribers: 300, briefings: 0, messages: 0 });
      expect(outboxCounts(bot).pending ?? 0).toBe(0);
      expect(bot.fake.callsTo('sendMessage').length).toBe(calls);
    },
  );

  it('one new article: the next briefing carries only that story', async () => {
    t = await startBotUnderTest({ SEND_RATE: '100' }, { sender: FAST_RETRIES, pollAtStart: false });
    const bot = t;
    seedDay(bot, DAY_ONE, Date.now() - 3 * HOUR);
    const [ar, ru, en] = addSubscribers(bot.config.databasePath, bot.fake, 3);
    await bot.bot.runDigest();
    await waitUntil(() => outboxCounts(bot).sent === 3, 'the first briefings');

    seedArticles(bot.config.databasePath, [{ ...DAY_TWO.ru, publishedAt: Date.now() - HOUR }]);
    const report = await bot.bot.runDigest(Date.now() + 60_000);
    expect(report).toMatchObject({ briefings: 1, messages: 1 });
    const message = await bot.fake.waitForMessage(ru!.chatId, { since: 1 });
    expect(message.text).toContain(DAY_TWO.ru.title);
    expect(message.text).not.toContain(DAY_ONE.ru.title);
    expect(bot.fake.sentCount(ar!.chatId)).toBe(1);
    expect(bot.fake.sentCount(en!.chatId)).toBe(1);
  });

  it('waits out 429s, retries 5xx and network errors, and loses nothing', { timeout: 20_000 }, async () => {
    t = await startBotUnderTest({ SEND_RATE: '50' }, { sender: FAST_RETRIES, pollAtStart: false });
    const bot = t;
    seedDay(bot, DAY_ONE, Date.now() - HOUR);
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 12);
    bot.fake.failNext('sendMessage', { kind: 'flood', retryAfter: 1 }, { times: 2 });
    bot.fake.failNext('sendMessage', { kind: 'server', status: 502 }, { times: 2, chatId: readers[5]!.chatId });
    bot.fake.failNext('sendMessage', { kind: 'network' }, { chatId: readers[7]!.chatId });

    const startedAt = Date.now();
    await bot.bot.runDigest();
    await waitUntil(() => outboxCounts(bot).sent === 12, 'every briefing sent', 15_000);
    // retry_after was obeyed: nothing went out again before the second it asked for had passed.
    const floods = bot.fake.callsTo('sendMessage').filter((call) => call.injected === 'flood');
    expect(floods).toHaveLength(2);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1000);
    const counts = bot.fake.sentCountByChat();
    expect(readers.every((reader) => counts.get(reader.chatId) === 1)).toBe(true);
  });

  it('a chat that blocked the bot is deactivated, its queue dropped, and it is not tried again', async () => {
    t = await startBotUnderTest({ SEND_RATE: '100' }, { sender: FAST_RETRIES, pollAtStart: false });
    const bot = t;
    seedDay(bot, DAY_ONE, Date.now() - 2 * HOUR);
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 6);
    const blocked = readers[1]!.chatId;
    const gone = readers[2]!.chatId;
    bot.fake.blockChat(blocked);
    bot.fake.failNext('sendMessage', { kind: 'chat-not-found' }, { chatId: gone });

    const run = await bot.bot.runDigest();
    await waitUntil(() => (outboxCounts(bot).sent ?? 0) + (outboxCounts(bot).dropped ?? 0) === 6, 'every message settled');
    expect(bot.bot.delivery.outbox.counts(run.runId)).toMatchObject({ sent: 4, blocked: 2, failed: 0, pending: 0 });
    const state = bot.db.prepare('SELECT chat_id, active, deactivated_reason FROM subscribers WHERE active = 0 ORDER BY chat_id').all();
    expect(state).toEqual([
      { chat_id: blocked, active: 0, deactivated_reason: '403 Forbidden: bot was blocked by the user' },
      { chat_id: gone, active: 0, deactivated_reason: '400 Bad Request: chat not found' },
    ]);

    seedDay(bot, DAY_TWO, Date.now() - HOUR);
    const triesBefore = bot.fake
      .callsTo('sendMessage')
      .filter((call) => call.params.chat_id === blocked || call.params.chat_id === gone).length;
    const second = await bot.bot.runDigest(Date.now() + 60_000);
    expect(second).toMatchObject({ subscribers: 4, briefings: 4 });
    await waitUntil(() => outboxCounts(bot).sent === 8, 'the second briefings');
    const triesAfter = bot.fake
      .callsTo('sendMessage')
      .filter((call) => call.params.chat_id === blocked || call.params.chat_id === gone).length;
    expect(triesAfter).toBe(triesBefore);
  });

  it('HTML that Telegram refuses is logged and sent as plain text, so the reader still gets it', async () => {
    t = await startBotUnderTest({ SEND_RATE: '100' }, { sender: FAST_RETRIES, pollAtStart: false });
    const bot = t;
    const [reader] = addSubscribers(bot.config.databasePath, bot.fake, 1);
    bot.bot.delivery.outbox.enqueue([
      {
        kind: 'briefing',
        runId: 'manual',
        chatId: reader!.chatId,
        part: 0,
        text: '<b>Broken <i>nesting</b></i> & more',
        parseMode: 'HTML',
        articleIds: [],
      },
      {
        kind: 'briefing',
        runId: 'manual',
        chatId: reader!.chatId,
        part: 1,
        text: `<b>Long</b> ${'word '.repeat(900)}`,
        parseMode: 'HTML',
        articleIds: [],
      },
    ]);
    bot.bot.delivery.sender.wake();
    const first = await bot.fake.waitForMessage(reader!.chatId, { since: 0 });
    expect(first.text).toBe('Broken nesting & more');
    const second = await bot.fake.waitForMessage(reader!.chatId, { since: 1 });
    expect(second.text.length).toBeLessThanOrEqual(4096);
    expect(second.text.startsWith('Long word word')).toBe(true);
    const read = () =>
      bot.db.prepare(`SELECT status, last_error FROM outbox WHERE run_id = 'manual' ORDER BY part`).all() as {
        status: string;
        last_error: string;
      }[];
    const rows = await waitUntil(() => read().every((row) => row.status === 'sent') && read(), 'both messages recorded as sent');
    expect(rows[0]!.last_error).toMatch(/^sent as plain text: 400 Bad Request: can't parse entities/);
    expect(rows[1]!.last_error).toMatch(/^sent as plain text: 400 Bad Request: message is too long/);
  });
});
