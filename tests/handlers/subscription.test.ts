import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest();
});
afterEach(() => t.stop());

const state = (chatId: number) => t.db.prepare('SELECT subscribed, active FROM subscribers WHERE chat_id = ?').get(chatId);

describe('/subscribe, /unsubscribe, /stop', () => {
  it('turn the scheduled briefings off and on', async () => {
    const user = { id: 4001, language_code: 'en' };
    await t.fake.ask(user, '/start');
    expect((await t.fake.ask(user, '/unsubscribe')).text).toContain('You will not receive scheduled briefings');
    expect(state(user.id)).toEqual({ subscribed: 0, active: 1 });
    expect((await t.fake.ask(user, '/subscribe')).text).toBe(
      'You are subscribed to the scheduled briefings (10 topics). /unsubscribe stops them.',
    );
    expect(state(user.id)).toEqual({ subscribed: 1, active: 1 });
    await t.fake.ask(user, '/stop');
    expect(state(user.id)).toEqual({ subscribed: 0, active: 1 });
  });

  it('/unsubscribe from an unknown chat registers nothing', async () => {
    expect((await t.fake.ask({ id: 4002, language_code: 'ru' }, '/stop')).text).toBe('Вы и не были подписаны. Подписаться — /start.');
    expect(state(4002)).toBeUndefined();
  });

  it('/subscribe from an unknown chat registers it like /start', async () => {
    const reply = await t.fake.ask({ id: 4003, language_code: 'ar' }, '/subscribe');
    expect(reply.text).toContain('أنت مشترك في الموجزات المجدولة (10 مواضيع)');
    expect(state(4003)).toEqual({ subscribed: 1, active: 1 });
  });

  it('a reader who blocks the bot is deactivated at once; /start brings them back', async () => {
    const user = { id: 4004, language_code: 'en', first_name: 'Bo' };
    await t.fake.ask(user, '/start');
    t.fake.queueUpdate({
      my_chat_member: {
        chat: { id: user.id, type: 'private', first_name: 'Bo' },
        from: { id: user.id, is_bot: false, first_name: 'Bo' },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: 'member', user: { id: 1, is_bot: true, first_name: 'bot' } },
        new_chat_member: { status: 'kicked', until_date: 0, user: { id: 1, is_bot: true, first_name: 'bot' } },
      },
    });
    // The bot handles a batch before it polls again: once it polls, the update has been handled.
    expect(t.fake.isPolling).toBe(false);
    await t.fake.waitForPoll();
    expect(state(user.id)).toEqual({ subscribed: 1, active: 0 });
    await t.fake.ask(user, '/start');
    expect(state(user.id)).toEqual({ subscribed: 1, active: 1 });
  });
});
