import { afterEach, describe, expect, it } from 'vitest';
import { unwatchButtons } from '../../src/bot/buttons.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { FakeUser } from '../support/fake-telegram.ts';
import { seedArticles } from '../support/seed.ts';

let t: BotUnderTest;
afterEach(() => t.stop());

const ANNA: FakeUser = { id: 9301, first_name: 'Anna', language_code: 'en' };

const watchIds = (chatId: number) => t.db.prepare('SELECT id FROM watches WHERE chat_id = ? ORDER BY id').pluck().all(chatId) as number[];
const texts = (chatId: number) => t.db.prepare('SELECT text FROM watches WHERE chat_id = ? ORDER BY id').pluck().all(chatId) as string[];

describe('/watch, /watches, /unwatch', () => {
  it('lists the watches, numbered, with a remove button each; a button removes its watch and redraws the list', async () => {
    t = await startBotUnderTest();
    await t.fake.ask(ANNA, '/start');
    await t.fake.ask(ANNA, '/watch Lavrov');
    await t.fake.ask(ANNA, '/watch "Strait of Hormuz" tanker');
    const list = await t.fake.ask(ANNA, '/watches');
    expect(list.text).toContain('Watches (2 of 20):\n1. Lavrov\n2. "Strait of Hormuz" tanker');
    const buttons = (list.replyMarkup?.inline_keyboard?.flat() ?? []) as { text: string; callback_data?: string }[];
    expect(buttons.map((button) => [button.text, button.callback_data])).toEqual(
      watchIds(ANNA.id).map((id, i) => [`✖ ${i + 1}`, unwatchButtons.encode(id)]),
    );

    await t.fake.press(ANNA, list, buttons[0]!.callback_data!);
    expect(texts(ANNA.id)).toEqual(['"Strait of Hormuz" tanker']);
    const redrawn = await t.fake.waitForEdit(ANNA.id, list.messageId, (m) => m.text?.includes('1 of 20') ?? false, { since: 0 });
    expect(redrawn.text).toContain('1. "Strait of Hormuz" tanker');
  });

  it('/unwatch N removes the N-th; a number out of range and no number are explained', async () => {
    t = await startBotUnderTest();
    await t.fake.ask(ANNA, '/start');
    expect((await t.fake.ask(ANNA, '/watches')).text).toBe('No watches yet. /watch Lavrov adds one.');
    await t.fake.ask(ANNA, '/watch Lavrov');
    await t.fake.ask(ANNA, '/watch Yemen');
    expect((await t.fake.ask(ANNA, '/unwatch 3')).text).toBe('There is no watch number 3: this chat has 2. /watches lists them.');
    expect((await t.fake.ask(ANNA, '/unwatch')).text).toBe('Send /unwatch and the number of a watch in /watches (1 to 2).');
    expect((await t.fake.ask(ANNA, '/unwatch 1')).text).toBe('Stopped watching Lavrov.');
    expect(texts(ANNA.id)).toEqual(['Yemen']);
  });

  it('answers hostile and bad input clearly, storing nothing', async () => {
    t = await startBotUnderTest();
    await t.fake.ask(ANNA, '/start');
    const replies = new Map<string, string>();
    for (const input of ['(a+)+$', '"unclosed', 'x'.repeat(150), '-', '.*', '-Ukraine'])
      replies.set(input, (await t.fake.ask(ANNA, `/watch ${input}`)).text ?? '');
    expect(Object.fromEntries(replies)).toEqual({
      '(a+)+$': 'There is nothing to look for in that: use words of two letters or more (symbols and patterns are not read).',
      '"unclosed': 'A quote is not closed: put a phrase between two quotes, like "Security Council".',
      ['x'.repeat(150)]: 'A watch is at most 100 characters. Try fewer words.',
      '-': 'There is nothing to look for in that: use words of two letters or more (symbols and patterns are not read).',
      '.*': 'There is nothing to look for in that: use words of two letters or more (symbols and patterns are not read).',
      '-Ukraine': 'A watch needs at least one word to look for, not only -excluded ones.',
    });
    expect(texts(ANNA.id)).toEqual([]);
    expect((await t.fake.ask(ANNA, '/watch')).text).toContain('/watch WORDS — I tell you as soon as a new story names them.');
  });

  it('refuses a 21st watch and a watch the chat has already', async () => {
    t = await startBotUnderTest();
    await t.fake.ask(ANNA, '/start');
    for (let i = 1; i <= 20; i++) await t.fake.ask(ANNA, `/watch word${i}`);
    expect((await t.fake.ask(ANNA, '/watch Lavrov')).text).toBe(
      'This chat has 20 watches, the most it can have. Remove one with /watches first.',
    );
    expect((await t.fake.ask(ANNA, '/watch WORD3')).text).toBe('This chat watches WORD3 already.');
    expect(watchIds(ANNA.id)).toHaveLength(20);
  });

  it('asks a chat that has not started to /start first', async () => {
    t = await startBotUnderTest();
    expect((await t.fake.ask(ANNA, '/watch Lavrov')).text).toBe('You are not registered yet: send /start to subscribe.');
  });

  it('in a group, only administrators add watches; members may list them', async () => {
    t = await startBotUnderTest();
    const owner = { id: 9311, first_name: 'Huda', language_code: 'en' };
    const member = { id: 9312, first_name: 'Sam', language_code: 'en' };
    const group = t.fake.chats.supergroup({ title: 'Desk', members: [{ user: owner, status: 'creator' as const }, member] });
    const say = async (user: FakeUser, text: string) => {
      const since = t.fake.sentCount(group.id);
      t.fake.userSends(user, text, { chatId: group.id });
      return t.fake.waitForMessage(group.id, { since });
    };
    await say(owner, '/start');
    expect((await say(member, '/watch Lavrov')).text).toContain('administrators');
    expect(texts(group.id)).toEqual([]);
    await say(owner, '/watch Lavrov');
    expect((await say(member, '/watches')).text).toContain('1. Lavrov');
  });
});

