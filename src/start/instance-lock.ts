import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../config.ts';

/** Releases the lock (the process's end does it too, whatever the end). */
export interface InstanceLock {
  release(): void;
}

/**
 * One bot per database. A second `npm start` on the same database and token would make Telegram
 * answer the first one's long poll with 409 Conflict, and the two would send the same queue. The
 * lock is an exclusive SQLite transaction on a small file beside the database, held for the
 * process's life: the operating system drops it when the process ends, however it ends (a crash,
 * kill -9), so a stale lock cannot keep the bot down. The commands that only read or queue
 * (`diplobrief poll`, `briefing`, `digest`) do not take it and work beside the running bot.
 */
export function acquireInstanceLock(databasePath: string): InstanceLock {
  if (databasePath === ':memory:') return { release() {} };
  const path = `${databasePath}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 0');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new ConfigError(
        'DATABASE_PATH',
        `${databasePath} is in use by another running diplobrief; stop it first (or give this one another DATABASE_PATH)`,
      );
    }
    throw error;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}
