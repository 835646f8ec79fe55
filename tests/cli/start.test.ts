import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../support/run-cli.ts';
import { FakeTelegram } from '../support/fake-telegram.ts';

const running: ChildProcess[] = [];
let fake: FakeTelegram | undefined;
afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  fake = undefined;
});

describe('diplobrief start: configuration errors', () => {
  it('without BOT_TOKEN exits 1 at once with one clear line', async () => {
    const r = run(['start']);
    const { code, ms } = await r.exit;
    expect(code).toBe(1);
    expect(ms).toBeLessThan(3_000);
    expect(r.stderr()).toBe('diplobrief: BOT_TOKEN: is required to run the bot (get one from @BotFather; see .env.example)\n');
  });

  it.each([
    [{ DEFAULT_LANGUAGE: 'fr' }, 'DEFAULT_LANGUAGE: "fr" is not one of ar, ru, en'],
    [{ POLL_CRON: 'banana' }, 'POLL_CRON: "banana" is not a valid cron expression'],
    [{ ADMIN_IDS: 'abc' }, 'ADMIN_IDS: "abc" is not a numeric Telegram user id'],
  ])('%j stops start-up naming the variable', async (env, message) => {
    const r = run(['start'], { BOT_TOKEN: '1:x', ...env });
    expect((await r.exit).code).toBe(1);
    expect(r.stderr()).toContain(`diplobrief: ${message}`);
    expect(r.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('a malformed feeds file names FEEDS_FILE and the entry', async () => {
    fake = await FakeTelegram.start();
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
    writeFileSync(join(folder, 'feeds.json'), '[{"url": "https://ok.example/rss"}, {"url": "https://x.example/rss", "language": "de"}]');
    const r = run(['start'], { BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, folder);
    expect((await r.exit).code).toBe(1);
    expect(r.stderr()).toMatch(/^diplobrief: FEEDS_FILE: feeds.json entry 2: "language": language must be one of ar, ru, en\n$/);
  });

  it('a token Telegram rejects is reported as such', async () => {
    fake = await FakeTelegram.start();
    const r = run(['start'], { BOT_TOKEN: '999:wrong', TELEGRAM_API_ROOT: fake.apiRoot });
    expect((await r.exit).code).toBe(1);
    expect(r.stderr()).toContain('BOT_TOKEN: Telegram at http://127.0.0.1');
    expect(r.stderr()).toContain('rejected the token (401 Unauthorized)');
  });
});

describe('diplobrief: usage', () => {
  it('an unknown sub-command prints the usage and exits 2', async () => {
    const r = run(['frobnicate']);
    expect((await r.exit).code).toBe(2);
    expect(r.stderr()).toContain('unknown command "frobnicate"');
    expect(r.stderr()).toContain('Usage: diplobrief <command>');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = run(['--help']);
    expect((await r.exit).code).toBe(0);
    expect(r.stdout()).toMatch(/^ {2}start +run the bot/m);
    expect(r.stdout()).toMatch(/^ {2}poll +poll every enabled feed/m);
  });
});

describe('diplobrief start: running and stopping', () => {
  it('reads .env, answers /start, and on SIGTERM finishes the reply in flight before closing the database', async () => {
    fake = await FakeTelegram.start();
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
    writeFileSync(join(folder, '.env'), `BOT_TOKEN=${fake.token}\nTELEGRAM_API_ROOT=${fake.apiRoot}\nDATABASE_PATH=state/bot.db\n`);
    const r = run(['start'], {}, folder);
    running.push(r.child);
    await fake.waitForPoll(10_000);
    expect(existsSync(join(folder, 'state', 'bot.db'))).toBe(true);

    const user = { id: 7001, language_code: 'ru' };
    expect((await fake.ask(user, '/start')).text).toContain('Добро пожаловать');

    // The next reply is recorded at once but answered only 1.5 s later; SIGTERM arrives while it is in flight.
    fake.failNext('sendMessage', { kind: 'hang', ms: 1_500 });
    fake.userSends(user, '/help');
    await fake.waitForMessage(user.id, { since: 1 });
    const signalled = Date.now();
    r.child.kill('SIGTERM');
    const { code } = await r.exit;
    expect(code).toBe(0);
    const stoppedAfter = Date.now() - signalled;
    expect(stoppedAfter).toBeGreaterThanOrEqual(1_000); // it waited for the answer to the reply in flight
    expect(stoppedAfter).toBeLessThan(10_000);
    // The reply in flight was delivered, and the database was closed cleanly (SQLite removes the WAL on a clean close).
    expect(
      fake
        .messages(user.id)
        .map((m) => m.text)
        .at(-1),
    ).toContain('/language');
    expect(existsSync(join(folder, 'state', 'bot.db-wal'))).toBe(false);
  });
});