describe('/mute, /unmute', () => {
  it('/mute OPEC keeps the OPEC+ story out of /latest and shows in /settings; /unmute brings it back', async () => {
    t = await startBotUnderTest();
    const hour = 3_600_000;
    seedArticles(t.config.databasePath, [
      {
        feed: 'Reuters',
        language: 'en',
        title: 'OPEC+ extends oil output cuts to the end of the year',
        text: 'The OPEC+ alliance agreed to extend oil output cuts until the end of the year to support prices.',
        publishedAt: Date.now() - hour,
      },
      {
        feed: 'UN News',
        language: 'en',
        title: 'Security Council meets on Yemen',
        text: 'The UN Security Council met on Yemen and the Red Sea shipping attacks.',
        publishedAt: Date.now() - 2 * hour,
      },
    ]);
    await t.fake.ask(ANNA, '/start');
    expect((await t.fake.ask(ANNA, '/latest')).text).toContain('OPEC+ extends');
    expect((await t.fake.ask(ANNA, '/mute OPEC')).text).toBe('🔇 Muted: OPEC. Now muted: OPEC.');
    const latest = await t.fake.ask(ANNA, '/latest');
    expect(latest.text).not.toContain('OPEC+');
    expect(latest.text).toContain('Security Council meets on Yemen');
    expect((await t.fake.ask(ANNA, '/settings')).text).toContain('muted: OPEC');
    const briefing = await t.fake.ask(ANNA, '/briefing');
    expect(briefing.text).toContain('Security Council meets on Yemen');
    expect(briefing.text).not.toContain('OPEC+');
    // The scheduled briefing leaves it out too.
    const since = t.fake.sentCount(ANNA.id);
    await t.bot.runDigest();
    const scheduled = await t.fake.waitForMessage(ANNA.id, { since });
    expect(scheduled.text).toContain('Security Council meets on Yemen');
    expect(scheduled.text).not.toContain('OPEC+');
    expect((await t.fake.ask(ANNA, '/unmute opec')).text).toBe('🔈 Unmuted: OPEC.');
    expect((await t.fake.ask(ANNA, '/latest')).text).toContain('OPEC+ extends');
  });

  it('explains /mute without words, symbols only, and words it has already', async () => {
    t = await startBotUnderTest();
    await t.fake.ask(ANNA, '/start');
    expect((await t.fake.ask(ANNA, '/mute')).text).toContain('Nothing is muted.');
    expect((await t.fake.ask(ANNA, '/mute .*')).text).toBe('There is no word in that to mute: use words of two letters or more.');
    await t.fake.ask(ANNA, '/mute Houthi');
    expect((await t.fake.ask(ANNA, '/mute houthi')).text).toBe('Those words are muted already. Muted: Houthi.');
    expect((await t.fake.ask(ANNA, '/unmute OPEC')).text).toBe('None of those words is muted. Muted: Houthi.');
  });
});
