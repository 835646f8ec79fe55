import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/bot-harness.ts';
import { runCli } from '../support/run-cli.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';
import { addSubscribers, DAY_ONE, HOUR, LANGUAGES } from '../delivery/support.ts';

let t: BotUnderTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const READERS = 60;

function sentCount(db: Database.Database): number {
  return db.prepare(`SELECT COUNT(*) FROM outbox WHERE status = 'sent'`).pluck().get() as number;
}

describe('diplobrief backup FILE', () => {
  it(
    'copies the database while the bot is sending: one consistent, self-contained file that opens and holds the data',
    { timeout: 60_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'diplobrief-backup-'));
      const databasePath = join(folder, 'data', 'bot.db');
      seedArticles(
        databasePath,
        LANGUAGES.map((language) => ({ ...DAY_ONE[language], publishedAt: Date.now() - HOUR })),
      );
      t = await startBotUnderTest({ SEND_RATE: '25' }, { folder, pollAtStart: false });
      const bot = t;
      // One a second per chat and 30 a second in all, as Telegram: the run takes a few seconds, the bot writes all along.
      bot.fake.setRateLimit({ global: 30, perChat: { count: 1, windowMs: 900 } });
      addSubscribers(databasePath, bot.fake, READERS);
      await bot.bot.runDigest();
      await waitUntil(() => sentCount(bot.db) >= 5, 'the first briefings sent');

      const destination = join(folder, 'backups', 'copy.db');
      const backup = runCli(['backup', destination], { DATABASE_PATH: databasePath }, folder);
      expect((await backup.exit).code).toBe(0);
      expect(backup.stderr()).toBe('');
      expect(backup.stdout()).toMatch(
        new RegExp(
          `backed up to ${destination.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [\\d.]+ MB, schema version \\d+, 3 articles, ${READERS} subscribers, in [\\d.]+ s\\n$`,
        ),
      );

      // The sender was still going: the copy is a snapshot from the middle of the run, whole.
      const copy = new Database(destination, { readonly: true });
      try {
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT COUNT(*) FROM articles').pluck().get()).toBe(3);
        expect(copy.prepare('SELECT COUNT(*) FROM subscribers').pluck().get()).toBe(READERS);
        expect(copy.prepare('SELECT COUNT(*) FROM outbox').pluck().get()).toBe(READERS);
        const sentInCopy = sentCount(copy);
        expect(sentInCopy).toBeGreaterThanOrEqual(5);
        // "Already sent" is consistent with the queue: one sent_articles row per briefing sent.
        expect(copy.prepare('SELECT COUNT(*) FROM sent_articles').pluck().get()).toBe(sentInCopy);
      } finally {
        copy.close();
      }
      expect(existsSync(`${destination}-wal`)).toBe(false);
      // The bot did not notice: the run goes on to the end.
      await waitUntil(() => sentCount(bot.db) === READERS, 'every briefing sent after the backup', 20_000);
    },
  );

  it('refuses to overwrite a file, and says when there is no database', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-backup-refuse-'));
    const databasePath = join(folder, 'bot.db');
    seedArticles(databasePath, [{ ...DAY_ONE.en, publishedAt: Date.now() }]);
    const existing = join(folder, 'yesterday.db');
    writeFileSync(existing, 'a good backup');

    const over = runCli(['backup', existing], { DATABASE_PATH: databasePath }, folder);
    const missing = runCli(['backup', join(folder, 'new.db')], { DATABASE_PATH: join(folder, 'nothing.db') }, folder);
    const usage = runCli(['backup'], { DATABASE_PATH: databasePath }, folder);
    expect((await over.exit).code).toBe(1);
    expect(over.stderr()).toBe(`diplobrief: backup: ${existing} already exists; give a new file name (or remove it first)\n`);
    expect(readFileSync(existing, 'utf8')).toBe('a good backup');

    expect((await missing.exit).code).toBe(1);
    expect(missing.stderr()).toContain('there is no database at');
    expect(existsSync(join(folder, 'new.db'))).toBe(false);

    expect((await usage.exit).code).toBe(2);
    expect(usage.stderr()).toContain('"backup" takes one argument');
  });
});
