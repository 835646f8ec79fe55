import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startBot, type RunningBot, type StartOptions } from '../../src/main.ts';
import { FakeTelegram } from './fake-telegram.ts';

export interface BotUnderTest {
  fake: FakeTelegram;
  bot: RunningBot;
  config: Config;
  /** A second connection to the bot's database, for checking what it stored. */
  db: Database.Database;
  folder: string;
  stop: () => Promise<void>;
}

/**
 * The real bot (startBot, as `npm start` runs it) against a fake Bot API on 127.0.0.1,
 * with its own database in a temporary folder. `env` overrides the variables.
 */
export async function startBotUnderTest(
  env: Record<string, string> = {},
  options: Partial<StartOptions> & { fake?: FakeTelegram; folder?: string } = {},
): Promise<BotUnderTest> {
  const { fake: given, folder: givenFolder, ...startOptions } = options;
  // A restart: the same fake Telegram and folder (database) as the bot before it.
  const fake = given ?? (await FakeTelegram.start());
  const folder = givenFolder ?? mkdtempSync(join(tmpdir(), 'diplobrief-e2e-'));
  const config = parseConfig({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(folder, 'data', 'bot.db'),
    FEEDS_FILE: join(folder, 'feeds.json'),
    ...env,
  });
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  // Short retry limits: a test that provokes a 429 must not wait for long.
  const bot = await startBot(config, { logger, retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 }, ...startOptions });
  await fake.waitForPoll();
  const db = new Database(config.databasePath, { readonly: true });
  return {
    fake,
    bot,
    config,
    db,
    folder,
    stop: async () => {
      db.close();
      await bot.stop('test finished');
      if (!given) await fake.close();
    },
  };
}
