import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConcurrency } from '../../src/delivery/sender.ts';
import { SECRET_HEADER } from '../../src/http/webhook.ts';
import { FakeTelegram } from '../support/fake-telegram.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';
import { seedArticles } from '../support/seed.ts';
import { waitUntil } from '../support/wait-until.ts';
import { addSubscribers, DAY_ONE, HOUR, LANGUAGES } from './support.ts';

const READERS = 120;
const SEND_RATE = 25;

let fake: FakeTelegram | undefined;
const children: CliRun[] = [];
afterEach(async () => {
  for (const run of children.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  await fake?.close();
  fake = undefined;
});

/** A folder with a database holding a day of articles and READERS subscribers, and the env to run the real CLI on it. */
async function prepare() {
  fake = await FakeTelegram.start({ rateLimit: { global: 30, perChat: { count: 1, windowMs: 900 } } });
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-crash-'));
  const env = {
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(folder, 'bot.db'),
    SEND_RATE: String(SEND_RATE),
    // Never during the test: the run is queued with `diplobrief digest`.
    DIGEST_CRON: '0 0 1 1 *',
  };
  seedArticles(
    env.DATABASE_PATH,
    LANGUAGES.map((language) => ({ ...DAY_ONE[language], publishedAt: Date.now() - HOUR })),
  );
  const readers = addSubscribers(env.DATABASE_PATH, fake, READERS);
  return { fake, folder, env, readers };
}

function start(env: Record<string, string>, folder: string): CliRun {
  const run = runCli(['start'], env, folder);
  children.push(run);
  return run;
}

function statuses(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.status, row.n]));
  } finally {
    db.close();
  }
}

async function queueDigest(env: Record<string, string>, folder: string): Promise<void> {
  const queued = runCli(['digest'], env, folder);
  expect((await queued.exit).code).toBe(0);
  expect(queued.stdout()).toContain(`${READERS} subscribers looked at, ${READERS} with something new, ${READERS} messages queued`);
}

describe('a restart in the middle of a briefing run', () => {
  it('kill -9 then a restart: every subscriber served, repeats at most the sender’s concurrency', { timeout: 60_000 }, async () => {
    const { fake, folder, env, readers } = await prepare();
    const first = start(env, folder);
    await fake.waitForPoll(15_000);
    await queueDigest(env, folder);
    await waitUntil(
      () => fake.callsTo('sendMessage').filter((call) => call.ok).length >= READERS / 3,
      'a third of the briefings sent',
      20_000,
    );
    first.child.kill('SIGKILL');
    await first.exit;
    const sentBeforeCrash = fake.sentCountByChat().size;
    expect(sentBeforeCrash).toBeLessThan(READERS);

    start(env, folder);
    await waitUntil(() => fake.sentCountByChat().size === READERS, 'every subscriber served after the restart', 30_000);
    await waitUntil(() => statuses(env.DATABASE_PATH).sent === READERS && statuses(env.DATABASE_PATH), 'every message recorded as sent');
    const counts = fake.sentCountByChat();
    const repeats = readers.reduce((sum, reader) => sum + (counts.get(reader.chatId) ?? 0) - 1, 0);
    expect(readers.every((reader) => (counts.get(reader.chatId) ?? 0) >= 1)).toBe(true);
    expect(repeats).toBeLessThanOrEqual(defaultConcurrency(SEND_RATE));
    expect(fake.floodRefusals().total).toBe(0);
  });

  it(
    'SIGTERM stops gracefully (in-flight sends recorded), and the restart finishes the run without a repeat',
    { timeout: 60_000 },
    async () => {
      const { fake, folder, env, readers } = await prepare();
      const first = start(env, folder);
      await fake.waitForPoll(15_000);
      await queueDigest(env, folder);
      await waitUntil(
        () => fake.callsTo('sendMessage').filter((call) => call.ok).length >= READERS / 3,
        'a third of the briefings sent',
        20_000,
      );
      const signalled = Date.now();
      first.child.kill('SIGTERM');
      expect((await first.exit).code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      const afterStop = statuses(env.DATABASE_PATH);
      expect(afterStop.sending ?? 0).toBe(0);
      expect(afterStop.sent).toBe(fake.sentCountByChat().size);
      expect(afterStop.pending).toBe(READERS - afterStop.sent!);

      start(env, folder);
      await waitUntil(() => statuses(env.DATABASE_PATH).sent === READERS, 'every message sent after the restart', 30_000);
      const counts = fake.sentCountByChat();
      expect(readers.every((reader) => counts.get(reader.chatId) === 1)).toBe(true);
    },
  );

  it(
    'in webhook mode too: SIGTERM with an update being handled and briefings going out stops within 10 s, answers it, loses nothing',
    { timeout: 60_000 },
    async () => {
      const { fake, folder, env, readers } = await prepare();
      const webhook = {
        ...env,
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        WEBHOOK_URL: 'https://bot.example.test/hook',
        WEBHOOK_SECRET: 'crash_test_secret',
        LOG_LEVEL: 'info',
      };
      const first = start(webhook, folder);
      const port = await waitUntil(
        () => /"port":(\d+)[^\n]*"msg":"HTTP server listening"/.exec(first.stdout())?.[1],
        'the HTTP server to listen',
        15_000,
      );
      await waitUntil(() => first.stdout().includes('bot started (webhook)'), 'the webhook to be registered', 15_000);
      await queueDigest(env, folder);
      await waitUntil(
        () => fake.callsTo('sendMessage').filter((call) => call.ok).length >= READERS / 3,
        'a third of the briefings sent',
        20_000,
      );

      // A reader's /help arrives; its reply hangs at Telegram for a moment, and SIGTERM comes meanwhile.
      const reader = { id: 9_000_001, language_code: 'en' };
      fake.failNext('sendMessage', { kind: 'hang', ms: 1_500 }, { chatId: reader.id });
      const update = fake.userSends(reader, '/help');
      const answered = fetch(`http://127.0.0.1:${port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: 'crash_test_secret' },
        body: JSON.stringify(update),
      });
      await fake.waitForCall('sendMessage', (call) => call.params.chat_id === reader.id, 10_000);
      const signalled = Date.now();
      first.child.kill('SIGTERM');
      expect((await answered).status).toBe(200);
      expect((await first.exit).code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(fake.sentCount(reader.id)).toBe(1);
      const afterStop = statuses(env.DATABASE_PATH);
      expect(afterStop.sending ?? 0).toBe(0);
      expect(afterStop.sent).toBe(readers.filter((r) => fake.sentCount(r.chatId) > 0).length);

      start(webhook, folder);
      await waitUntil(() => statuses(env.DATABASE_PATH).sent === READERS, 'every message sent after the restart', 30_000);
      const counts = fake.sentCountByChat();
      expect(readers.every((r) => counts.get(r.chatId) === 1)).toBe(true);
    },
  );
});
