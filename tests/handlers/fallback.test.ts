import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest();
});
afterEach(() => t.stop());

describe('whatever no handler answers', () => {
  it('an unknown command gets a hint towards /help, in the reader’s language', async () => {
    expect((await t.fake.ask({ id: 5001, language_code: 'ar' }, '/latestt now')).text).toBe(
      'لا أعرف الأمر /latestt. أرسل /help لمعرفة الأوامر المتاحة.',
    );
    expect((await t.fake.ask({ id: 5001, language_code: 'ar' }, '/start@diplobrief_test_bot')).text).toContain('أهلًا');
  });

  it('plain text, and text with a command inside it, get the hint', async () => {
    const user = { id: 5002, language_code: 'en' };
    expect((await t.fake.ask(user, 'hello?')).text).toBe('I answer commands. Send /help to see them.');
    expect((await t.fake.ask(user, 'what does /help do')).text).toBe('I answer commands. Send /help to see them.');
  });

  it('a very long hostile command name is cut and escaped', async () => {
    const reply = await t.fake.ask({ id: 5003, language_code: 'en' }, `/x${'a'.repeat(200)}`);
    expect(reply.text.length).toBeLessThan(200);
  });

  it('a failing handler gets a localised apology, and the bot keeps answering', async () => {
    // Break the schema behind the bot's back: /start's registration now throws inside the handler.
    const writer = new Database(t.config.databasePath);
    writer.exec('DROP TABLE subscriber_topics');
    writer.close();
    const user = { id: 5004, language_code: 'ru' };
    expect((await t.fake.ask(user, '/start')).text).toBe('Извините, у нас что-то пошло не так. Попробуйте ещё раз чуть позже.');
    expect((await t.fake.ask(user, '/help')).text).toContain('/language');
  });

  it('obeys a 429 on a reply (retry_after) and delivers it once', async () => {
    t.fake.failNext('sendMessage', { kind: 'flood', retryAfter: 1 });
    const user = { id: 5005, language_code: 'en' };
    const reply = await t.fake.ask(user, '/help');
    expect(reply.text).toContain('diplobrief turns diplomatic news');
    const sends = t.fake.callsTo('sendMessage').filter((c) => c.params.chat_id === user.id);
    expect(sends.map((c) => c.injected ?? 'ok')).toEqual(['flood', 'ok']);
    expect(sends[1]!.time - sends[0]!.time).toBeGreaterThanOrEqual(900);
    expect(t.fake.messages(user.id)).toHaveLength(1);
  });
});
