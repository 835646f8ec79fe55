import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOPICS, inTopicOrder, type Topic } from '../../src/model/topics.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { FakeUser, SentMessage } from '../support/fake-telegram.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest();
});
afterEach(() => t.stop());

const buttons = (m: SentMessage) => m.replyMarkup?.inline_keyboard.flat() ?? [];
const labels = (m: SentMessage) => buttons(m).map((b) => b.text);
const datas = (m: SentMessage) => buttons(m).map((b) => ('callback_data' in b ? b.callback_data : undefined));

/** What the bot stored for the chat, in the fixed order. */
const stored = (chatId: number): Topic[] =>
  inTopicOrder(
    (t.db.prepare('SELECT topic FROM subscriber_topics WHERE chat_id = ?').all(chatId) as { topic: string }[]).map((r) => r.topic),
  );

/** Presses a button and waits for the toast and the message's next edit. */
async function toggle(user: FakeUser, menu: SentMessage, data: string): Promise<{ toast: unknown; edited: SentMessage }> {
  const since = menu.edits.length;
  const answer = await t.fake.press(user, menu, data);
  const edited = await t.fake.waitForEdit(user.id, menu.messageId, undefined, { since });
  return { toast: answer.params.text, edited };
}

const EN_NAMES = [
  'Gulf',
  'Palestine and the Arab–Israeli settlement',
  'Iran',
  'Syria',
  'Libya',
  'Yemen',
  'Regional security',
  'Energy',
  'Economy and trade',
  'UN and multilateral diplomacy',
];

