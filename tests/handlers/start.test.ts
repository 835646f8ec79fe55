import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/model/topics.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
afterEach(() => t?.stop());

describe('/start', () => {
  beforeEach(async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'ru' });
  });

  it.each([
    ['ar', 'أهلًا بك في', 'العربية'],
    ['ru', 'Добро пожаловать', 'русский'],
    ['en', 'Welcome to', 'English'],
    ['de', 'Добро пожаловать', 'русский'], // not one of ours: DEFAULT_LANGUAGE
    [undefined, 'Добро пожаловать', 'русский'],
  ])('answers a %s client in its language and registers it', async (languageCode, greeting, languageName) => {
    const user = { id: 1001, first_name: 'Nour', ...(languageCode ? { language_code: languageCode } : {}) };
    const reply = await t.fake.ask(user, '/start');
    expect(reply.text).toContain(greeting);
    expect(reply.text).toContain(languageName);
    expect(reply.text).toContain('Nour');
    expect(reply.parseMode).toBe('HTML');
    const row = t.db.prepare('SELECT language, subscribed, active FROM subscribers WHERE chat_id = ?').get(1001);
    expect(row).toEqual({ language: languageCode && languageCode !== 'de' ? languageCode : 'ru', subscribed: 1, active: 1 });
    const topics = t.db.prepare('SELECT topic FROM subscriber_topics WHERE chat_id = ? ORDER BY topic').all(1001);
    expect(topics.map((r) => (r as { topic: string }).topic)).toEqual([...TOPICS].sort());
  });

  it('a second /start duplicates nothing and says welcome back', async () => {
    const user = { id: 1002, language_code: 'en', first_name: 'Sam' };
    await t.fake.ask(user, '/start');
    const again = await t.fake.ask(user, '/start');
    expect(again.text).toContain('Welcome back');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM subscribers').get()).toEqual({ n: 1 });
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM subscriber_topics').get()).toEqual({ n: TOPICS.length });
  });

  it('escapes a hostile first name instead of breaking the HTML', async () => {
    const reply = await t.fake.ask({ id: 1003, language_code: 'en', first_name: '<b>Eve & "co"' }, '/start');
    expect(reply.text).toContain('<b>Eve & "co"');
  });

  it('registers the command menu in every language and a default one', async () => {
    const menus = t.fake.callsTo('setMyCommands').filter((call) => call.ok && call.params.scope === undefined);
    const byLanguage = new Map(
      menus.map((call) => [call.params.language_code ?? 'default', call.params.commands as { command: string; description: string }[]]),
    );
    expect([...byLanguage.keys()].sort()).toEqual(['ar', 'default', 'en', 'ru']);
    expect(byLanguage.get('ar')?.find((c) => c.command === 'language')?.description).toBe('تغيير اللغة');
    expect(byLanguage.get('ru')?.find((c) => c.command === 'language')?.description).toBe('Сменить язык');
    expect(byLanguage.get('default')).toEqual(byLanguage.get('ru'));
    expect(byLanguage.get('en')?.map((c) => c.command)).toEqual([
      'start',
      'help',
      'latest',
      'topic',
      'topics',
      'briefing',
      'search',
      'language',
      'settings',
      'schedule',
      'watch',
      'watches',
      'mute',
      'breaking',
      'quiet',
      'sources',
      'subscribe',
      'unsubscribe',
    ]);
  });

  it('shows /channels in private chats’ menus and /here in groups’, in every language', async () => {
    const menu = (type: string, language: string | undefined) =>
      (
        t.fake
          .callsTo('setMyCommands')
          .find(
            (call) =>
              call.ok && (call.params.scope as { type?: string } | undefined)?.type === type && call.params.language_code === language,
          )?.params.commands as { command: string; description: string }[]
      ).map((c) => c.command);
    for (const language of ['ar', 'ru', 'en', undefined]) {
      expect(menu('all_private_chats', language)).toContain('channels');
      expect(menu('all_private_chats', language)).not.toContain('here');
      expect(menu('all_group_chats', language)).toContain('here');
      expect(menu('all_group_chats', language)).not.toContain('channels');
      expect(menu('all_group_chats', language)).toContain('latest');
    }
  });
});

describe('/start in a group', () => {
  beforeEach(async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
  });

  it('speaks of the group, in the administrator’s language', async () => {
    const owner = { id: 1101, first_name: 'Rania', language_code: 'ru' };
    const group = t.fake.chats.group({ title: 'Отдел Залива', members: [{ user: owner, status: 'creator' }] });
    const since = t.fake.sentCount(group.id);
    t.fake.userSends(owner, '/start', { chatId: group.id });
    const welcome = await t.fake.waitForMessage(group.id, { since });
    expect(welcome.text).toContain('Теперь группа «Отдел Залива» будет получать');
    expect(welcome.text).toContain('Сводки будут приходить в этот чат.');
    expect(welcome.text).toContain('Темы: все 10 тем');
    expect(welcome.text).not.toContain('Rania');
    t.fake.userSends(owner, '/start', { chatId: group.id });
    const back = await t.fake.waitForMessage(group.id, { since: since + 1 });
    expect(back.text).toBe('Группа «Отдел Залива» снова получает сводки — язык: русский, темы прежние.\nОстальное — в /settings.');
  });
});
