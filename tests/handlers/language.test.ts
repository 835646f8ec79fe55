import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest();
});
afterEach(() => t.stop());

const user = { id: 2001, language_code: 'en', first_name: 'Ivan' };

describe('/language', () => {
  it('switches everything that follows', async () => {
    await t.fake.ask(user, '/start');
    const changed = await t.fake.ask(user, '/language ru');
    expect(changed.text).toBe('Готово: теперь я говорю по-русски.');
    expect((await t.fake.ask(user, '/help')).text).toContain('превращает дипломатические новости');
    expect((await t.fake.ask(user, '/settings')).text).toContain('Ваши настройки');
    expect((await t.fake.ask(user, '/nonsense')).text).toContain('Команда /nonsense мне незнакома');
    expect(t.db.prepare('SELECT language FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({ language: 'ru' });
  });

  it('accepts upper case and works before /start without subscribing', async () => {
    const changed = await t.fake.ask(user, '/language AR');
    expect(changed.text).toBe('تم: سأتحدث معك بالعربية من الآن.');
    expect(t.db.prepare('SELECT language, subscribed FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({
      language: 'ar',
      subscribed: 0,
    });
    // /start later keeps the chosen language and subscribes.
    expect((await t.fake.ask(user, '/start')).text).toContain('مرحبًا بعودتك');
    expect(t.db.prepare('SELECT language, subscribed FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({
      language: 'ar',
      subscribed: 1,
    });
  });

  it('lists the valid languages for a wrong argument', async () => {
    const reply = await t.fake.ask(user, '/language klingon');
    expect(reply.text).toContain('“klingon”');
    expect(reply.text).toContain('ar, ru, en');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM subscribers').get()).toEqual({ n: 0 });
  });

  it('offers buttons without an argument, each language in its own script, and a press switches', async () => {
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/language');
    const buttons = menu.replyMarkup!.inline_keyboard.flat();
    expect(buttons.map((b) => ('callback_data' in b ? b.callback_data : undefined))).toEqual(['lang:ar', 'lang:ru', 'lang:en']);
    expect(buttons.map((b) => b.text)).toEqual(['العربية', 'русский', '✓ English']);

    const answer = await t.fake.press(user, menu, 'lang:ar');
    expect(answer.params.text).toBe('تم: سأتحدث معك بالعربية من الآن.');
    const edited = await t.fake.waitForEdit(user.id, menu.messageId, (m) => m.text.startsWith('تم'));
    expect(edited.replyMarkup).toBeUndefined();
    expect((await t.fake.ask(user, '/help')).text).toContain('يحوّل');
  });

  it('answers a stale or forged button instead of ignoring it', async () => {
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/language');
    const answer = await t.fake.press(user, menu, 'lang:xx', { force: true });
    expect(answer.params.text).toBe('This button no longer works. Send the command again.');
    expect(t.db.prepare('SELECT language FROM subscribers WHERE chat_id = ?').get(user.id)).toEqual({ language: 'en' });
  });
});
