import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelButtons, type ChannelPress } from '../../src/bot/buttons.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import type { ChatMemberUser, SentMessage } from '../support/fake-telegram.ts';

let t: BotUnderTest;
beforeEach(async () => {
  t = await startBotUnderTest({ DEFAULT_LANGUAGE: 'en' });
});
afterEach(() => t.stop());

const owner = { id: 9501, first_name: 'Maha', language_code: 'en' };
const reader = { id: 9503, first_name: 'Sam', language_code: 'en' };

const labels = (m: SentMessage) => (m.replyMarkup?.inline_keyboard.flat() ?? []).map((b) => b.text);
const watchesOf = (chatId: number) => t.db.prepare('SELECT text FROM watches WHERE chat_id = ? ORDER BY id').pluck().all(chatId);

/** A channel the owner connected by making the bot an administrator. */
async function connectedChannel(): Promise<number> {
  const briefs = t.fake.chats.channel({ title: 'Gulf Briefs', bot: 'left', members: [{ user: owner, status: 'creator' }, reader] });
  await t.fake.ask(owner, '/start');
  const since = t.fake.sentCount(owner.id);
  t.fake.chats.addBot(briefs.id, owner);
  await t.fake.waitForMessage(owner.id, { since });
  return briefs.id;
}

async function press(user: ChatMemberUser, message: SentMessage, pressed: ChannelPress): Promise<{ toast: unknown; shown: SentMessage }> {
  const since = message.edits.length;
  const answer = await t.fake.press(user, message, channelButtons.encode(pressed));
  const shown = await t.fake.waitForEdit(user.id, message.messageId, undefined, { since });
  return { toast: answer.params.text, shown };
}

describe('a channel’s watches and alerts, from /channels', () => {
  it('shows them, adds a watch with /watch CHANNEL_ID, toggles breaking stories and quiet hours, removes a watch', async () => {
    const channelId = await connectedChannel();
    const list = await t.fake.ask(owner, '/channels');
    const panel = (await press(owner, list, { action: 'open', channelId })).shown;
    const alerts = (await press(owner, panel, { action: 'alerts', channelId })).shown;
    expect(alerts.text).toContain('Gulf Briefs: watches 0 of 20\nMuted: none\nBreaking stories: off · quiet hours: off');
    expect(alerts.text).toContain(`To add a watch for this channel, send me /watch ${channelId} WORDS`);

    expect((await t.fake.ask(owner, `/watch ${channelId} Lavrov`)).text).toBe(
      '✅ Gulf Briefs watches Lavrov (1 of 20). A new story that names it is posted there at once.',
    );
    expect((await t.fake.ask(owner, `/mute ${channelId} OPEC`)).text).toBe('🔇 Gulf Briefs mutes: OPEC. Now muted there: OPEC.');
    expect(watchesOf(channelId)).toEqual(['Lavrov']);
    expect(watchesOf(owner.id)).toEqual([]);

    const back = (await press(owner, alerts, { action: 'open', channelId })).shown;
    const reopened = (await press(owner, back, { action: 'alerts', channelId })).shown;
    expect(reopened.text).toContain('watches 1 of 20:\n1. Lavrov\nMuted: OPEC');
    const breaking = await press(owner, reopened, { action: 'breaking', channelId, on: true });
    expect(breaking.toast).toContain('Breaking stories on');
    expect(breaking.shown.text).toContain('Breaking stories: on');
    const quiet = await press(owner, breaking.shown, { action: 'quiet', channelId, on: true });
    expect(quiet.shown.text).toContain('quiet hours: 22:00–07:00');
    expect(labels(quiet.shown)).toEqual(['✖ 1', '⚡ Breaking stories: turn off', '🌙 No quiet hours', '‹ Back']);

    const watchId = t.db.prepare('SELECT id FROM watches WHERE chat_id = ?').pluck().get(channelId) as number;
    const removed = await press(owner, quiet.shown, { action: 'unwatch', channelId, watchId });
    expect(removed.toast).toBe('Stopped watching Lavrov');
    expect(watchesOf(channelId)).toEqual([]);
  });

  it('/breaking and /quiet with the channel’s id set them for the channel, in its administrator’s chat', async () => {
    const channelId = await connectedChannel();
    expect((await t.fake.ask(owner, `/breaking ${channelId} on`)).text).toMatch(/^📢 Gulf Briefs: ⚡ Breaking stories on/u);
    expect((await t.fake.ask(owner, `/quiet ${channelId} 23:00-06:30`)).text).toBe(
      '📢 Gulf Briefs: 🌙 Quiet hours 23:00–06:30 (UTC): alerts wait until 06:30 and then come together.',
    );
    expect((await t.fake.ask(owner, `/quiet ${channelId} <soon>`)).text).toBe(
      '📢 Gulf Briefs: “<soon>” is not a time range: send it as /quiet 22:00-07:00.',
    );
    const settings = t.db.prepare('SELECT breaking, quiet_from, quiet_to FROM alert_settings WHERE chat_id = ?').get(channelId);
    expect(settings).toEqual({ breaking: 1, quiet_from: 1380, quiet_to: 390 });
    // The owner's own chat is untouched.
    expect(t.db.prepare('SELECT COUNT(*) FROM alert_settings WHERE chat_id = ?').pluck().get(owner.id)).toBe(0);
  });

  it('refuses /watch CHANNEL_ID from someone who does not administer the channel, storing nothing', async () => {
    const channelId = await connectedChannel();
    await t.fake.ask(reader, '/start');
    expect((await t.fake.ask(reader, `/watch ${channelId} Lavrov`)).text).toBe(
      "Only the channel's administrators can change its settings.",
    );
    expect(watchesOf(channelId)).toEqual([]);
    expect(watchesOf(reader.id)).toEqual([]);
  });
});
