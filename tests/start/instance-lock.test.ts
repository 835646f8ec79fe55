import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { acquireInstanceLock } from '../../src/start/instance-lock.ts';
import { startBotUnderTest } from '../support/bot-harness.ts';
import type { FakeUser } from '../support/fake-telegram.ts';

const READER: FakeUser = { id: 9501, first_name: 'Reader', language_code: 'en' };

describe('one bot per database', () => {
  it('a second bot on the same database refuses to start, naming it, and the first goes on; once the first stops, it starts', async () => {
    const first = await startBotUnderTest();
    try {
      const second = startBotUnderTest({}, { fake: first.fake, folder: first.folder });
      await expect(second).rejects.toThrow(ConfigError);
      await expect(second).rejects.toThrow(/^DATABASE_PATH: .*bot\.db is in use by another running diplobrief; stop it first/u);
      expect((await first.fake.ask(READER, '/help')).text).toBeTruthy();
    } finally {
      first.db.close();
      await first.bot.stop('test finished');
    }
    const again = await startBotUnderTest({}, { fake: first.fake, folder: first.folder });
    await again.stop();
    await first.fake.close();
  });

  it('the lock goes with the process or its release: a lock released is free to take again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-lock-')), 'data', 'bot.db');
    const lock = acquireInstanceLock(path);
    expect(() => acquireInstanceLock(path)).toThrow(/is in use by another running diplobrief/u);
    lock.release();
    acquireInstanceLock(path).release();
  });
});