describe('/topics', () => {
  it('shows every topic as a toggle, checked as stored, with "all" and "none"', async () => {
    const user = { id: 6001, language_code: 'en' };
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/topics');
    expect(menu.text).toBe('Your topics: all 10\nTap a topic to follow it or drop it; every change is saved at once.');
    expect(labels(menu)).toEqual([...EN_NAMES.map((name) => `✅ ${name}`), 'Select all', 'Clear all']);
    expect(datas(menu)).toEqual([...TOPICS.map((topic) => `tp:${topic}`), 'tp:all', 'tp:none']);
    for (const data of datas(menu)) expect(Buffer.byteLength(data!)).toBeLessThanOrEqual(64);

    // The keyboard follows what is stored, not a default.
    await toggle(user, menu, 'tp:iran');
    await toggle(user, menu, 'tp:un');
    const again = await t.fake.ask(user, '/topics');
    expect(again.text).toContain('Your topics: 8 of 10');
    expect(labels(again).filter((label) => label.startsWith('✅'))).toHaveLength(8);
    expect(labels(again)[2]).toBe('⬜ Iran');
    expect(labels(again)[9]).toBe('⬜ UN and multilateral diplomacy');
  });

  it('toggles a topic off and on again, saving each press at once (Russian)', async () => {
    const user = { id: 6002, language_code: 'ru' };
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/topics');
    expect(menu.text).toContain('Ваши темы: все 10');
    expect(labels(menu)[0]).toBe('✅ Персидский залив');
    expect(labels(menu).slice(-2)).toEqual(['Выбрать все', 'Снять все']);

    const off = await toggle(user, menu, 'tp:gulf');
    expect(off.toast).toBe('Тема убрана: Персидский залив');
    expect(stored(user.id)).toEqual(TOPICS.filter((topic) => topic !== 'gulf'));
    expect(off.edited.text).toContain('Ваши темы: 9 из 10');
    expect(labels(off.edited)[0]).toBe('⬜ Персидский залив');
    expect(
      labels(off.edited)
        .slice(1, 10)
        .every((label) => label.startsWith('✅ ')),
    ).toBe(true);

    const on = await toggle(user, menu, 'tp:gulf');
    expect(on.toast).toBe('✅ Тема добавлена: Персидский залив');
    expect(stored(user.id)).toEqual([...TOPICS]);
    expect(on.edited.text).toContain('Ваши темы: все 10');
    expect(labels(on.edited)[0]).toBe('✅ Персидский залив');

    expect((await t.fake.ask(user, '/settings')).text).toContain('Темы: все темы (изменить — /topics)');
    // Subscription and language are untouched.
    expect(t.db.prepare('SELECT subscribed, language FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({
      subscribed: 1,
      language: 'ru',
    });
  });

  it('"none" and "all" switch everything, and /settings shows it (Arabic)', async () => {
    const user = { id: 6003, language_code: 'ar' };
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/topics');
    expect(labels(menu).slice(-2)).toEqual(['تحديد الكل', 'إلغاء الكل']);

    const none = await toggle(user, menu, 'tp:none');
    expect(none.toast).toBe('لا تتابع أي موضوع: لن تصلك موجزات مجدولة حتى تختار مواضيع.');
    expect(stored(user.id)).toEqual([]);
    expect(none.edited.text).toContain('مواضيعك: لا شيء — لن تصلك موجزات مجدولة');
    expect(
      labels(none.edited)
        .slice(0, 10)
        .every((label) => label.startsWith('⬜ ')),
    ).toBe(true);
    expect((await t.fake.ask(user, '/settings')).text).toContain('المواضيع: لا شيء — لن تصلك موجزات مجدولة (لتغييرها: /topics)');

    const gulf = await toggle(user, menu, 'tp:gulf');
    expect(gulf.toast).toBe('✅ أُضيف: الخليج');
    await toggle(user, menu, 'tp:iran');
    expect(stored(user.id)).toEqual(['gulf', 'iran']);
    expect(labels(menu)[0]).toBe('✅ الخليج');
    expect(menu.text).toContain('مواضيعك: 2 من 10');
    // Names are listed with the Arabic comma.
    expect((await t.fake.ask(user, '/settings')).text).toContain('المواضيع: الخليج، إيران (لتغييرها: /topics)');

    const all = await toggle(user, menu, 'tp:all');
    expect(all.toast).toBe('أنت تتابع جميع المواضيع.');
    expect(stored(user.id)).toEqual([...TOPICS]);
    expect(all.edited.text).toContain('مواضيعك: جميع المواضيع (10)');
    expect((await t.fake.ask(user, '/settings')).text).toContain('المواضيع: جميع المواضيع (لتغييرها: /topics)');
  });

  it('a press that changes nothing edits nothing, and a stale keyboard is brought up to date', async () => {
    const user = { id: 6004, language_code: 'en' };
    await t.fake.ask(user, '/start');
    const first = await t.fake.ask(user, '/topics');
    const second = await t.fake.ask(user, '/topics');
    const edits = t.fake.callsTo('editMessageText').length;

    // "Select all" when all are followed: a toast, no edit (Telegram would refuse it as "not modified").
    const answer = await t.fake.press(user, first, 'tp:all');
    expect(answer.params.text).toBe('You follow every topic.');
    await t.fake.ask(user, '/settings'); // updates are handled in order: the press is done
    expect(t.fake.callsTo('editMessageText')).toHaveLength(edits);

    // "Clear all" in the first message, then in the second, which still shows every topic checked.
    await toggle(user, first, 'tp:none');
    const stale = await toggle(user, second, 'tp:none');
    expect(stored(user.id)).toEqual([]);
    expect(stale.edited.text).toContain('Your topics: none');
    expect(t.fake.calls.filter((c) => c.method.startsWith('editMessage') && !c.ok)).toEqual([]);
  });

  it('answers unknown or forged buttons with the expired toast and changes nothing', async () => {
    const user = { id: 6005, language_code: 'en' };
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/topics');
    for (const data of ['tp:mars', 'tp:', 'tp:gulf:x', 'tp:ALL']) {
      const answer = await t.fake.press(user, menu, data, { force: true });
      expect(answer.params.text).toBe('This button no longer works. Send the command again.');
    }
    expect(stored(user.id)).toEqual([...TOPICS]);
    expect(menu.edits).toHaveLength(0);
  });

  it('works before /start: the press creates the record without subscribing, /start keeps the choice', async () => {
    const user = { id: 6006, language_code: 'ru' };
    const menu = await t.fake.ask(user, '/topics');
    expect(
      labels(menu)
        .slice(0, 10)
        .every((label) => label.startsWith('✅ ')),
    ).toBe(true);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM subscribers').get()).toEqual({ n: 0 });

    const { toast } = await toggle(user, menu, 'tp:yemen');
    expect(toast).toBe('Тема убрана: Йемен');
    expect(t.db.prepare('SELECT subscribed, language FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({
      subscribed: 0,
      language: 'ru',
    });
    expect(stored(user.id)).toEqual(TOPICS.filter((topic) => topic !== 'yemen'));

    expect((await t.fake.ask(user, '/start')).text).toContain('С возвращением');
    expect(t.db.prepare('SELECT subscribed FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({ subscribed: 1 });
    expect(stored(user.id)).toEqual(TOPICS.filter((topic) => topic !== 'yemen'));
  });

  it('is in the command menus and /help in every language', async () => {
    const menus = t.fake.callsTo('setMyCommands').filter((call) => call.ok && call.params.scope === undefined);
    const described = (language: string) =>
      (menus.find((call) => call.params.language_code === language)?.params.commands as { command: string; description: string }[]).find(
        (c) => c.command === 'topics',
      )?.description;
    expect(described('en')).toBe('Choose the topics you follow');
    expect(described('ru')).toBe('Выбрать темы');
    expect(described('ar')).toBe('اختيار المواضيع التي تتابعها');
    expect((await t.fake.ask({ id: 6007, language_code: 'en' }, '/help')).text).toContain('/topics — choose the topics you follow');
    expect((await t.fake.ask({ id: 6008, language_code: 'ru' }, '/help')).text).toContain('/topics — выбрать темы кнопками');
    expect((await t.fake.ask({ id: 6009, language_code: 'ar' }, '/help')).text).toContain('/topics — اختيار المواضيع التي تتابعها');
  });
});
