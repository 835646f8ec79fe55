import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { SentMessage } from '../support/fake-telegram.ts';
import { waitUntil } from '../support/wait-until.ts';
import { addSubscribers } from '../delivery/support.ts';

const ADMIN = { id: 9101, language_code: 'en', first_name: 'Admin' };
const OTHER_ADMIN = { id: 9102, language_code: 'en', first_name: 'Other' };
const READER = { id: 9103, language_code: 'ru', first_name: 'Reader' };
const FAST = { sender: { retryBaseMs: 50, retryMaxMs: 200, idlePollMs: 100 }, broadcastProgressMs: 150, pollAtStart: false };

let t: BotUnderTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function start(env: Record<string, string> = {}): Promise<BotUnderTest> {
  t = await startBotUnderTest({ ADMIN_IDS: `${ADMIN.id},${OTHER_ADMIN.id}`, SEND_RATE: '30', ...env }, FAST);
  return t;
}

/** The admins' working group, where others see the admin's preview and its buttons. */
const GROUP = -1001234567;

/** Sends /broadcast; returns the preview and the status message (with its Send/Cancel buttons). */
async function preview(
  bot: BotUnderTest,
  text: string,
  options: Parameters<BotUnderTest['fake']['userSends']>[2] = {},
): Promise<{ preview: SentMessage; status: SentMessage }> {
  const chatId = options.chatId ?? ADMIN.id;
  const since = bot.fake.sentCount(chatId);
  bot.fake.userSends(ADMIN, text, options);
  const first = await bot.fake.waitForMessage(chatId, { since });
  const status = await bot.fake.waitForMessage(chatId, { since: since + 1 });
  return { preview: first, status };
}

function buttons(message: SentMessage): { text: string; data: string }[] {
  const markup = message.replyMarkup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data }));
}

function received(bot: BotUnderTest, chatIds: number[]): number[] {
  const counts = bot.fake.sentCountByChat();
  return chatIds.map((id) => counts.get(id) ?? 0);
}

const finalReport = (bot: BotUnderTest, status: SentMessage) =>
  bot.fake.waitForEdit(ADMIN.id, status.messageId, (m) => /— (done|stopped)/.test(m.text), { timeout: 20_000 });

