import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { ChatMemberUser, SentMessage } from '../support/fake-telegram.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest();
});
afterEach(() => t.stop());

const owner = { id: 8001, first_name: 'Lina', language_code: 'en' };
const member = { id: 8002, first_name: 'Karim', language_code: 'en' };

/** A forum supergroup with two topics, created by its owner. */
function forum() {
  const chat = t.fake.chats.supergroup({ title: 'Newsroom', forum: true, members: [{ user: owner, status: 'creator' }, member] });
  const gulf = t.fake.chats.createTopic(chat.id, 'Gulf', { by: owner });
  const iran = t.fake.chats.createTopic(chat.id, 'Iran', { by: owner });
  return { id: chat.id, gulf: gulf.threadId, iran: iran.threadId };
}

/** The user writes in a topic (none: General); resolves with the bot's next message in the chat. */
function say(user: ChatMemberUser, text: string, chatId: number, threadId?: number): Promise<SentMessage> {
  const since = t.fake.sentCount(chatId);
  t.fake.userSends(user, text, { chatId, ...(threadId !== undefined && { threadId }) });
  return t.fake.waitForMessage(chatId, { since });
}

const threadOf = (chatId: number) =>
  (t.db.prepare('SELECT thread_id FROM subscribers WHERE chat_id = ?').get(chatId) as { thread_id: number | null } | undefined)?.thread_id;

describe('forum topics', () => {
  it('records the topic /start came from, and answers in it', async () => {
    const chat = forum();
    const welcome = await say(owner, '/start', chat.id, chat.gulf);
    expect(welcome.threadId).toBe(chat.gulf);
    expect(welcome.text).toContain('They arrive in this topic; /here sent in another topic moves them there.');
    expect(threadOf(chat.id)).toBe(chat.gulf);
  });

  it('/here moves the briefings to the topic it is sent in, and back to General', async () => {
    const chat = forum();
    await say(owner, '/start', chat.id, chat.gulf);
    const moved = await say(owner, '/here', chat.id, chat.iran);
    expect(moved.threadId).toBe(chat.iran);
    expect(moved.text).toBe("Done: the group's briefings will arrive in the topic “Iran”.");
    expect(threadOf(chat.id)).toBe(chat.iran);

    const general = await say(owner, '/here', chat.id);
    expect(general.threadId).toBeUndefined();
    expect(general.text).toBe("Done: the group's briefings will arrive in the General topic.");
    expect(threadOf(chat.id)).toBeNull();
  });

  it('answers every command in the thread it came from, reading ones too', async () => {
    const chat = forum();
    await say(owner, '/start', chat.id);
    expect((await say(member, '/latest', chat.id, chat.iran)).threadId).toBe(chat.iran);
    expect((await say(member, '/help', chat.id, chat.gulf)).threadId).toBe(chat.gulf);
    // A refusal lands where the refused command was sent, too.
    const refused = await say(member, '/here', chat.id, chat.gulf);
    expect(refused.threadId).toBe(chat.gulf);
    expect(refused.text).toContain("Only this group's administrators can change its settings.");
    expect(threadOf(chat.id)).toBeNull();
  });

  it('explains /here where it cannot work: a private chat, a group without topics, a forum not subscribed', async () => {
    expect((await t.fake.ask(owner, '/here')).text).toContain('/here is for groups with topics');
    const plain = t.fake.chats.supergroup({ members: [{ user: owner, status: 'creator' }] });
    await say(owner, '/start', plain.id);
    expect((await say(owner, '/here', plain.id)).text).toBe(
      'This group has no topics, so its briefings come to the chat itself. /here works in groups with topics turned on.',
    );
    const chat = forum();
    const unsubscribed = await say(owner, '/here', chat.id, chat.gulf);
    expect(unsubscribed.text).toBe('This group is not subscribed yet. Send /start in the topic the briefings should go to.');
    expect(threadOf(chat.id)).toBeUndefined();
  });
});
