import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { startBot, type RunningBot } from '../../src/main.ts';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { seedArticles } from '../support/seed.ts';

let t: BotUnderTest | undefined;
let restarted: RunningBot | undefined;
afterEach(async () => {
  await restarted?.stop('test finished');
  restarted = undefined;
  await t?.stop();
  t = undefined;
});

describe('"More" buttons survive a restart', () => {
  it('a /search and a /latest button pressed after the bot restarted still show the next page', async () => {
    t = await startBotUnderTest();
    const now = Date.now();
    seedArticles(
      t.config.databasePath,
      Array.from({ length: 14 }, (_, i) => ({
        feed: `Agency ${i}`,
        language: 'en' as const,
        title: `Kuwait and Qatar discuss Gulf trade, meeting number ${i + 1}`,
        text: `Gulf Cooperation Council ministers from Kuwait and Qatar met for the ${i + 1}th round on Gulf investment.`,
        publishedAt: now - (i + 1) * 3_600_000 * 5,
      })),
    );
    const user = { id: 8001, language_code: 'en' };
    const search = await t.fake.ask(user, '/search Kuwait');
    const latest = await t.fake.ask(user, '/latest 2');
    const searchData = (search.replyMarkup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
    const latestData = (latest.replyMarkup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;

    // Stop the bot (not Telegram), start a new one on the same database.
    await t.bot.stop('restart');
    restarted = await startBot(t.config, { logger: createLogger('silent'), pollAtStart: false });
    await t.fake.waitForPoll();

    let since = t.fake.sentCount(user.id);
    expect((await t.fake.press(user, search, searchData)).params.text).toBeUndefined();
    const more = await t.fake.waitForMessage(user.id, { since });
    expect(more.text.startsWith('🔎 More results')).toBe(true);
    expect(more.text).toContain('meeting number');

    since = t.fake.sentCount(user.id);
    await t.fake.press(user, latest, latestData);
    const earlier = await t.fake.waitForMessage(user.id, { since });
    expect(earlier.text.startsWith('🗞 Earlier stories')).toBe(true);
  });
});
