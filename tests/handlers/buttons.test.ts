import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest({ ADMIN_IDS: '3009' });
});
afterEach(() => t.stop());

const EXPIRED = 'This button no longer works. Send the command again.';
const reader = { id: 3001, language_code: 'en', first_name: 'Rana' };
const admin = { id: 3009, language_code: 'en', first_name: 'Admin' };

describe('inline buttons', () => {
  it('answer malformed or forged data of every kind as expired, changing nothing', async () => {
    const message = await t.fake.ask(reader, '/start');
    for (const data of [
      'topic:sport',
      'topic:Gulf',
      'tp:sport',
      'lang:de',
      'lang:en-US',
      'more:l:x:1',
      'more:t:sport:10:1',
      'more:s:1',
      'more:q:1:1',
    ]) {
      expect((await t.fake.press(reader, message, data, { force: true })).params.text, data).toBe(EXPIRED);
    }
    expect(t.db.prepare('SELECT language FROM subscribers WHERE chat_id = ?').get(reader.id)).toEqual({ language: 'en' });
    const adminMessage = await t.fake.ask(admin, '/start');
    expect((await t.fake.press(admin, adminMessage, 'bc:resend:1', { force: true })).params.text).toBe(EXPIRED);
  });

  it('keep working from an old message: the wire format does not change', async () => {
    const message = await t.fake.ask(reader, '/start');
    expect((await t.fake.press(reader, message, 'lang:ru', { force: true })).params.text).toBe('Готово: теперь я говорю по-русски.');
    expect((await t.fake.press(reader, message, 'tp:none', { force: true })).params.text).toContain('Ни одной темы');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM subscriber_topics WHERE chat_id = ?').get(reader.id)).toEqual({ n: 0 });
    expect((await t.fake.press(reader, message, 'tp:iran', { force: true })).params.text).toContain('✅');
    expect(t.db.prepare('SELECT topic FROM subscriber_topics WHERE chat_id = ?').all(reader.id)).toEqual([{ topic: 'iran' }]);
    const since = t.fake.messages(reader.id).length;
    const answer = await t.fake.press(reader, message, 'topic:gulf', { force: true });
    expect(answer.params.text).toBeUndefined();
    const shown = await t.fake.waitForMessage(reader.id, { since });
    expect(shown.text).toContain('Персидский залив');
  });

  it('refuse a broadcast button to a reader who is not an admin, however it is written', async () => {
    const message = await t.fake.ask(reader, '/start');
    for (const data of ['bc:send:1', 'bc:whatever']) {
      const answer = await t.fake.press(reader, message, data, { force: true });
      expect(answer.params).toMatchObject({ text: "Sorry, this command is for the bot's administrators only.", show_alert: true });
    }
  });
});
