import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest({ DIGEST_CRON: '30 7 * * *', TIMEZONE: 'Asia/Riyadh' });
});
afterEach(() => t.stop());

describe('/settings', () => {
  it('asks an unknown chat to /start first', async () => {
    expect((await t.fake.ask({ id: 3001, language_code: 'ru' }, '/settings')).text).toBe(
      'Вы ещё не зарегистрированы: отправьте /start, чтобы подписаться.',
    );
  });

  it('shows language, topics, subscription and schedule', async () => {
    const user = { id: 3002, language_code: 'en' };
    await t.fake.ask(user, '/start');
    const settings = await t.fake.ask(user, '/settings');
    expect(settings.text).toBe(
      [
        'Your settings',
        'Language: English',
        'Topics: all topics (/topics to change)',
        "Scheduled briefings: on, daily at 07:30, Asia/Riyadh (the bot's default hours)",
        'Watches: 0 (/watches) · muted: none',
        'Breaking stories: off · quiet hours: off',
        "Sources: this chat's language (/sources)",
      ].join('\n'),
    );
    await t.fake.ask(user, '/unsubscribe');
    expect((await t.fake.ask(user, '/settings')).text).toContain('Scheduled briefings: off — /subscribe turns them on');
  });

  it('names the followed topics in the reader’s language, as chosen with /topics', async () => {
    const user = { id: 3003, language_code: 'ar' };
    await t.fake.ask(user, '/start');
    const menu = await t.fake.ask(user, '/topics');
    for (const topic of ['none', 'iran', 'gulf']) {
      const since = menu.edits.length;
      await t.fake.press(user, menu, `tp:${topic}`);
      await t.fake.waitForEdit(user.id, menu.messageId, undefined, { since });
    }
    expect((await t.fake.ask(user, '/settings')).text).toContain('المواضيع: الخليج، إيران (لتغييرها: /topics)');
  });
});
