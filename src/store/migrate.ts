import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Thrown when the migrations folder or the database's recorded history is inconsistent. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_PATTERN = /^(\d{3,})_([a-z0-9_]+)\.sql$/;

/** Reads `NNN_name.sql` files in version order; gaps and duplicate versions are errors. */
export function readMigrations(folder: string): Migration[] {
  const migrations = readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) throw new MigrationError(`migration file "${file}" is not named NNN_name.sql`);
      return { version: Number(match[1]), name: match[2]!, sql: readFileSync(join(folder, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`migrations must be numbered 001, 002, … without gaps; found ${migration.version} at position ${index + 1}`);
    }
  });
  return migrations;
}

/**
 * Applies every migration newer than the database's version, each in its own transaction,
 * so a failing migration leaves the database at the last good version.
 * Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[], now: () => number = Date.now): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new MigrationError(
      `the database is at schema version ${current}, newer than this program knows (${newest}); run a newer diplobrief`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now());
    })();
    applied.push(migration.version);
  }
  return applied;
}
