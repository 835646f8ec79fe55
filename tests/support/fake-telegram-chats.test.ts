// The fake's groups, supergroups and channels: what the bot receives from them, and what
// getChatMember / getChatAdministrators answer, over HTTP as grammY calls them.
import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeTelegram } from './fake-telegram.ts';

const ann = { id: 1001, first_name: 'Ann', username: 'ann', language_code: 'en' };
const bob = { id: 1002, first_name: 'Bob' };
const helper = { id: 2001, first_name: 'Helper', username: 'helper_bot', is_bot: true };

let fake: FakeTelegram;
let api: Api;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  api = new Api(fake.token, { apiRoot: fake.apiRoot });
});

afterEach(() => fake.close());

/** The error code and description of a refused call. */
async function refusal(promise: Promise<unknown>): Promise<[number, string]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return [(error as GrammyError).error_code, (error as GrammyError).description];
}

const botId = () => fake.botInfo.id;

describe('chats of every kind', () => {
  it('creates groups, supergroups, forums and channels with Telegram-like ids and chat objects', async () => {
    const group = fake.chats.group({ title: 'Desk' });
    const supergroup = fake.chats.supergroup({ username: 'gulf_desk' });
    const forum = fake.chats.supergroup({ forum: true });
    const channel = fake.chats.channel({ title: 'Briefs', username: 'briefs' });
    expect(group).toMatchObject({ type: 'group', title: 'Desk' });
    expect(group.id).toBeLessThan(0);
    expect(group.id).toBeGreaterThan(-1_000_000_000_000);
    for (const chat of [supergroup, forum, channel]) expect(String(chat.id)).toMatch(/^-100\d{10}$/);
    expect(await api.getChat(forum.id)).toMatchObject({ id: forum.id, type: 'supergroup', is_forum: true });
    expect(await api.getChat(supergroup.id)).not.toHaveProperty('is_forum');
    expect(await api.getChat('@briefs')).toMatchObject({ id: channel.id, type: 'channel', title: 'Briefs' });
    expect(() => fake.chats.group({ id: group.id })).toThrow(/exists already/);
  });

  it('delivers a command from a user in a group, and remembers the user as a member', () => {
    const group = fake.chats.group();
    const update = fake.userSends(ann, '/start@diplobrief_test_bot', { chatId: group.id });
    expect(update.message).toMatchObject({
      from: { id: ann.id, first_name: 'Ann' },
      chat: { id: group.id, type: 'group', title: group.title },
      entities: [{ type: 'bot_command', offset: 0, length: 26 }],
    });
    expect(update.message).not.toHaveProperty('message_thread_id');
    expect(fake.chats.member(group.id, ann.id)).toMatchObject({ status: 'member', user: { id: ann.id } });
  });

  it('marks messages in a forum topic; the General topic has no thread id', () => {
    const forum = fake.chats.supergroup({ forum: true, members: [{ user: ann, status: 'creator' }] });
    const topic = fake.chats.createTopic(forum.id, 'Gulf', { by: ann });
    const created = fake.state.updates.at(-1)?.message;
    expect(created).toMatchObject({
      message_id: topic.threadId,
      message_thread_id: topic.threadId,
      is_topic_message: true,
      forum_topic_created: { name: 'Gulf', icon_color: 7322096 },
      from: { id: ann.id },
    });
    const inTopic = fake.userSends(ann, '/latest', { chatId: forum.id, threadId: topic.threadId }).message;
    expect(inTopic).toMatchObject({
      message_thread_id: topic.threadId,
      is_topic_message: true,
      reply_to_message: { message_id: topic.threadId, forum_topic_created: { name: 'Gulf' } },
    });
    const general = fake.userSends(ann, '/latest', { chatId: forum.id }).message;
    expect(general).not.toHaveProperty('message_thread_id');
    expect(general).not.toHaveProperty('is_topic_message');
    expect(() => fake.userSends(ann, 'x', { chatId: forum.id, threadId: 999 })).toThrow(/no topic 999/);
  });

  it('delivers channel posts with sender_chat and no from', () => {
    const channel = fake.chats.channel({ title: 'Briefs' });
    const post = fake.chats.channelPost(channel.id, '/digest').channel_post;
    expect(post).toMatchObject({ sender_chat: { id: channel.id, type: 'channel' }, chat: { id: channel.id }, text: '/digest' });
    expect(post).not.toHaveProperty('from');
    expect(() => fake.userSends(ann, 'hi', { chatId: channel.id })).toThrow(/channelPost/);
  });

  it('refuses to deliver what the bot would not see', () => {
    const left = fake.chats.group({ bot: 'left' });
    expect(() => fake.userSends(ann, '/start', { chatId: left.id })).toThrow(/bot is not in chat/);
    const group = fake.chats.group({ members: [{ user: bob, status: 'kicked' }] });
    expect(() => fake.userSends(bob, 'hi', { chatId: group.id })).toThrow(/may not write/);
    expect(fake.pendingUpdates()).toBe(0);
  });
});

