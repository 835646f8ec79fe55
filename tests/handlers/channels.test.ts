import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelButtons, type ChannelPress } from '../../src/bot/buttons.ts';
import { TOPICS } from '../../src/model/topics.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { ChatMemberUser, RecordedCall, SentMessage } from '../support/fake-telegram.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
});
afterEach(() => t.stop());

const owner = { id: 9001, first_name: 'Maha', language_code: 'en' };
const coAdmin = { id: 9002, first_name: 'Igor', language_code: 'ru' };
const reader = { id: 9003, first_name: 'Sam', language_code: 'en' };

/** A channel the bot is not in yet, with its creator, a second administrator and a subscriber. */
function channel(title = 'Gulf Briefs') {
  return t.fake.chats.channel({
    title,
    bot: 'left',
    members: [{ user: owner, status: 'creator' }, { user: coAdmin, status: 'administrator', rights: { can_post_messages: true } }, reader],
  });
}

const row = (chatId: number) =>
  t.db
    .prepare('SELECT chat_type, title, user_id, added_by, language, subscribed, active FROM subscribers WHERE chat_id = ?')
    .get(chatId) as Record<string, unknown> | undefined;
const topicsOf = (chatId: number) =>
  (t.db.prepare('SELECT topic FROM subscriber_topics WHERE chat_id = ? ORDER BY topic').all(chatId) as { topic: string }[]).map(
    (r) => r.topic,
  );

const data = (press: ChannelPress) => channelButtons.encode(press);
const buttons = (m: SentMessage) => m.replyMarkup?.inline_keyboard.flat() ?? [];
const labels = (m: SentMessage) => buttons(m).map((b) => b.text);

/** The bot is made an administrator who may post, by `by`; resolves once the bot has handled it. */
async function connect(channelId: number, by: ChatMemberUser): Promise<void> {
  t.fake.chats.addBot(channelId, by);
  await t.fake.waitForPoll();
}

/** Presses a button on a message in the user's chat: the answer, and the message after its next edit. */
async function press(
  user: ChatMemberUser,
  message: SentMessage,
  pressed: ChannelPress,
): Promise<{ answer: RecordedCall; shown: SentMessage }> {
  const since = message.edits.length;
  const answer = await t.fake.press(user, message, data(pressed));
  const shown = await t.fake.waitForEdit(user.id, message.messageId, undefined, { since });
  return { answer, shown };
}

describe('a channel connected by making the bot an administrator', () => {
  it('subscribes the channel in the language its owner chose, and tells the owner in private', async () => {
    await t.fake.ask(owner, '/start');
    await t.fake.ask(owner, '/language ru');
    const briefs = channel();
    const since = t.fake.sentCount(owner.id);
    t.fake.chats.addBot(briefs.id, owner);
    const notice = await t.fake.waitForMessage(owner.id, { since });
    expect(notice.text).toBe(
      '📢 Канал Gulf Briefs подключён и будет получать сводки. Язык: русский; темы: все 10 тем. Изменить язык и темы или приостановить сводки можно в /channels.',
    );
    expect(row(briefs.id)).toEqual({
      chat_type: 'channel',
      title: 'Gulf Briefs',
      user_id: owner.id,
      added_by: owner.id,
      language: 'ru',
      subscribed: 1,
      active: 1,
    });
    expect(topicsOf(briefs.id)).toEqual([...TOPICS].sort());
    // Channels get no replies.
    expect(t.fake.sentCount(briefs.id)).toBe(0);
  });

  it('connects the channel of someone who never started the bot, in their client’s language, and carries on', async () => {
    const stranger = { id: 9010, first_name: 'Nadia', language_code: 'ar' };
    const briefs = t.fake.chats.channel({ title: 'Akhbar', bot: 'left', members: [{ user: stranger, status: 'creator' }] });
    await connect(briefs.id, stranger);
    expect(row(briefs.id)).toMatchObject({ language: 'ar', subscribed: 1, active: 1, user_id: stranger.id });
    // Telegram refused the notice (the user never wrote to the bot); the bot went on with the next update.
    const notices = t.fake.callsTo('sendMessage', stranger.id);
    expect(notices.map((call) => [call.ok, call.errorCode])).toEqual([[false, 400]]);
    const list = await t.fake.ask(stranger, '/channels');
    expect(labels(list)).toEqual(['📢 Akhbar']);
  });

  it('stops the channel when the bot may no longer post, and brings it back as it was when it may again', async () => {
    const briefs = channel();
    await t.fake.ask(owner, '/start');
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    const { shown: panel } = await press(owner, list, { action: 'open', channelId: briefs.id });
    await press(owner, panel, { action: 'pause', channelId: briefs.id });

    t.fake.chats.setBotStatus(briefs.id, { status: 'administrator', rights: { can_edit_messages: true } }, { by: owner });
    await t.fake.waitForPoll();
    expect(row(briefs.id)).toMatchObject({ active: 0, subscribed: 0 });

    const since = t.fake.sentCount(owner.id);
    t.fake.chats.setBotStatus(briefs.id, { status: 'administrator', rights: { can_post_messages: true } }, { by: owner });
    const notice = await t.fake.waitForMessage(owner.id, { since });
    expect(notice.text).toBe(
      '📢 I may post in Gulf Briefs again. Its settings are as they were, and its briefings stay paused until you resume them in /channels.',
    );
    expect(row(briefs.id)).toMatchObject({ active: 1, subscribed: 0, language: 'en' });
  });

  it('stops the channel when the bot is removed from it', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    t.fake.chats.removeBot(briefs.id, owner);
    await t.fake.waitForPoll();
    expect(row(briefs.id)).toMatchObject({ active: 0, subscribed: 1 });
  });
});