describe('/broadcast', () => {
  it('a non-admin is refused politely: nothing is stored and nobody is reached, by command or by button', async () => {
    const bot = await start();
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 5);
    expect((await bot.fake.ask(READER, '/broadcast hello everyone')).text).toBe(
      'Извините, эта команда доступна только администраторам бота.',
    );
    // In a group, a reader sees the admin's preview and may press its buttons.
    const { status } = await preview(bot, '/broadcast real update', { chatId: GROUP });
    const answer = await bot.fake.press(READER, status, buttons(status)[0]!.data);
    expect(answer.params.text).toBe('Извините, эта команда доступна только администраторам бота.');
    expect(bot.db.prepare(`SELECT status FROM broadcasts`).all()).toEqual([{ status: 'preview' }]);
    expect(
      received(
        bot,
        readers.map((r) => r.chatId),
      ),
    ).toEqual([0, 0, 0, 0, 0]);
  });

  it(
    'previews exactly what goes out; Send reaches each of 50 subscribers once, a second press sends nothing more, and the report is true',
    { timeout: 30_000 },
    async () => {
      const bot = await start();
      const readers = addSubscribers(bot.config.databasePath, bot.fake, 50);
      const { preview: shown, status } = await preview(bot, '/broadcast The GCC summit opens in Kuwait today.\nSecond line.');
      expect(shown.text).toBe('The GCC summit opens in Kuwait today.\nSecond line.');
      expect(status.text).toBe('📣 Broadcast #1 — preview\nThe message above goes to 50 subscribers (every language · every topic).');
      expect(buttons(status).map((b) => b.text)).toEqual(['Send to 50', 'Cancel']);

      const send = buttons(status)[0]!.data;
      const first = await bot.fake.press(ADMIN, status, send);
      const second = await bot.fake.press(ADMIN, status, send);
      expect(first.params.text).toBe('Sending…');
      expect(second.params.text).toBe('This broadcast has already been sent.');
      const report = await finalReport(bot, status);
      expect(report.text).toBe('📣 Broadcast #1 — done ✅\nSent: 50 of 50 · failed: 0 · blocked the bot: 0 · not sent: 0');
      expect(buttons(report)).toEqual([]);
      expect(
        received(
          bot,
          readers.map((r) => r.chatId),
        ).every((n) => n === 1),
      ).toBe(true);
      expect(bot.fake.lastMessage(readers[7]!.chatId)!.text).toBe(shown.text);
      const closed = () => bot.db.prepare('SELECT status, audience, sent, failed, blocked FROM broadcasts').get() as { status: string };
      await waitUntil(() => closed().status === 'done', 'the broadcast closed');
      expect(closed()).toEqual({ status: 'done', audience: 50, sent: 50, failed: 0, blocked: 0 });
    },
  );

  it('Cancel discards: nobody is reached, and Send afterwards does nothing', async () => {
    const bot = await start();
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 4);
    const { status } = await preview(bot, '/broadcast never mind');
    const [send, cancel] = buttons(status).map((b) => b.data);
    expect((await bot.fake.press(ADMIN, status, cancel!)).params.text).toBe('Cancelled.');
    await bot.fake.waitForEdit(ADMIN.id, status.messageId, (m) => m.text.includes('cancelled'));
    expect((await bot.fake.press(ADMIN, status, send!, { force: true })).params.text).toBe('This broadcast was cancelled.');
    expect(bot.bot.delivery.outbox.backlog()).toBe(0);
    expect(
      received(
        bot,
        readers.map((r) => r.chatId),
      ),
    ).toEqual([0, 0, 0, 0]);
  });

  it('only the admin who made the preview can send it', async () => {
    const bot = await start();
    addSubscribers(bot.config.databasePath, bot.fake, 2);
    const { status } = await preview(bot, '/broadcast mine', { chatId: GROUP });
    const answer = await bot.fake.press(OTHER_ADMIN, status, buttons(status)[0]!.data);
    expect(answer.params.text).toBe('Only the admin who wrote this broadcast can send, cancel or stop it.');
    expect(bot.db.prepare('SELECT status FROM broadcasts').get()).toEqual({ status: 'preview' });
  });

  it('lang: and topic: select the audience', async () => {
    const bot = await start();
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 9);
    const db = openDatabase(bot.config.databasePath);
    const ruGulf = readers
      .filter((r) => r.language === 'ru')
      .slice(0, 2)
      .map((r) => r.chatId);
    const others = readers.map((r) => r.chatId).filter((id) => !ruGulf.includes(id));
    for (const chatId of others) new SubscriberStore(db).replaceTopics(chatId, ['energy']);
    db.close();

    const byLanguage = await preview(bot, '/broadcast lang:ru Только по-русски');
    expect(byLanguage.status.text).toContain('goes to 3 subscribers (Russian · every topic)');
    const byTopic = await preview(bot, '/broadcast topic:الخليج Gulf only');
    expect(byTopic.status.text).toContain('goes to 2 subscribers (every language · Gulf)');
    const both = await preview(bot, '/broadcast TOPIC:gulf LANG:ru\nРоссия и Залив');
    expect(both.preview.text).toBe('Россия и Залив');
    expect(both.status.text).toContain('goes to 2 subscribers (Russian · Gulf)');
    await bot.fake.press(ADMIN, both.status, buttons(both.status)[0]!.data);
    await finalReport(bot, both.status);
    expect(received(bot, ruGulf)).toEqual([1, 1]);
    expect(received(bot, others).every((n) => n === 0)).toBe(true);
  });

  it('kind: aims at one kind of chat, and /stats counts subscribers by kind', { timeout: 20_000 }, async () => {
    const bot = await start();
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 2);
    const channel = bot.fake.chats.channel({ title: 'Briefs' });
    const group = bot.fake.chats.supergroup({ title: 'Desk' });
    const db = openDatabase(bot.config.databasePath);
    const subscribers = new SubscriberStore(db);
    subscribers.register(
      { chatId: channel.id, userId: ADMIN.id, chatType: 'channel', firstName: null, username: null, title: 'Briefs' },
      'en',
    );
    subscribers.register(
      { chatId: group.id, userId: ADMIN.id, chatType: 'supergroup', firstName: null, username: null, title: 'Desk' },
      'en',
    );
    db.close();

    const toChannels = await preview(bot, '/broadcast kind:channel Channels only');
    expect(toChannels.status.text).toContain('goes to 1 subscriber (every language · every topic · channels)');
    await bot.fake.press(ADMIN, toChannels.status, buttons(toChannels.status)[0]!.data);
    await finalReport(bot, toChannels.status);
    expect(received(bot, [channel.id, group.id, ...readers.map((r) => r.chatId)])).toEqual([1, 0, 0, 0]);
    expect((await bot.fake.ask(ADMIN, '/broadcast kind:bots Hi')).text).toMatch(/^“bots” is not a kind of chat/);

    const stats = await bot.fake.ask(ADMIN, '/stats');
    expect(stats.text).toContain(
      'Subscribers by kind of chat\nprivate chats: 2 · unsubscribed 0 · blocked 0\ngroups: 1 · unsubscribed 0 · blocked 0\nchannels: 1',
    );
  });

  it('explains the syntax: no text, an unknown language or topic', async () => {
    const bot = await start();
    expect((await bot.fake.ask(ADMIN, '/broadcast')).text).toMatch(
      /^Usage: \/broadcast \[lang:ar\|ru\|en\] \[topic:TOPIC\] \[kind:private\|group\|channel\] TEXT/,
    );
    expect((await bot.fake.ask(ADMIN, '/broadcast lang:ru   ')).text).toMatch(/^Usage:/);
    expect((await bot.fake.ask(ADMIN, '/broadcast lang:fr Bonjour')).text).toMatch(/^“fr” is not a language/);
    expect((await bot.fake.ask(ADMIN, '/broadcast topic:mars News')).text).toMatch(/^“mars” is not a topic/);
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM broadcasts').get()).toEqual({ n: 0 });
  });

  it('keeps the admin’s formatting and escapes everything else', async () => {
    const bot = await start();
    const [reader] = addSubscribers(bot.config.databasePath, bot.fake, 1);
    const text = '/broadcast Statement <script> & "quotes": read the full text';
    const at = (word: string) => text.indexOf(word);
    const { preview: shown, status } = await preview(bot, text, {
      entities: [
        { type: 'bot_command', offset: 0, length: 10 },
        { type: 'bold', offset: at('Statement'), length: 'Statement'.length },
        { type: 'italic', offset: at('<script>'), length: '<script> & "quotes"'.length },
        { type: 'text_link', offset: at('full text'), length: 'full text'.length, url: 'https://mofa.example/a?b=1&c="2"' },
      ],
    });
    expect(shown.text).toBe('Statement <script> & "quotes": read the full text');
    expect(shown.entities.map((e) => e.type)).toEqual(['bold', 'italic', 'text_link']);
    await bot.fake.press(ADMIN, status, buttons(status)[0]!.data);
    const got = await bot.fake.waitForMessage(reader!.chatId, { since: 0 });
    expect(got.text).toBe(shown.text);
    expect(got.entities).toEqual(shown.entities);
  });

  it('Stop stops: what was queued is not sent, and the report counts what was', { timeout: 30_000 }, async () => {
    const bot = await start({ SEND_RATE: '4' });
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 40);
    const { status } = await preview(bot, '/broadcast slow one');
    await bot.fake.press(ADMIN, status, buttons(status)[0]!.data);
    const sending = await bot.fake.waitForEdit(ADMIN.id, status.messageId, (m) => m.text.includes('sending') && buttons(m).length === 1);
    expect(sending.text).toMatch(/^📣 Broadcast #1 — sending\n[▰▱]{10} \d+% · \d+\/40 · failed: 0 · blocked: 0$/);
    await waitUntil(() => bot.fake.sentCountByChat().size >= 3, 'a few sent');
    await bot.fake.press(ADMIN, status, buttons(sending)[0]!.data);
    const report = await finalReport(bot, status);
    const reached = received(
      bot,
      readers.map((r) => r.chatId),
    ).filter((n) => n > 0).length;
    expect(reached).toBeLessThan(40);
    expect(report.text).toBe(
      `📣 Broadcast #1 — stopped ⏹\nSent: ${reached} of 40 · failed: 0 · blocked the bot: 0 · not sent: ${40 - reached}`,
    );
    expect(bot.bot.delivery.outbox.backlog()).toBe(0);
  });

  it('counts subscribers who blocked the bot, and deactivates them', { timeout: 20_000 }, async () => {
    const bot = await start();
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 6);
    bot.fake.blockChat(readers[0]!.chatId);
    bot.fake.blockChat(readers[3]!.chatId);
    const { status } = await preview(bot, '/broadcast to all');
    await bot.fake.press(ADMIN, status, buttons(status)[0]!.data);
    expect((await finalReport(bot, status)).text).toBe(
      '📣 Broadcast #1 — done ✅\nSent: 4 of 6 · failed: 0 · blocked the bot: 2 · not sent: 0',
    );
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM subscribers WHERE active = 0').get()).toEqual({ n: 2 });
  });

  it('a restart in the middle keeps sending and reporting', { timeout: 40_000 }, async () => {
    const bot = await start({ SEND_RATE: '5' });
    const readers = addSubscribers(bot.config.databasePath, bot.fake, 20);
    const { status } = await preview(bot, '/broadcast survives restarts');
    await bot.fake.press(ADMIN, status, buttons(status)[0]!.data);
    await waitUntil(() => bot.fake.sentCountByChat().size >= 4, 'a few sent');
    await bot.bot.stop('restart');
    bot.db.close();
    t = await startBotUnderTest(
      { ADMIN_IDS: `${ADMIN.id}`, SEND_RATE: '5', DATABASE_PATH: bot.config.databasePath },
      { ...FAST, fake: bot.fake, folder: bot.folder },
    );
    const report = await finalReport(t, status);
    expect(report.text).toBe('📣 Broadcast #1 — done ✅\nSent: 20 of 20 · failed: 0 · blocked the bot: 0 · not sent: 0');
    expect(
      received(
        t,
        readers.map((r) => r.chatId),
      ).every((n) => n === 1),
    ).toBe(true);
    await t.stop();
    await bot.fake.close();
    t = undefined;
  });
});