describe('my_chat_member updates', () => {
  it('adding the bot to a group: my_chat_member from the adder, then new_chat_members', () => {
    const group = fake.chats.group({ bot: 'left', members: [{ user: ann, status: 'creator' }] });
    const update = fake.chats.addBot(group.id, ann);
    expect(update.my_chat_member).toMatchObject({
      chat: { id: group.id, type: 'group' },
      from: { id: ann.id, is_bot: false },
      old_chat_member: { status: 'left', user: { id: botId(), is_bot: true } },
      new_chat_member: { status: 'member', user: { id: botId() } },
    });
    expect(fake.state.updates.at(-1)?.message).toMatchObject({
      chat: { id: group.id },
      from: { id: ann.id },
      new_chat_members: [{ id: botId() }],
      new_chat_member: { id: botId() },
      new_chat_participant: { id: botId() },
    });
  });

  it('promoting the bot in a channel carries its rights; no service message in channels', () => {
    const channel = fake.chats.channel({ bot: 'left', members: [{ user: ann, status: 'creator' }] });
    fake.chats.addBot(channel.id, ann, { status: 'administrator', rights: { can_post_messages: false } });
    const update = fake.chats.setBotStatus(channel.id, { status: 'administrator', rights: { can_post_messages: true } }, { by: ann });
    expect(update.my_chat_member?.old_chat_member).toMatchObject({ status: 'administrator', can_post_messages: false });
    expect(update.my_chat_member?.new_chat_member).toMatchObject({
      status: 'administrator',
      can_post_messages: true,
      can_edit_messages: false,
      can_be_edited: false,
    });
    expect(update.my_chat_member?.new_chat_member).not.toHaveProperty('can_pin_messages');
    expect(fake.pendingUpdates()).toBe(2);
  });

  it('removing the bot: kicked, with left_chat_member in a supergroup', () => {
    const supergroup = fake.chats.supergroup({ members: [{ user: ann, status: 'administrator', rights: {} }] });
    const update = fake.chats.removeBot(supergroup.id, ann);
    expect(update.my_chat_member?.new_chat_member).toEqual({ status: 'kicked', until_date: 0, user: fake.state.botUser() });
    expect(fake.state.updates.at(-1)?.message).toMatchObject({ left_chat_member: { id: botId() } });
  });

  it('in a private chat, kicked is the user blocking the bot', async () => {
    fake.registerChat(ann.id);
    const update = fake.chats.setBotStatus(ann.id, 'kicked', { by: ann });
    expect(update.my_chat_member).toMatchObject({
      chat: { id: ann.id, type: 'private' },
      from: { id: ann.id },
      old_chat_member: { status: 'member' },
      new_chat_member: { status: 'kicked', until_date: 0 },
    });
    expect(await refusal(api.sendMessage(ann.id, 'x'))).toEqual([403, 'Forbidden: bot was blocked by the user']);
    fake.chats.setBotStatus(ann.id, 'member', { by: ann });
    await expect(api.sendMessage(ann.id, 'x')).resolves.toBeTruthy();
  });

  it('leaveChat: the bot leaves and hears of it, from itself', async () => {
    const group = fake.chats.group();
    await expect(api.leaveChat(group.id)).resolves.toBe(true);
    expect(fake.state.updates.at(-1)?.my_chat_member).toMatchObject({
      from: { id: botId() },
      old_chat_member: { status: 'member' },
      new_chat_member: { status: 'left' },
    });
    fake.registerChat(ann.id);
    expect(await refusal(api.leaveChat(ann.id))).toEqual([400, "Bad Request: can't leave private chats"]);
  });
});

