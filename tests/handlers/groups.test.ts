import { afterEach, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/model/topics.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { GROUP_ANONYMOUS_BOT, type ChatMemberUser, type SentMessage } from '../support/fake-telegram.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';

let t: BotUnderTest;
afterEach(() => t.stop());

const owner = { id: 7001, first_name: 'Huda', language_code: 'ar' };
const admin = { id: 7002, first_name: 'Omar', language_code: 'en' };
const member = { id: 7003, first_name: 'Sam', language_code: 'en' };

/** A supergroup (or basic group) with its creator, an administrator and a plain member. */
function desk(title: string, type: 'group' | 'supergroup' = 'supergroup') {
  const members = [
    { user: owner, status: 'creator' as const },
    { user: admin, status: 'administrator' as const, rights: { can_delete_messages: true } },
    member,
  ];
  return type === 'group' ? t.fake.chats.group({ title, members }) : t.fake.chats.supergroup({ title, members });
}

/** The user writes in the group; resolves with the bot's next message there. */
function say(user: ChatMemberUser, text: string, chatId: number): Promise<SentMessage> {
  const since = t.fake.sentCount(chatId);
  t.fake.userSends(user, text, { chatId });
  return t.fake.waitForMessage(chatId, { since });
}

/** Queues an update and resolves once the bot has handled it (it polls again only after a batch). */
async function handled(queue: () => unknown): Promise<void> {
  queue();
  await t.fake.waitForPoll();
}

const row = (chatId: number) =>
  t.db
    .prepare('SELECT chat_type, title, user_id, added_by, language, subscribed, active, thread_id FROM subscribers WHERE chat_id = ?')
    .get(chatId) as Record<string, unknown> | undefined;
const topicsOf = (chatId: number) =>
  (t.db.prepare('SELECT topic FROM subscriber_topics WHERE chat_id = ? ORDER BY topic').all(chatId) as { topic: string }[]).map(
    (r) => r.topic,
  );

describe('a group subscribed by its administrators', () => {
  it('a supergroup’s creator subscribes it with /start@botname: title, who, language, every topic', async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
    const group = desk('Gulf Desk');
    const welcome = await say(owner, '/start@diplobrief_test_bot', group.id);
    expect(welcome.text).toContain('من الآن ستتلقى مجموعة «Gulf Desk» موجزات قصيرة');
    expect(welcome.text).toContain('تصل الموجزات إلى هذه المحادثة.');
    expect(row(group.id)).toEqual({
      chat_type: 'supergroup',
      title: 'Gulf Desk',
      user_id: owner.id,
      added_by: owner.id,
      language: 'ar',
      subscribed: 1,
      active: 1,
      thread_id: null,
    });
    expect(topicsOf(group.id)).toEqual([...TOPICS].sort());
    expect(t.fake.callsTo('getChatMember', group.id).map((call) => call.params.user_id)).toEqual([owner.id]);
  });

  it('refuses a member’s settings commands and presses, changing nothing, while their reading commands work', async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
    seedArticles(t.config.databasePath, [
      {
        feed: 'KUNA',
        language: 'ar',
        title: 'وزير الخارجية الكويتي يبحث مع نظيره السعودي أمن الخليج',
        text: 'بحث وزير الخارجية الكويتي مع نظيره السعودي في الرياض أمن منطقة الخليج والتعاون بين دول مجلس التعاون.',
        publishedAt: Date.now() - 3_600_000,
      },
    ]);
    const group = desk('Gulf Desk');
    await say(owner, '/start', group.id);
    const menu = await say(owner, '/topics', group.id);
    const before = { row: row(group.id), topics: topicsOf(group.id) };

    const refusal = 'لا يغيّر إعدادات هذه المجموعة إلا مشرفوها. ويمكن للجميع القراءة: /latest و/topic و/search و/briefing.';
    for (const command of ['/language ru', '/start', '/unsubscribe', '/topics', '/here']) {
      expect((await say(member, command, group.id)).text).toBe(refusal);
    }
    const press = await t.fake.press(member, menu, 'tp:iran');
    expect(press.params).toMatchObject({ text: refusal, show_alert: true });
    expect({ row: row(group.id), topics: topicsOf(group.id) }).toEqual(before);

    expect((await say(member, '/latest', group.id)).text).toContain('وزير الخارجية الكويتي يبحث مع نظيره السعودي أمن الخليج');
    expect((await say(member, '/help', group.id)).text).toContain('/latest');
  });

  it('lets any administrator change the settings, not only the one who subscribed the group', async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
    const group = desk('Gulf Desk');
    await say(owner, '/start', group.id);
    expect((await say(admin, '/language ru', group.id)).text).toBe('Готово: теперь я говорю по-русски.');
    expect(row(group.id)).toMatchObject({ language: 'ru', user_id: owner.id });
  });

  it('speaks of the group when an administrator unsubscribes and subscribes it', async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
    const group = desk('Desk');
    expect((await say(admin, '/stop', group.id)).text).toBe('The group was not subscribed. /start subscribes it.');
    await say(admin, '/start', group.id);
    expect((await say(admin, '/unsubscribe', group.id)).text).toBe(
      'The group will not receive scheduled briefings any more. /subscribe brings them back.',
    );
    expect(row(group.id)).toMatchObject({ subscribed: 0, active: 1 });
    expect((await say(admin, '/subscribe', group.id)).text).toBe(
      'The group is subscribed to the scheduled briefings (10 topics). /unsubscribe stops them.',
    );
    expect(row(group.id)).toMatchObject({ subscribed: 1, active: 1 });
  });

  it('counts an administrator writing anonymously, as the group, as an administrator', async () => {
    t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'ru' });
    const group = desk('Desk');
    const chat = { id: group.id, type: 'supergroup' as const, title: group.title! };
    const since = t.fake.sentCount(group.id);
    t.fake.queueUpdate({
      message: {
        message_id: t.fake.state.nextMessageId(group.id),
        from: GROUP_ANONYMOUS_BOT,
        sender_chat: chat,
        chat,
        date: Math.floor(Date.now() / 1000),
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    });
    expect((await t.fake.waitForMessage(group.id, { since })).text).toContain('Теперь группа «Desk» будет получать');
    // Nobody we can name subscribed it; its language is DEFAULT_LANGUAGE; Telegram was not asked.
    expect(row(group.id)).toMatchObject({ user_id: null, added_by: null, language: 'ru', subscribed: 1 });
    expect(t.fake.callsTo('getChatMember')).toEqual([]);
  });

  it('asks Telegram once for a burst of presses, and again once the minute has passed', async () => {
    let clock = Date.now();
    t = await startBotUnderTest({}, { now: () => clock });
    const group = desk('Desk');
    const lookups = () => t.fake.callsTo('getChatMember', group.id).filter((call) => call.params.user_id === owner.id).length;
    await say(owner, '/start', group.id);
    const menu = await say(owner, '/topics', group.id);
    for (const topic of ['iran', 'syria', 'libya']) {
      const since = menu.edits.length;
      await t.fake.press(owner, menu, `tp:${topic}`);
      await t.fake.waitForEdit(group.id, menu.messageId, undefined, { since });
    }
    expect(lookups()).toBe(1);
    clock += 61_000;
    const since = menu.edits.length;
    await t.fake.press(owner, menu, 'tp:yemen');
    await t.fake.waitForEdit(group.id, menu.messageId, undefined, { since });
    expect(lookups()).toBe(2);
    expect(topicsOf(group.id)).not.toContain('yemen');
  });
});

