import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { MigrationError, migrate, readMigrations } from '../../src/store/migrate.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'diplobrief-db-'));

describe('openDatabase', () => {
  it('creates a missing folder, turns on WAL and foreign keys, and applies the schema', () => {
    const path = join(tempDir(), 'nested', 'deeper', 'bot.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
    for (const table of [
      'feeds',
      'articles',
      'articles_fts',
      'article_topics',
      'subscribers',
      'subscriber_topics',
      'sent_articles',
      'outbox',
      'broadcasts',
    ]) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('applies each migration once across restarts', () => {
    const path = join(tempDir(), 'bot.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    const files = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/store/migrations')).filter((file) =>
      file.endsWith('.sql'),
    );
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(versions).toEqual(files.map((_, index) => ({ version: index + 1 })));
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare('INSERT INTO subscriber_topics (chat_id, topic) VALUES (1, ?)').run('gulf')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migrate', () => {
  it('rolls back a failing migration whole and keeps the earlier ones', () => {
    const db = new Database(':memory:');
    const migrations = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, migrations)).toThrow(/nowhere/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'a' }, { name: 'schema_migrations' }]);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    // Fixed, it applies from where it stopped.
    expect(migrate(db, [migrations[0]!, { version: 2, name: 'two', sql: 'CREATE TABLE b (x INTEGER);' }])).toEqual([2]);
  });

  it('refuses a database newer than the program', () => {
    const db = new Database(':memory:');
    migrate(db, [
      { version: 1, name: 'one', sql: 'SELECT 1;' },
      { version: 2, name: 'two', sql: 'SELECT 1;' },
    ]);
    expect(() => migrate(db, [{ version: 1, name: 'one', sql: 'SELECT 1;' }])).toThrow(MigrationError);
  });

  it('reads migration files in order and rejects gaps and bad names', () => {
    const folder = tempDir();
    writeFileSync(join(folder, '002_second.sql'), 'SELECT 2;');
    writeFileSync(join(folder, '001_first.sql'), 'SELECT 1;');
    expect(readMigrations(folder).map((m) => m.name)).toEqual(['first', 'second']);
    writeFileSync(join(folder, '004_fourth.sql'), 'SELECT 4;');
    expect(() => readMigrations(folder)).toThrow(/without gaps/);
    const other = tempDir();
    mkdirSync(join(other, 'x'));
    writeFileSync(join(other, 'first.sql'), 'SELECT 1;');
    expect(() => readMigrations(other)).toThrow(/NNN_name.sql/);
  });
});