describe('getChatMember', () => {
  it('answers each status with its fields, as the Bot API does', async () => {
    const supergroup = fake.chats.supergroup({
      members: [
        { user: ann, status: 'creator', customTitle: 'Editor' },
        { user: bob, status: 'restricted', permissions: { can_send_messages: true }, untilDate: 1_900_000_000 },
      ],
    });
    expect(await api.getChatMember(supergroup.id, ann.id)).toEqual({
      user: { id: ann.id, is_bot: false, first_name: 'Ann', username: 'ann', language_code: 'en' },
      status: 'creator',
      custom_title: 'Editor',
      is_anonymous: false,
    });
    expect(await api.getChatMember(supergroup.id, bob.id)).toMatchObject({
      status: 'restricted',
      until_date: 1_900_000_000,
      is_member: true,
      can_send_messages: true,
      can_send_photos: false,
      can_send_media_messages: false,
      can_manage_topics: false,
    });
    expect(await api.getChatMember(supergroup.id, botId())).toEqual({ user: fake.state.botUser(), status: 'member' });
  });

  it('a user who is not in the chat is a member with status "left"', async () => {
    const group = fake.chats.group();
    expect(await api.getChatMember(group.id, 424242)).toEqual({
      user: { id: 424242, is_bot: false, first_name: 'User 424242' },
      status: 'left',
    });
  });

  it('administrator rights are listed by chat type', async () => {
    const rights = { can_delete_messages: true, can_manage_topics: true, can_post_messages: true };
    const group = fake.chats.group({ members: [{ user: ann, status: 'administrator', rights }] });
    const forum = fake.chats.supergroup({ forum: true, members: [{ user: ann, status: 'administrator', rights }] });
    const inGroup = await api.getChatMember(group.id, ann.id);
    expect(inGroup).toMatchObject({ status: 'administrator', can_delete_messages: true, can_pin_messages: false });
    expect(inGroup).not.toHaveProperty('can_manage_topics');
    expect(inGroup).not.toHaveProperty('can_post_messages');
    expect(await api.getChatMember(forum.id, ann.id)).toMatchObject({ can_manage_topics: true, can_manage_voice_chats: false });
  });

  it('errors in Telegram wording', async () => {
    const channel = fake.chats.channel({ bot: 'member' });
    const secret = fake.chats.supergroup({ bot: 'left' });
    fake.registerChat(ann.id);
    expect(await refusal(api.getChatMember(-1009999, ann.id))).toEqual([400, 'Bad Request: chat not found']);
    expect(await refusal(api.getChatMember(channel.id, ann.id))).toEqual([400, 'Bad Request: member list is inaccessible']);
    const notMember = [403, 'Forbidden: bot is not a member of the supergroup chat'];
    expect(await refusal(api.getChatMember(secret.id, ann.id))).toEqual(notMember);
    expect(await refusal(api.getChatMember(ann.id, bob.id))).toEqual([400, 'Bad Request: member not found']);
    expect(await api.getChatMember(ann.id, ann.id)).toMatchObject({ status: 'member', user: { id: ann.id } });
    expect(await refusal(api.getChatMember(ann.id, 0))).toEqual([400, 'Bad Request: invalid user_id specified']);
  });
});

describe('getChatAdministrators and call counts', () => {
  it('lists the creator first, then administrators; other bots only with return_bots', async () => {
    const group = fake.chats.group({
      members: [
        { user: bob, status: 'administrator', rights: { can_invite_users: true } },
        { user: ann, status: 'creator' },
        { user: helper, status: 'administrator', rights: {} },
        { id: 1003 },
      ],
      bot: { status: 'administrator', rights: { can_delete_messages: true } },
    });
    const ids = (members: { user: { id: number } }[]) => members.map((m) => m.user.id);
    const admins = ids(await api.getChatAdministrators(group.id));
    expect(admins[0]).toBe(ann.id);
    expect(admins.sort()).toEqual([ann.id, bob.id, botId()].sort());
    const withBots = ids(await api.getChatAdministrators(group.id, { return_bots: true }));
    expect(withBots.sort()).toEqual([ann.id, bob.id, helper.id, botId()].sort());
    expect(await api.getChatMemberCount(group.id)).toBe(5);
  });

  it('channels list administrators only to an administrator bot; private chats have none', async () => {
    const channel = fake.chats.channel({ members: [{ user: ann, status: 'creator' }] });
    expect((await api.getChatAdministrators(channel.id)).map((m) => m.status)).toEqual(['creator', 'administrator']);
    fake.chats.setBotStatus(channel.id, 'member', { by: ann });
    expect(await refusal(api.getChatAdministrators(channel.id))).toEqual([400, 'Bad Request: member list is inaccessible']);
    fake.registerChat(ann.id);
    expect((await refusal(api.getChatAdministrators(ann.id)))[1]).toBe('Bad Request: there are no administrators in the private chat');
  });

  it('counts calls per method and chat, for checking that admin checks are cached', async () => {
    const [a, b] = [fake.chats.group(), fake.chats.group()];
    await api.getChatMember(a.id, ann.id);
    await api.getChatMember(a.id, bob.id);
    await api.getChatAdministrators(b.id);
    expect(fake.callsTo('getChatMember')).toHaveLength(2);
    expect(fake.callsTo('getChatMember', a.id)).toHaveLength(2);
    expect(fake.callsTo('getChatMember', b.id)).toHaveLength(0);
    expect(fake.callsTo('getChatAdministrators', b.id)).toHaveLength(1);
  });
});
