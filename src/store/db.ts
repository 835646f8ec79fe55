import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate, readMigrations } from './migrate.ts';

export type Db = Database.Database;

const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** How long a writer waits for another connection's lock (the CLI may run beside the bot). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating the folder and file when missing) and migrates the database.
 * WAL lets readers (the CLI, /search) work while the poller writes.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: a power loss must not roll back a commit that recorded a send (nothing lost, nothing sent twice).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db, readMigrations(MIGRATIONS_FOLDER));
  return db;
}