describe('the bot removed from a group and added back', () => {
  it('stops a group at once when the bot is removed: its briefing is not queued, nothing more is sent there', async () => {
    t = await startBotUnderTest({}, { pollAtStart: false });
    seedArticles(t.config.databasePath, [
      {
        feed: 'WAM',
        language: 'en',
        title: 'OPEC+ extends oil output cuts to the end of the year',
        text: 'OPEC+ agreed to extend its oil production cuts to the end of the year to support oil prices, ministers said.',
        publishedAt: Date.now() - 3_600_000,
      },
    ]);
    const removed = desk('Removed');
    const kept = desk('Kept');
    await say(admin, '/start', removed.id);
    await say(admin, '/start', kept.id);
    await handled(() => t.fake.chats.removeBot(removed.id, owner));
    expect(row(removed.id)).toMatchObject({ subscribed: 1, active: 0 });
    const sendsBefore = t.fake.callsTo('sendMessage', removed.id).length;

    const since = t.fake.sentCount(kept.id);
    await t.bot.runDigest();
    expect((await t.fake.waitForMessage(kept.id, { since })).text).toContain('OPEC+ extends oil output cuts');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ?').get(removed.id)).toEqual({ n: 0 });
    expect(t.fake.callsTo('sendMessage', removed.id)).toHaveLength(sendsBefore);
  });

  it('brings a known group back with its settings; a group that had unsubscribed stays unsubscribed', async () => {
    t = await startBotUnderTest();
    const group = desk('Back');
    await say(owner, '/start', group.id);
    await say(owner, '/language ru', group.id);
    const menu = await say(owner, '/topics', group.id);
    await t.fake.press(owner, menu, 'tp:iran');
    await t.fake.waitForEdit(group.id, menu.messageId);
    const settings = { language: 'ru', topics: TOPICS.filter((topic) => topic !== 'iran').sort() };

    await handled(() => t.fake.chats.removeBot(group.id, owner));
    expect(row(group.id)).toMatchObject({ active: 0 });
    const since = t.fake.sentCount(group.id);
    t.fake.chats.addBot(group.id, owner);
    const back = await t.fake.waitForMessage(group.id, { since });
    expect(back.text).toBe('Я снова в группе «Back»: сводки возобновляются — с прежними языком, темами и расписанием.');
    expect(row(group.id)).toMatchObject({ active: 1, subscribed: 1, language: settings.language });
    expect(topicsOf(group.id)).toEqual(settings.topics);

    const quiet = desk('Quiet');
    await say(owner, '/start', quiet.id);
    await say(owner, '/unsubscribe', quiet.id);
    await handled(() => t.fake.chats.removeBot(quiet.id, owner));
    const sent = t.fake.sentCount(quiet.id);
    await handled(() => t.fake.chats.addBot(quiet.id, owner));
    expect(row(quiet.id)).toMatchObject({ active: 1, subscribed: 0 });
    expect(t.fake.sentCount(quiet.id)).toBe(sent);
  });

  it('tells a new group how an administrator subscribes it, and subscribes nothing by itself', async () => {
    t = await startBotUnderTest();
    const group = t.fake.chats.supergroup({ title: 'New Desk', bot: 'left', members: [{ user: admin, status: 'creator' }] });
    t.fake.chats.addBot(group.id, admin);
    const hello = await t.fake.waitForMessage(group.id);
    expect(hello.text).toContain('Hello, New Desk!');
    expect(hello.text).toContain('subscribes it with /start');
    expect(row(group.id)).toBeUndefined();
  });
});

