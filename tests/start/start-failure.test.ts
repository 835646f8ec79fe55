import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startBot } from '../../src/main.ts';
import { FakeTelegram } from '../support/fake-telegram.ts';

/** A port nothing listens on (as far as this machine can tell). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** True when `port` can be listened on again: whoever had it has let it go. */
async function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('a start that fails half-way', () => {
  it('stops what it had started (HTTP server, schedules, sender) and closes the database', async () => {
    fake = await FakeTelegram.start();
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-start-'));
    const port = await freePort();
    const config = parseConfig({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: join(folder, 'data', 'bot.db'),
      FEEDS_FILE: join(folder, 'feeds.json'),
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      WEBHOOK_URL: 'https://bot.example.test/telegram/hook',
      WEBHOOK_SECRET: 'test_secret-0123456789',
    });
    // The HTTP server listens and the schedules run before the webhook is set: this fails last.
    fake.failNext('setWebhook', { kind: 'blocked' });
    await expect(startBot(config, { logger: createLogger('silent'), pollAtStart: false })).rejects.toThrow(/Forbidden/);
    expect(await canListen(port)).toBe(true);
    // Closing the last connection checkpoints the WAL and removes it.
    expect(existsSync(join(folder, 'data', 'bot.db-wal'))).toBe(false);
  });

  it('a token Telegram rejects: nothing started, the database closed', async () => {
    fake = await FakeTelegram.start();
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-start-'));
    const config = parseConfig({
      BOT_TOKEN: '999:wrong',
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: join(folder, 'data', 'bot.db'),
      FEEDS_FILE: join(folder, 'feeds.json'),
    });
    await expect(startBot(config, { logger: createLogger('silent'), pollAtStart: false })).rejects.toThrow(/rejected the token/);
    expect(existsSync(join(folder, 'data', 'bot.db'))).toBe(true);
    expect(existsSync(join(folder, 'data', 'bot.db-wal'))).toBe(false);
  });
});
