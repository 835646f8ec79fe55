import { afterEach, describe, expect, it } from 'vitest';
import type { ChatIdentity } from '../../src/model/chat.ts';
import { openDatabase } from '../../src/store/db.ts';
import { OutboxStore } from '../../src/store/outbox.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';
import { DAY_ONE, DAY_TWO, HOUR } from './support.ts';

let t: BotUnderTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const ann = { id: 1001, first_name: 'Ann' };
const FAST_RETRIES = { retryBaseMs: 50, retryMaxMs: 200, idlePollMs: 100 };

/** Subscribes a chat straight in the database, as an administrator's /start would. */
function subscribe(bot: BotUnderTest, identity: Omit<ChatIdentity, 'userId' | 'firstName' | 'username'>): void {
  const db = openDatabase(bot.config.databasePath);
  try {
    new SubscriberStore(db).register({ userId: ann.id, firstName: null, username: null, ...identity }, 'en');
  } finally {
    db.close();
  }
}

function sentToChat(bot: BotUnderTest, chatId: number): number {
  return (bot.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ? AND status = 'sent'").get(chatId) as { n: number }).n;
}

async function startWithNews(): Promise<BotUnderTest> {
  t = await startBotUnderTest({ SEND_RATE: '100' }, { sender: FAST_RETRIES, pollAtStart: false });
  seedArticles(t.config.databasePath, [{ ...DAY_ONE.en, publishedAt: Date.now() - 2 * HOUR }]);
  return t;
}

describe('scheduled briefings in groups, forum topics and channels', () => {
  it('a supergroup gets its briefing, a channel its own without the pointer to commands', async () => {
    const bot = await startWithNews();
    const group = bot.fake.chats.supergroup({ title: 'Gulf desk', members: [{ user: ann, status: 'creator' }] });
    const channel = bot.fake.chats.channel({ title: 'Briefs', members: [{ user: ann, status: 'creator' }] });
    subscribe(bot, { chatId: group.id, chatType: 'supergroup', title: 'Gulf desk' });
    subscribe(bot, { chatId: channel.id, chatType: 'channel', title: 'Briefs' });
    await bot.bot.runDigest();
    const [inGroup, inChannel] = await Promise.all([bot.fake.waitForMessage(group.id), bot.fake.waitForMessage(channel.id)]);
    expect(inGroup.text).toContain(DAY_ONE.en.title);
    expect(inGroup.text).toContain('/unsubscribe');
    expect(inChannel.text).toContain(DAY_ONE.en.title);
    expect(inChannel.text).not.toContain('/unsubscribe');
  });

  it('a forum gets its briefing in the topic it was subscribed from', async () => {
    const bot = await startWithNews();
    const forum = bot.fake.chats.supergroup({ forum: true, members: [{ user: ann, status: 'creator' }] });
    const topic = bot.fake.chats.createTopic(forum.id, 'Briefings');
    subscribe(bot, { chatId: forum.id, chatType: 'supergroup', threadId: topic.threadId });
    await bot.bot.runDigest();
    const message = await bot.fake.waitForMessage(forum.id);
    expect(message.threadId).toBe(topic.threadId);
  });

  it('a closed topic: the briefing goes to General instead, once, and so do the next', async () => {
    const bot = await startWithNews();
    const forum = bot.fake.chats.supergroup({ forum: true, members: [{ user: ann, status: 'creator' }] });
    // A topic a member opened and closed: the bot, neither its creator nor a topic manager, may not post there.
    const topic = bot.fake.chats.createTopic(forum.id, 'Briefings', { by: ann });
    subscribe(bot, { chatId: forum.id, chatType: 'supergroup', threadId: topic.threadId });
    bot.fake.chats.closeTopic(forum.id, topic.threadId, { by: ann });

    await bot.bot.runDigest();
    const message = await bot.fake.waitForMessage(forum.id);
    expect(message.threadId).toBeUndefined();
    expect(message.text).toContain(DAY_ONE.en.title);
    await waitUntil(() => sentToChat(bot, forum.id) === 1, 'the briefing recorded as sent');
    expect(bot.db.prepare('SELECT thread_id FROM subscribers WHERE chat_id = ?').get(forum.id)).toEqual({ thread_id: null });

    seedArticles(bot.config.databasePath, [{ ...DAY_TWO.en, publishedAt: Date.now() - HOUR }]);
    await bot.bot.runDigest(Date.now() + 60_000);
    const next = await bot.fake.waitForMessage(forum.id, { since: 1 });
    expect(next.threadId).toBeUndefined();
    expect(bot.fake.messages(forum.id)).toHaveLength(2);
  });

  it('a group that became a supergroup without the bot being told: the briefing arrives once, under the new id', async () => {
    const bot = await startWithNews();
    const group = bot.fake.chats.group({ title: 'Desk', members: [{ user: ann, status: 'creator' }] });
    subscribe(bot, { chatId: group.id, chatType: 'group', title: 'Desk' });
    const supergroup = bot.fake.chats.upgradeToSupergroup(group.id, { by: ann, announce: false });

    await bot.bot.runDigest();
    const message = await bot.fake.waitForMessage(supergroup.id);
    expect(message.text).toContain(DAY_ONE.en.title);
    await waitUntil(() => sentToChat(bot, supergroup.id) === 1, 'the briefing recorded under the new id');
    expect(bot.fake.messages(supergroup.id)).toHaveLength(1);
    expect(bot.db.prepare('SELECT chat_id, chat_type FROM subscribers').all()).toEqual([
      { chat_id: supergroup.id, chat_type: 'supergroup' },
    ]);
  });

  it('a group that became a supergroup, announced by Telegram: the record moves at once and the next briefing arrives once under the new id', async () => {
    const bot = await startWithNews();
    const group = bot.fake.chats.group({ title: 'Desk', members: [{ user: ann, status: 'creator' }] });
    subscribe(bot, { chatId: group.id, chatType: 'group', title: 'Desk' });
    const supergroup = bot.fake.chats.upgradeToSupergroup(group.id, { by: ann });
    await waitUntil(
      () => bot.db.prepare('SELECT chat_id FROM subscribers WHERE chat_id = ?').get(supergroup.id) !== undefined,
      'the record moved on the service message',
    );
    await bot.bot.runDigest();
    const message = await bot.fake.waitForMessage(supergroup.id);
    expect(message.text).toContain(DAY_ONE.en.title);
    await waitUntil(() => sentToChat(bot, supergroup.id) === 1, 'the briefing recorded as sent');
    expect(bot.fake.messages(supergroup.id)).toHaveLength(1);
    expect(bot.fake.callsTo('sendMessage', group.id)).toHaveLength(0);
  });

  it('the bot removed from a group: its queue is dropped and nothing more is tried there', async () => {
    const bot = await startWithNews();
    const group = bot.fake.chats.supergroup({ members: [{ user: ann, status: 'creator' }], bot: 'left' });
    subscribe(bot, { chatId: group.id, chatType: 'supergroup' });
    await bot.bot.runDigest();
    await waitUntil(
      () => (bot.db.prepare('SELECT active FROM subscribers WHERE chat_id = ?').get(group.id) as { active: number }).active === 0,
      'the group deactivated on 403',
    );
    const tries = bot.fake.callsTo('sendMessage', group.id).length;
    seedArticles(bot.config.databasePath, [{ ...DAY_TWO.en, publishedAt: Date.now() - HOUR }]);
    const report = await bot.bot.runDigest(Date.now() + 60_000);
    expect(report.messages).toBe(0);
    expect(bot.fake.callsTo('sendMessage', group.id)).toHaveLength(tries);
  });

  it('keeps to 20 messages a minute in one group: many messages to a group, no 429', { timeout: 30_000 }, async () => {
    // Telegram's minute scaled to 1.2 s, and the sender's spacing with it (the real 3 s over a real minute is the same ratio).
    t = await startBotUnderTest(
      { SEND_RATE: '100' },
      { sender: { ...FAST_RETRIES, groupIntervalMs: 60, perChatIntervalMs: 10 }, pollAtStart: false },
    );
    const bot = t;
    bot.fake.setRateLimit({ perGroup: { count: 20, windowMs: 1_200 } });
    const group = bot.fake.chats.supergroup({ members: [{ user: ann, status: 'creator' }] });
    subscribe(bot, { chatId: group.id, chatType: 'supergroup' });
    const db = openDatabase(bot.config.databasePath);
    try {
      new OutboxStore(db).enqueue(
        Array.from({ length: 30 }, (_, part) => ({
          kind: 'briefing' as const,
          runId: 'burst',
          chatId: group.id,
          part,
          text: `part ${part}`,
          parseMode: null,
        })),
      );
    } finally {
      db.close();
    }
    const messages = await bot.fake.waitForMessages(group.id, 30, { timeout: 20_000 });
    expect(messages.map((message) => message.text)).toEqual(Array.from({ length: 30 }, (_, part) => `part ${part}`));
    expect(bot.fake.floodRefusals().perGroup).toBe(0);
  });
});
