import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { TOPICS } from '../../src/model/topics.ts';
import type { ChatIdentity } from '../../src/model/chat.ts';

function store() {
  let clock = 1_000;
  const db = openDatabase(':memory:');
  return { db, subscribers: new SubscriberStore(db, () => (clock += 1)) };
}

const channel = (userId: number, title: string): ChatIdentity => ({
  chatId: -1001234567890,
  userId,
  chatType: 'channel',
  firstName: 'Maha',
  username: null,
  title,
});

const addedBy = (db: ReturnType<typeof store>['db'], chatId: number) =>
  (db.prepare('SELECT added_by FROM subscribers WHERE chat_id = ?').get(chatId) as { added_by: number | null }).added_by;

describe('SubscriberStore: groups and channels', () => {
  it('records who subscribed a group or connected a channel, and nobody for a private chat', () => {
    const { db, subscribers } = store();
    subscribers.register({ chatId: 5, userId: 5, chatType: 'private', firstName: 'Lina', username: null }, 'ar');
    subscribers.register({ chatId: -4001, userId: 7, chatType: 'group', firstName: 'Omar', username: null, title: 'Desk' }, 'en');
    subscribers.connect(channel(9, 'Briefs'), 'ru');
    expect([addedBy(db, 5), addedBy(db, -4001), addedBy(db, -1001234567890)]).toEqual([null, 7, 9]);
  });

  it('connects a new channel subscribed to every topic, and brings a known one back as it was', () => {
    const { db, subscribers } = store();
    const first = subscribers.connect(channel(9, 'Briefs'), 'ru');
    expect(first.created).toBe(true);
    expect(first.subscriber).toMatchObject({ chatType: 'channel', title: 'Briefs', language: 'ru', subscribed: true, active: true });
    expect(first.subscriber.topics).toEqual([...TOPICS]);

    subscribers.applyTopics(-1001234567890, 'iran');
    subscribers.setSubscribed(-1001234567890, false);
    subscribers.deactivate(-1001234567890, 'may not post');
    const again = subscribers.connect(channel(11, 'Gulf Briefs'), 'en');
    expect(again.created).toBe(false);
    expect(again.subscriber).toMatchObject({ title: 'Gulf Briefs', userId: 11, language: 'ru', subscribed: false, active: true });
    expect(again.subscriber.topics).toEqual(TOPICS.filter((topic) => topic !== 'iran'));
    expect(addedBy(db, -1001234567890)).toBe(11);
  });

  it('applies a topic choice to a chat with a record', () => {
    const { subscribers } = store();
    subscribers.connect(channel(9, 'Briefs'), 'en');
    expect(subscribers.applyTopics(-1001234567890, 'none')).toEqual([]);
    expect(subscribers.applyTopics(-1001234567890, 'gulf')).toEqual(['gulf']);
    expect(subscribers.applyTopics(-1001234567890, 'all')).toEqual([...TOPICS]);
  });

  it('moves a group to its supergroup once; the second message finds nothing to move', () => {
    const { subscribers } = store();
    subscribers.register({ chatId: -4001, userId: 7, chatType: 'group', firstName: 'Omar', username: null, title: 'Desk' }, 'ar');
    expect(subscribers.migrate(-4001, -1009)).toBe(true);
    expect(subscribers.migrate(-4001, -1009)).toBe(false);
    expect(subscribers.get(-4001)).toBeUndefined();
    expect(subscribers.get(-1009)).toMatchObject({ chatType: 'supergroup', title: 'Desk', language: 'ar', subscribed: true });
  });
});
