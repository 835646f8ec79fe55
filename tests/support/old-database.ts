import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate, readMigrations } from '../../src/store/migrate.ts';

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '../../src/store/migrations');

/**
 * A database file as an earlier release left it: migrated up to `version` and no further, opened
 * raw (no later migration runs) so a test can write rows in the old shape, close it, and open it
 * with openDatabase to upgrade it.
 */
export function databaseAtVersion(version: number): { db: Database.Database; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-old-')), 'old.db');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    readMigrations(MIGRATIONS).filter((migration) => migration.version <= version),
  );
  return { db, path };
}
