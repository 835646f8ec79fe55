// Sending to groups, supergroups, forum topics and channels through the fake: what succeeds,
// what Telegram refuses and in which words, migration to a supergroup, the per-group flood limit.
import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeTelegram, GROUP_ANONYMOUS_BOT } from './fake-telegram.ts';

const ann = { id: 1001, first_name: 'Ann' };

let fake: FakeTelegram;
let api: Api;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  api = new Api(fake.token, { apiRoot: fake.apiRoot });
});

afterEach(() => fake.close());

async function refused(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

/** The error code and description of a refused call. */
const refusal = async (promise: Promise<unknown>) => {
  const { error_code, description } = await refused(promise);
  return [error_code, description];
};

describe('sending to groups, supergroups and channels', () => {
  it('sends to each kind of chat; a channel post has sender_chat instead of from', async () => {
    const group = fake.chats.group();
    const channel = fake.chats.channel({ username: 'briefs' });
    expect(await api.sendMessage(group.id, 'hi')).toMatchObject({ chat: { id: group.id, type: 'group' }, from: { is_bot: true } });
    const post = await api.sendMessage('@briefs', 'brief');
    expect(post).toMatchObject({ chat: { id: channel.id }, sender_chat: { id: channel.id, type: 'channel' } });
    expect(post).not.toHaveProperty('from');
    expect(fake.lastMessage(channel.id)?.text).toBe('brief');
  });

  it('bot not in the chat: 403 not a member, per kind of chat', async () => {
    const group = fake.chats.group({ bot: 'left' });
    const supergroup = fake.chats.supergroup({ bot: 'left' });
    const channel = fake.chats.channel({ bot: 'left' });
    expect(await refusal(api.sendMessage(group.id, 'x'))).toEqual([403, 'Forbidden: bot is not a member of the group chat']);
    expect(await refusal(api.sendMessage(supergroup.id, 'x'))).toEqual([403, 'Forbidden: bot is not a member of the supergroup chat']);
    expect(await refusal(api.sendMessage(channel.id, 'x'))).toEqual([403, 'Forbidden: bot is not a member of the channel chat']);
    expect(fake.messages()).toEqual([]);
  });

  it('bot kicked: 403 kicked from the group / supergroup chat, until added again', async () => {
    const group = fake.chats.group({ members: [{ user: ann, status: 'creator' }] });
    const supergroup = fake.chats.supergroup({ bot: { status: 'kicked', untilDate: 0 } });
    fake.chats.removeBot(group.id, ann);
    expect(await refusal(api.sendMessage(group.id, 'x'))).toEqual([403, 'Forbidden: bot was kicked from the group chat']);
    expect(await refusal(api.sendMessage(supergroup.id, 'x'))).toEqual([403, 'Forbidden: bot was kicked from the supergroup chat']);
    expect(await refusal(api.getChat(supergroup.id))).toEqual([403, 'Forbidden: bot was kicked from the supergroup chat']);
    fake.chats.addBot(group.id, ann);
    await expect(api.sendMessage(group.id, 'back')).resolves.toMatchObject({ text: 'back' });
  });

  it('a channel where the bot may not post: 400 need administrator rights', async () => {
    const channel = fake.chats.channel({ bot: { status: 'administrator', rights: { can_edit_messages: true } } });
    const refusedPost = await refusal(api.sendMessage(channel.id, 'x'));
    expect(refusedPost).toEqual([400, 'Bad Request: need administrator rights in the channel chat']);
    const member = fake.chats.channel({ bot: 'member' });
    expect(await refusal(api.sendMessage(member.id, 'x'))).toEqual(refusedPost);
  });

  it('a restricted bot may not send text', async () => {
    const supergroup = fake.chats.supergroup({ bot: { status: 'restricted', permissions: { can_send_messages: false } } });
    const answer = await refusal(api.sendMessage(supergroup.id, 'x'));
    expect(answer).toEqual([400, 'Bad Request: not enough rights to send text messages to the chat']);
  });

  it('the content is checked before the membership, as Telegram does', async () => {
    const group = fake.chats.group({ bot: 'left' });
    expect(await refusal(api.sendMessage(group.id, ' '))).toEqual([400, 'Bad Request: message text is empty']);
    expect(await refusal(api.sendMessage(-4_999_999_999, 'x'))).toEqual([400, 'Bad Request: chat not found']);
  });

  it('message_thread_id is ignored outside forums', async () => {
    const supergroup = fake.chats.supergroup();
    const sent = await api.sendMessage(supergroup.id, 'x', { message_thread_id: 77 });
    expect(sent).not.toHaveProperty('message_thread_id');
  });
});

describe('forum topics', () => {
  it('sends into a topic; without message_thread_id into General; thread 1 is not found', async () => {
    const forum = fake.chats.supergroup({ forum: true });
    const topic = fake.chats.createTopic(forum.id, 'Gulf');
    const inTopic = await api.sendMessage(forum.id, 'gulf news', { message_thread_id: topic.threadId });
    expect(inTopic).toMatchObject({
      message_thread_id: topic.threadId,
      is_topic_message: true,
      reply_to_message: { message_id: topic.threadId, forum_topic_created: { name: 'Gulf' } },
    });
    expect(fake.lastMessage(forum.id)).toMatchObject({ threadId: topic.threadId, text: 'gulf news' });
    const general = await api.sendMessage(forum.id, 'all');
    expect(general).not.toHaveProperty('message_thread_id');
    // telegram-bot-api refuses the General topic by number: Client::check_message_topic
    const one = await refusal(api.sendMessage(forum.id, 'x', { message_thread_id: 1 }));
    expect(one).toEqual([400, 'Bad Request: message thread not found']);
    expect(await refusal(api.sendMessage(forum.id, 'x', { message_thread_id: 999 }))).toEqual(one);
  });

  it('a closed topic answers TOPIC_CLOSED until reopened; a deleted one is not found', async () => {
    const forum = fake.chats.supergroup({ forum: true, members: [{ user: ann, status: 'creator' }] });
    const topic = fake.chats.createTopic(forum.id, 'Iran', { by: ann });
    fake.chats.closeTopic(forum.id, topic.threadId, { by: ann });
    expect(fake.state.updates.at(-1)?.message).toMatchObject({ forum_topic_closed: {}, message_thread_id: topic.threadId });
    const send = () => api.sendMessage(forum.id, 'x', { message_thread_id: topic.threadId });
    expect(await refusal(send())).toEqual([400, 'Bad Request: TOPIC_CLOSED']);
    fake.chats.reopenTopic(forum.id, topic.threadId);
    await expect(send()).resolves.toMatchObject({ message_thread_id: topic.threadId });
    fake.chats.deleteTopic(forum.id, topic.threadId);
    expect(await refusal(send())).toEqual([400, 'Bad Request: message thread not found']);
  });

  it('an admin bot that manages topics may still write in a closed topic', async () => {
    const bot = { status: 'administrator' as const, rights: { can_manage_topics: true } };
    const forum = fake.chats.supergroup({ forum: true, bot });
    const topic = fake.chats.closeTopic(forum.id, fake.chats.createTopic(forum.id, 'Energy', { by: ann }).threadId);
    await expect(api.sendMessage(forum.id, 'x', { message_thread_id: topic.threadId })).resolves.toBeTruthy();
  });

  it('createForumTopic, closeForumTopic and their refusals', async () => {
    const forum = fake.chats.supergroup({ forum: true, bot: { status: 'administrator', rights: { can_manage_topics: true } } });
    const created = await api.createForumTopic(forum.id, 'Sanctions');
    expect(created).toEqual({ message_thread_id: created.message_thread_id, name: 'Sanctions', icon_color: 7322096 });
    expect(created.message_thread_id).toBeGreaterThan(1);
    await expect(api.closeForumTopic(forum.id, created.message_thread_id)).resolves.toBe(true);
    expect(fake.chats.topic(forum.id, created.message_thread_id)?.closed).toBe(true);
    const again = await refusal(api.closeForumTopic(forum.id, created.message_thread_id));
    expect(again).toEqual([400, 'Bad Request: TOPIC_NOT_MODIFIED']);
    await expect(api.reopenForumTopic(forum.id, created.message_thread_id)).resolves.toBe(true);
    const plain = fake.chats.supergroup();
    expect(await refusal(api.createForumTopic(plain.id, 'x'))).toEqual([400, 'Bad Request: the chat is not a forum']);
    const asMember = fake.chats.supergroup({ forum: true });
    expect(await refusal(api.createForumTopic(asMember.id, 'x'))).toEqual([400, 'Bad Request: not enough rights to create a topic']);
    const theirs = fake.chats.createTopic(asMember.id, 'Theirs', { by: ann });
    const close = await refusal(api.closeForumTopic(asMember.id, theirs.threadId));
    expect(close).toEqual([400, 'Bad Request: not enough rights to close or open the topic']);
  });
});

describe('migration to a supergroup', () => {
  it('queues migrate_to_chat_id in the group and migrate_from_chat_id in the supergroup', () => {
    const group = fake.chats.group({ title: 'Desk', members: [{ user: ann, status: 'creator' }] });
    const supergroup = fake.chats.upgradeToSupergroup(group.id, { by: ann });
    expect(supergroup).toMatchObject({ type: 'supergroup', title: 'Desk' });
    const [to, from] = fake.state.updates.slice(-2).map((u) => u.message);
    expect(to).toMatchObject({ chat: { id: group.id, type: 'group' }, from: { id: ann.id }, migrate_to_chat_id: supergroup.id });
    expect(from).toMatchObject({
      chat: { id: supergroup.id, type: 'supergroup' },
      migrate_from_chat_id: group.id,
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: { id: supergroup.id },
    });
    expect(fake.chats.member(supergroup.id, ann.id).status).toBe('creator');
    expect(fake.chats.botMember(supergroup.id).status).toBe('member');
  });

  it('later sends to the old id: 400 upgraded, with parameters.migrate_to_chat_id', async () => {
    const group = fake.chats.group({ members: [{ user: ann, status: 'creator' }] });
    const supergroup = fake.chats.upgradeToSupergroup(group.id, { by: ann });
    const error = await refused(api.sendMessage(group.id, 'x'));
    expect([error.error_code, error.description]).toEqual([400, 'Bad Request: group chat was upgraded to a supergroup chat']);
    expect(error.parameters).toEqual({ migrate_to_chat_id: supergroup.id });
    expect((await refused(api.getChatAdministrators(group.id))).parameters.migrate_to_chat_id).toBe(supergroup.id);
    await expect(api.sendMessage(supergroup.id, 'x')).resolves.toMatchObject({ chat: { id: supergroup.id } });
    expect(() => fake.userSends(ann, 'x', { chatId: group.id })).toThrow(/upgraded/);
  });
});

describe('the per-group flood limit', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('refuses past N a window to one group, with 429 and retry_after; private chats are not counted', async () => {
    fake.setRateLimit({ perGroup: { count: 20 }, retryAfterSeconds: 'auto' });
    const [group, other] = [fake.chats.group(), fake.chats.channel()];
    fake.registerChat(ann.id);
    for (let i = 0; i < 20; i++) await api.sendMessage(group.id, `m${i}`);
    const error = await refused(api.sendMessage(group.id, 'one too many'));
    expect([error.error_code, error.description]).toEqual([429, 'Too Many Requests: retry after 60']);
    expect(error.parameters.retry_after).toBe(60);
    await expect(api.sendMessage(other.id, 'another group')).resolves.toBeTruthy();
    for (let i = 0; i < 25; i++) await api.sendMessage(ann.id, 'private');
    expect(fake.floodRefusals()).toEqual({ global: 0, perChat: 0, perGroup: 1, total: 1 });
    expect(fake.callsTo('sendMessage', group.id).filter((c) => c.limited === 'group')).toHaveLength(1);
    expect(fake.sentCount(group.id)).toBe(20);
  });

  it('has room again once the window has passed', async () => {
    fake.setRateLimit({ perGroup: { count: 2, windowMs: 300 } });
    const group = fake.chats.supergroup();
    await api.sendMessage(group.id, 'a');
    await api.sendMessage(group.id, 'b');
    expect((await refused(api.sendMessage(group.id, 'c'))).error_code).toBe(429);
    await sleep(350);
    await expect(api.sendMessage(group.id, 'd')).resolves.toBeTruthy();
    const report = await fake.waitForMessage(ann.id, { timeout: 20 }).catch((e: Error) => String(e));
    expect(report).toContain('Calls refused by flood limits: 1 (0 by a per-chat limit, 1 by a per-group limit)');
    expect(() => fake.setRateLimit({ perGroup: { count: 0 } })).toThrow(RangeError);
  });
});
