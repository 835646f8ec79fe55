import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Thrown when a backup cannot be made; the message says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupSummary {
  bytes: number;
  schemaVersion: number;
  articles: number;
  subscribers: number;
  /** The database's size in SQLite pages, as the backup API saw it. */
  pages: number;
}

/**
 * Copies the database at `source` to `destination` with SQLite's online backup API (better-sqlite3's
 * db.backup), while the bot may be running: the copy is one consistent snapshot, WAL included.
 *
 * The copy is written beside the destination under a temporary name and renamed into place only once
 * complete and checked, so a backup that fails half-way never leaves a file that looks like one. An
 * existing destination is refused: overwriting yesterday's good backup with a bad one is how backups
 * are lost.
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupSummary> {
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source} (DATABASE_PATH)`);
  if (existsSync(destination)) throw new BackupError(`${destination} already exists; give a new file name (or remove it first)`);
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial-${process.pid}`;
  // Read-only: a backup must not migrate, or write anything to, the database it copies.
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    let pages = 0;
    await db.backup(partial, {
      // The API copies in steps and starts over when another connection (the bot) writes between two;
      // on a busy bot a big database would never finish. After a first small step the rest goes in
      // one: a single read snapshot, which in WAL mode does not block the bot's writes.
      progress: ({ totalPages }) => {
        pages = totalPages;
        return totalPages;
      },
    });
    const summary = { ...checkCopy(partial), pages };
    renameSync(partial, destination);
    return summary;
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`could not back up ${source} to ${destination}: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Opens the copy, makes it one self-contained file (rollback journal instead of WAL: no -wal or -shm
 * beside it to forget), checks its structure and reads what it holds.
 */
function checkCopy(path: string): Omit<BackupSummary, 'pages'> {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new BackupError(`the copy failed its integrity check: ${check}`);
    const count = (sql: string) => copy.prepare(sql).pluck().get() as number;
    const summary = {
      schemaVersion: count('SELECT COALESCE(MAX(version), 0) FROM schema_migrations'),
      articles: count('SELECT COUNT(*) FROM articles'),
      subscribers: count('SELECT COUNT(*) FROM subscribers'),
    };
    copy.close();
    return { ...summary, bytes: statSync(path).size };
  } finally {
    if (copy.open) copy.close();
  }
}
