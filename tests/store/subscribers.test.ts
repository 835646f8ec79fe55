import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { SubscriberStore, applyTopicChoice } from '../../src/store/subscribers.ts';
import { TOPICS } from '../../src/model/topics.ts';

const identity = (chatId: number) => ({ chatId, userId: chatId, chatType: 'private', firstName: 'Lina', username: null });

function store() {
  let clock = 1_000;
  return new SubscriberStore(openDatabase(':memory:'), () => (clock += 1));
}

describe('SubscriberStore', () => {
  it('registers a chat once, subscribed to every topic', () => {
    const subscribers = store();
    const first = subscribers.register(identity(5), 'ar');
    expect(first.created).toBe(true);
    expect(first.subscriber).toMatchObject({ chatId: 5, language: 'ar', subscribed: true, active: true, topics: [...TOPICS] });
    const second = subscribers.register(identity(5), 'en');
    expect(second.created).toBe(false);
    expect(second.subscriber.language).toBe('ar');
    expect(subscribers.count()).toEqual({ total: 1, receiving: 1 });
  });

  it('keeps a returning chat’s topics and reactivates it', () => {
    const subscribers = store();
    subscribers.register(identity(5), 'ru');
    subscribers.replaceTopics(5, ['iran', 'gulf']);
    subscribers.deactivate(5, 'blocked by the user');
    expect(subscribers.get(5)?.active).toBe(false);
    expect(subscribers.count().receiving).toBe(0);
    const { subscriber } = subscribers.register(identity(5), 'ru');
    expect(subscriber).toMatchObject({ active: true, subscribed: true, topics: ['gulf', 'iran'] });
  });

  it('subscribes and unsubscribes only known chats', () => {
    const subscribers = store();
    expect(subscribers.setSubscribed(9, false)).toBe(false);
    subscribers.register(identity(9), 'en');
    expect(subscribers.setSubscribed(9, false)).toBe(true);
    expect(subscribers.get(9)?.subscribed).toBe(false);
  });

  it('ensure() records a chat without subscribing it, and leaves a known one alone', () => {
    const subscribers = store();
    subscribers.ensure(identity(3), 'ru');
    expect(subscribers.get(3)).toMatchObject({ subscribed: false, language: 'ru', topics: [...TOPICS] });
    subscribers.setLanguage(3, 'en');
    subscribers.ensure(identity(3), 'ar');
    expect(subscribers.get(3)?.language).toBe('en');
  });

  it('chooseLanguage() saves the language, recording a new chat without subscribing it', () => {
    const subscribers = store();
    subscribers.chooseLanguage(identity(4), 'ar');
    expect(subscribers.get(4)).toMatchObject({ language: 'ar', subscribed: false, topics: [...TOPICS] });
    subscribers.register(identity(6), 'en');
    subscribers.chooseLanguage(identity(6), 'ru');
    expect(subscribers.get(6)).toMatchObject({ language: 'ru', subscribed: true });
  });

  it('chooseTopics() applies a press and saves it; a new chat starts from every topic, unsubscribed', () => {
    const subscribers = store();
    expect(subscribers.chooseTopics(identity(8), 'en', 'iran')).toEqual(TOPICS.filter((topic) => topic !== 'iran'));
    expect(subscribers.get(8)).toMatchObject({ subscribed: false, language: 'en' });
    expect(subscribers.chooseTopics(identity(8), 'ru', 'none')).toEqual([]);
    expect(subscribers.chooseTopics(identity(8), 'ru', 'un')).toEqual(['un']);
    expect(subscribers.chooseTopics(identity(8), 'ru', 'gulf')).toEqual(['gulf', 'un']);
    expect(subscribers.topicsOf(8)).toEqual(['gulf', 'un']);
    expect(subscribers.get(8)?.language).toBe('en');
  });
});

describe('applyTopicChoice', () => {
  it('toggles one topic, or chooses all or none, keeping the fixed order', () => {
    expect(applyTopicChoice(['un', 'gulf'], 'iran')).toEqual(['gulf', 'iran', 'un']);
    expect(applyTopicChoice(['gulf', 'iran'], 'gulf')).toEqual(['iran']);
    expect(applyTopicChoice([], 'all')).toEqual([...TOPICS]);
    expect(applyTopicChoice(TOPICS, 'none')).toEqual([]);
    expect(applyTopicChoice(['un'], 'un')).toEqual([]);
  });
});