describe('/broadcasts and /stats', () => {
  it('/broadcasts lists what went out; /stats gives the figures', { timeout: 20_000 }, async () => {
    const bot = await start();
    addSubscribers(bot.config.databasePath, bot.fake, 3);
    expect((await bot.fake.ask(ADMIN, '/broadcasts')).text).toBe('No broadcasts yet. /broadcast sends one.');
    const { status } = await preview(bot, '/broadcast lang:en A short <note>');
    await bot.fake.press(ADMIN, status, buttons(status)[0]!.data);
    await finalReport(bot, status);
    const list = await bot.fake.ask(ADMIN, '/broadcasts');
    expect(list.text).toMatch(
      /^Recent broadcasts \(1\)\n\n#1 · .+ · admin 9101 · English · every topic · done\nsent 1\/1 · failed 0 · blocked 0\nA short <note>$/,
    );

    const stats = await bot.fake.ask(ADMIN, '/stats');
    expect(stats.text).toContain('English: subscribers 1 · unsubscribed 0 · blocked 0 · articles today 0, this week 0');
    expect(stats.text).toContain('Gulf: 3 · blocked 0');
    expect(stats.text).toContain('Feeds: 0 · healthy 0 · failing 0 · not polled yet 0 · disabled 0');
    expect(stats.text).toContain('Send queue: 0 messages waiting');
    expect(stats.text).toContain('Last briefing run: none yet');
    expect((await bot.fake.ask(READER, '/stats')).text).toBe('Извините, эта команда доступна только администраторам бота.');
  });
});