describe('/channels', () => {
  it('lists a channel for its administrators only', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const forOwner = await t.fake.ask(owner, '/channels');
    expect(forOwner.text).toBe('Your channels (1) — choose one to change its briefings:');
    expect(buttons(forOwner)).toEqual([{ text: '📢 Gulf Briefs', callback_data: data({ action: 'open', channelId: briefs.id }) }]);
    expect(labels(await t.fake.ask(coAdmin, '/channels'))).toEqual(['📢 Gulf Briefs']);
    const forReader = await t.fake.ask(reader, '/channels');
    expect(forReader.text).toContain('You administer no channel I post in.');
    expect(buttons(forReader)).toEqual([]);
  });

  it('explains itself in a group', async () => {
    const group = t.fake.chats.group({ members: [{ user: owner, status: 'creator' }] });
    const since = t.fake.sentCount(group.id);
    t.fake.userSends(owner, '/channels', { chatId: group.id });
    expect((await t.fake.waitForMessage(group.id, { since })).text).toBe(
      '/channels works in your own chat with me: send it there to manage the channels you administer.',
    );
  });

  it('shows a channel’s panel, and pauses and resumes its briefings', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    const { shown: panel } = await press(owner, list, { action: 'open', channelId: briefs.id });
    expect(panel.text).toBe(
      [
        '📢 Gulf Briefs',
        'Language: English · sources: its own',
        'Topics: all 10',
        "Schedule: daily at 08:00, UTC (the bot's default hours)",
        'Briefings: on',
      ].join('\n'),
    );
    expect(labels(panel)).toEqual([
      'العربية',
      'русский',
      '✓ English',
      '🌐 Also the stories of the other two languages',
      'Topics: 10 of 10 ›',
      '🕗 Hours ›',
      '🔔 Watches and alerts ›',
      '⏸ Pause',
      '‹ All channels',
    ]);

    const paused = await press(owner, panel, { action: 'pause', channelId: briefs.id });
    expect(paused.answer.params.text).toBe('Paused: the channel gets no briefings until you resume them.');
    expect(row(briefs.id)).toMatchObject({ subscribed: 0, active: 1 });
    expect(paused.shown.text).toContain('Briefings: paused — “Resume” turns them back on');
    expect(labels(paused.shown)).toContain('▶️ Resume');

    const resumed = await press(owner, paused.shown, { action: 'resume', channelId: briefs.id });
    expect(resumed.answer.params.text).toBe('Resumed: the channel gets the briefings again.');
    expect(row(briefs.id)).toMatchObject({ subscribed: 1, active: 1 });
    const back = await press(owner, resumed.shown, { action: 'list' });
    expect(labels(back.shown)).toEqual(['📢 Gulf Briefs']);
  });

  it('turns a channel’s sources to all three languages from its panel, and back', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    const { shown: panel } = await press(owner, list, { action: 'open', channelId: briefs.id });
    const all = await press(owner, panel, { action: 'sources', channelId: briefs.id, on: true });
    expect(all.answer.params.text).toBe('Sources: all three languages');
    expect(t.db.prepare('SELECT sources FROM subscribers WHERE chat_id = ?').pluck().get(briefs.id)).toBe('all');
    expect(all.shown.text).toContain('Language: English · sources: all three languages');
    expect(labels(all.shown)).toContain("🌐 Only stories in the channel's language");
    await press(owner, all.shown, { action: 'sources', channelId: briefs.id, on: false });
    expect(t.db.prepare('SELECT sources FROM subscribers WHERE chat_id = ?').pluck().get(briefs.id)).toBe('mine');
  });

  it('sets a channel’s hours from its panel, and gives it back the default hours', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    const { shown: panel } = await press(owner, list, { action: 'open', channelId: briefs.id });
    const { shown: hours } = await press(owner, panel, { action: 'hours', channelId: briefs.id });
    expect(labels(hours)).toEqual(['06:00', '07:00', '08:00', '09:00', '12:00', '18:00', '20:00', '22:00', 'Default hours', '‹ Back']);
    const seven = await press(owner, hours, { action: 'hour', channelId: briefs.id, choice: { minute: 7 * 60 } });
    expect(seven.answer.params.text).toBe("The channel's briefings: daily at 07:00, UTC.");
    expect(t.db.prepare('SELECT schedule_times AS times, schedule_zone AS zone FROM subscribers WHERE chat_id = ?').get(briefs.id)).toEqual(
      {
        times: '[420]',
        zone: 'UTC',
      },
    );
    await press(owner, seven.shown, { action: 'hour', channelId: briefs.id, choice: 'default' });
    expect(t.db.prepare('SELECT schedule_times AS times FROM subscribers WHERE chat_id = ?').get(briefs.id)).toEqual({ times: null });
    // Someone who does not administer the channel cannot change its hours, even with a forged button.
    const forged = await t.fake.press(reader, list, data({ action: 'hour', channelId: briefs.id, choice: { minute: 60 } }), {
      force: true,
    });
    expect(forged.params).toMatchObject({ show_alert: true });
    expect(t.db.prepare('SELECT schedule_times AS times FROM subscribers WHERE chat_id = ?').get(briefs.id)).toEqual({ times: null });
  });

  it('changes a channel’s language and topics from its panel', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(coAdmin, '/channels');
    const { shown: panel } = await press(coAdmin, list, { action: 'open', channelId: briefs.id });
    const arabic = await press(coAdmin, panel, { action: 'language', channelId: briefs.id, language: 'ar' });
    expect(arabic.answer.params.text).toBe('Язык сводок канала: арабский.');
    expect(row(briefs.id)).toMatchObject({ language: 'ar' });
    expect(labels(arabic.shown).slice(0, 3)).toEqual(['✓ العربية', 'русский', 'English']);

    const { shown: toggles } = await press(coAdmin, arabic.shown, { action: 'topics', channelId: briefs.id });
    expect(toggles.text).toContain('📢 Gulf Briefs — темы: все 10');
    const off = await press(coAdmin, toggles, { action: 'topic', channelId: briefs.id, choice: 'iran' });
    expect(off.answer.params.text).toBe('Тема убрана: Иран');
    expect(topicsOf(briefs.id)).toEqual(TOPICS.filter((topic) => topic !== 'iran').sort());
    const none = await press(coAdmin, off.shown, { action: 'topic', channelId: briefs.id, choice: 'none' });
    expect(none.answer.params.text).toBe('Канал не следит ни за одной темой: сводок не будет, пока вы не выберете темы.');
    expect(topicsOf(briefs.id)).toEqual([]);
    const { shown: again } = await press(coAdmin, none.shown, { action: 'open', channelId: briefs.id });
    expect(again.text).toContain('Темы: ни одной — сводки в канал не приходят');
  });

  it('refuses a forged press from someone who does not administer the channel, changing nothing', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const before = row(briefs.id);
    const own = await t.fake.ask(reader, '/channels');
    for (const forged of [
      { action: 'pause', channelId: briefs.id },
      { action: 'language', channelId: briefs.id, language: 'ar' },
      { action: 'topic', channelId: briefs.id, choice: 'none' },
      { action: 'open', channelId: briefs.id },
    ] satisfies ChannelPress[]) {
      const answer = await t.fake.press(reader, own, data(forged), { force: true });
      expect(answer.params).toMatchObject({ text: "Only the channel's administrators can change its settings.", show_alert: true });
    }
    expect(row(briefs.id)).toEqual(before);
    expect(topicsOf(briefs.id)).toHaveLength(TOPICS.length);
    expect(t.fake.message(reader.id, own.messageId)?.edits).toEqual([]);
  });

  it('asks Telegram once for a burst of presses by the same administrator', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    let shown = (await press(owner, list, { action: 'open', channelId: briefs.id })).shown;
    shown = (await press(owner, shown, { action: 'pause', channelId: briefs.id })).shown;
    shown = (await press(owner, shown, { action: 'resume', channelId: briefs.id })).shown;
    await press(owner, shown, { action: 'topics', channelId: briefs.id });
    const lookups = t.fake.callsTo('getChatMember', briefs.id).filter((call) => call.params.user_id === owner.id);
    expect(lookups).toHaveLength(1);
  });

  it('shows a channel the bot can no longer post in to the one who connected it, as unreachable and unchangeable', async () => {
    const briefs = channel();
    await connect(briefs.id, owner);
    const list = await t.fake.ask(owner, '/channels');
    t.fake.chats.setBotStatus(briefs.id, { status: 'administrator', rights: { can_edit_messages: true } }, { by: owner });
    await t.fake.waitForPoll();

    const again = await t.fake.ask(owner, '/channels');
    expect(labels(again)).toEqual(['⚠️ Gulf Briefs']);
    expect(buttons(await t.fake.ask(coAdmin, '/channels'))).toEqual([]);
    const { shown: panel } = await press(owner, again, { action: 'open', channelId: briefs.id });
    expect(panel.text).toContain('Briefings: not delivered: I may no longer post in this channel.');
    expect(labels(panel)).toEqual(['‹ All channels']);
    const refused = await t.fake.press(owner, list, data({ action: 'pause', channelId: briefs.id }), { force: true });
    expect(refused.params).toMatchObject({ show_alert: true });
    expect(refused.params.text).toContain('I may not post in this channel now');
    expect(row(briefs.id)).toMatchObject({ subscribed: 1, active: 0 });
  });
});
