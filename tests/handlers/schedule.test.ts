import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { seedArticles } from '../support/seed.ts';
import { DAY_ONE, HOUR } from '../delivery/support.ts';

let t: BotUnderTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const schedule = (bot: BotUnderTest, chatId: number) =>
  bot.db.prepare('SELECT schedule_times AS times, schedule_zone AS zone, subscribed FROM subscribers WHERE chat_id = ?').get(chatId);

describe('/schedule', () => {
  it('shows the hours in words with buttons for common hours; /settings never shows a cron string', async () => {
    t = await startBotUnderTest({ DIGEST_CRON: '0 8 * * 1-5', TIMEZONE: 'Europe/Moscow' });
    const user = { id: 4001, language_code: 'en' };
    await t.fake.ask(user, '/start');
    const shown = await t.fake.ask(user, '/schedule');
    expect(shown.text).toMatch(/^Scheduled briefings: at the bot's default hours; the next at .+ \(Europe\/Moscow\)\./);
    const buttons = shown.replyMarkup!.inline_keyboard.flat().map((button) => button.text);
    expect(buttons).toEqual(['06:00', '07:00', '08:00', '09:00', '12:00', '18:00', '20:00', '22:00', 'Default hours', 'Off']);
    const settings = await t.fake.ask(user, '/settings');
    expect(settings.text).not.toContain('* *');
    expect(settings.text).toContain("Scheduled briefings: on, at the bot's default hours; the next at");
  });

  it('sets times and a zone, says when the next briefing comes, and /settings says it in the reader’s language', async () => {
    t = await startBotUnderTest();
    const user = { id: 4002, language_code: 'ru' };
    await t.fake.ask(user, '/start');
    const set = await t.fake.ask(user, '/schedule 19:00, 7:30 Asia/Riyadh');
    expect(set.text).toMatch(/^✅ Сводки: ежедневно в 07:30 и 19:00, Asia\/Riyadh\. Следующая — .+\.$/);
    expect(schedule(t, user.id)).toEqual({ times: '[450,1140]', zone: 'Asia/Riyadh', subscribed: 1 });
    expect((await t.fake.ask(user, '/settings')).text).toContain('Сводки по расписанию: включены, ежедневно в 07:30 и 19:00, Asia/Riyadh');
    // A zone alone moves the same times to another zone.
    await t.fake.ask(user, '/schedule UTC+3');
    expect(schedule(t, user.id)).toEqual({ times: '[450,1140]', zone: 'UTC+3', subscribed: 1 });
  });

  it('answers bad input clearly and changes nothing', async () => {
    t = await startBotUnderTest();
    const user = { id: 4003, language_code: 'en' };
    await t.fake.ask(user, '/schedule 08:00');
    const before = schedule(t, user.id);
    const replies = [];
    for (const input of ['25:99', '08:00 Mars/Base', '06:00 09:00 12:00 15:00 18:00', '(a+)+$', '.*']) {
      replies.push((await t.fake.ask(user, `/schedule ${input}`)).text);
    }
    expect(replies).toEqual([
      '“25:99” is not a time of day. Write hours and minutes: /schedule 07:30 or /schedule 07:30,19:00.',
      '“Mars/Base” is not a time zone I know. Use a name such as Asia/Riyadh or Europe/Moscow, or an offset such as UTC+3.',
      'At most 4 times a day, please.',
      '“(a+)+$” is not a time zone I know. Use a name such as Asia/Riyadh or Europe/Moscow, or an offset such as UTC+3.',
      '“.*” is not a time zone I know. Use a name such as Asia/Riyadh or Europe/Moscow, or an offset such as UTC+3.',
    ]);
    expect(schedule(t, user.id)).toEqual(before);
  });

  it('a preset button sets that hour in the chat’s zone; Default goes back; Off stops the briefings', async () => {
    t = await startBotUnderTest();
    const user = { id: 4004, language_code: 'en' };
    await t.fake.ask(user, '/schedule 07:00 Asia/Riyadh');
    const menu = await t.fake.ask(user, '/schedule');
    const press = async (data: string) => {
      const since = t!.fake.sentCount(user.id);
      await t!.fake.press(user, menu, data);
      return t!.fake.waitForMessage(user.id, { since });
    };
    expect((await press('sch:1200')).text).toMatch(/^✅ Briefings daily at 20:00, Asia\/Riyadh\./);
    expect(schedule(t, user.id)).toEqual({ times: '[1200]', zone: 'Asia/Riyadh', subscribed: 1 });
    expect((await press('sch:default')).text).toMatch(/^✅ Back to the default hours: daily at 08:00, UTC/);
    expect(schedule(t, user.id)).toEqual({ times: null, zone: null, subscribed: 1 });
    await press('sch:off');
    expect(schedule(t, user.id)).toMatchObject({ subscribed: 0 });
  });

  it('in a group, only administrators set the hours', async () => {
    t = await startBotUnderTest();
    const ann = { id: 4010, first_name: 'Ann' };
    const bob = { id: 4011, first_name: 'Bob' };
    const group = t.fake.chats.supergroup({ members: [{ user: ann, status: 'creator' }, bob] });
    t.fake.userSends(ann, '/start', { chatId: group.id });
    await t.fake.waitForMessage(group.id);
    t.fake.userSends(bob, '/schedule 09:00', { chatId: group.id });
    const refusal = await t.fake.waitForMessage(group.id, { since: 1 });
    expect(refusal.text).toContain("Only this group's administrators can change its settings");
    expect(schedule(t, group.id)).toMatchObject({ times: null });
    t.fake.userSends(ann, '/schedule 09:00', { chatId: group.id });
    const done = await t.fake.waitForMessage(group.id, { since: 2 });
    expect(done.text).toMatch(/^✅ Briefings daily at 09:00, UTC\./);
  });
});

describe('briefings at a chat’s own hours, end to end', () => {
  it('a time two minutes ahead arrives in that minute; another chat’s 07:30 Asia/Riyadh is untouched', { timeout: 20_000 }, async () => {
    // The bot's clock, moved by the test; chats' hours are looked at every second instead of every minute.
    let clock = Date.parse('2026-03-02T09:58:00Z');
    t = await startBotUnderTest({}, { now: () => clock, dueBriefingsCron: '* * * * * *', pollAtStart: false, pruneAtStart: false });
    seedArticles(t.config.databasePath, [{ ...DAY_ONE.en, publishedAt: clock - 2 * HOUR }]);
    const soon = { id: 4020, language_code: 'en' };
    const riyadh = { id: 4021, language_code: 'en' };
    await t.fake.ask(soon, '/schedule 10:00 UTC');
    await t.fake.ask(riyadh, '/schedule 07:30 Asia/Riyadh');
    const before = { soon: t.fake.sentCount(soon.id), riyadh: t.fake.sentCount(riyadh.id) };

    clock = Date.parse('2026-03-02T10:00:05Z');
    const briefing = await t.fake.waitForMessage(soon.id, { since: before.soon, timeout: 5_000 });
    expect(briefing.text).toContain(DAY_ONE.en.title);
    expect(t.fake.sentCount(riyadh.id)).toBe(before.riyadh);
    // Later in that minute the same look at the chats' hours queues nothing more.
    clock += 30_000;
    expect(await t.bot.delivery.runDueBriefings(clock)).toMatchObject({ due: 0, messages: 0 });
    expect(t.fake.sentCount(soon.id)).toBe(before.soon + 1);
    expect(t.db.prepare('SELECT next_briefing_at AS at FROM subscribers WHERE chat_id = ?').get(soon.id)).toEqual({
      at: Date.parse('2026-03-03T10:00:00Z'),
    });
  });
});

describe('a default-schedule briefing missed while the bot was down', () => {
  it('is run once at start when less than six hours late', { timeout: 20_000 }, async () => {
    const first = await startBotUnderTest({ DIGEST_CRON: '0 8 * * *' }, { pollAtStart: false, pruneAtStart: false });
    const reader = { id: 4030, language_code: 'en' };
    await first.fake.ask(reader, '/start');
    const { fake, folder } = first;
    await first.bot.stop('restart');
    first.db.close();
    // The bot was down when the tick came an hour ago.
    const missed = Date.now() - HOUR;
    const { openDatabase } = await import('../../src/store/db.ts');
    const db = openDatabase(first.config.databasePath);
    db.prepare('INSERT INTO schedule_state (name, next_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET next_at = excluded.next_at').run(
      'digest',
      missed,
    );
    db.close();
    seedArticles(first.config.databasePath, [{ ...DAY_ONE.en, publishedAt: missed - HOUR }]);

    const sentBefore = fake.sentCount(reader.id);
    t = await startBotUnderTest({ DIGEST_CRON: '0 8 * * *' }, { fake, folder, pollAtStart: false, pruneAtStart: false });
    const briefing = await t.fake.waitForMessage(reader.id, { since: sentBefore });
    expect(briefing.text).toContain(DAY_ONE.en.title);
    const runs = t.db.prepare('SELECT id FROM delivery_runs').all() as { id: string }[];
    expect(runs).toEqual([{ id: `briefing:${new Date(Math.floor(missed / 1000) * 1000).toISOString()}` }]);
    // What was recorded for the next start is the cron's next tick, not the missed one.
    const next = (t.db.prepare("SELECT next_at FROM schedule_state WHERE name = 'digest'").get() as { next_at: number }).next_at;
    expect(next).toBeGreaterThan(Date.now());
    expect(new Date(next).getUTCHours()).toBe(8);
    await t.stop();
    t = undefined;
    await fake.close();
  });
});