describe('a group upgraded to a supergroup', () => {
  it('moves the record and its settings to the new id, leaving nothing under the old one', async () => {
    t = await startBotUnderTest();
    const group = desk('Basic', 'group');
    await say(owner, '/start', group.id);
    await say(owner, '/language en', group.id);
    const menu = await say(owner, '/topics', group.id);
    await t.fake.press(owner, menu, 'tp:none');
    await t.fake.waitForEdit(group.id, menu.messageId);
    await t.fake.press(owner, menu, 'tp:gulf');
    await t.fake.waitForEdit(group.id, menu.messageId, (m) => m.text.includes('1 of 10'));

    const supergroup = t.fake.chats.upgradeToSupergroup(group.id, { by: owner });
    await waitUntil(() => row(supergroup.id), 'the record under the supergroup’s id');
    await t.fake.waitForPoll();
    expect(row(group.id)).toBeUndefined();
    expect(row(supergroup.id)).toEqual({
      chat_type: 'supergroup',
      title: 'Basic',
      user_id: owner.id,
      added_by: owner.id,
      language: 'en',
      subscribed: 1,
      active: 1,
      thread_id: null,
    });
    expect(topicsOf(supergroup.id)).toEqual(['gulf']);
    expect(topicsOf(group.id)).toEqual([]);
    // The supergroup is the same group to its administrators and readers.
    expect((await say(owner, '/language ar', supergroup.id)).text).toBe('تم: سأتحدث معك بالعربية من الآن.');
    expect((await say(member, '/language ru', supergroup.id)).text).toContain('لا يغيّر إعدادات هذه المجموعة إلا مشرفوها');
  });
});
