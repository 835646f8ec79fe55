import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { BackupError, backupDatabase } from '../store/backup.ts';
import { UsageError } from './args.ts';

/**
 * `diplobrief backup FILE`: a consistent copy of the database, safe while the bot runs (SQLite's
 * online backup API), checked and made one self-contained file. Restoring: stop the bot, put the
 * copy at DATABASE_PATH (removing the old -wal and -shm files), start it.
 */
export async function runBackup(
  config: Config,
  args: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('"backup" takes one argument: the file to write the copy to');
  const destination = resolve(args[0]!);
  const started = Date.now();
  try {
    const summary = await backupDatabase(config.databasePath, destination);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    out.write(
      `${config.databasePath} backed up to ${destination}: ${(summary.bytes / 1e6).toFixed(1)} MB, schema version ${summary.schemaVersion}, ` +
        `${summary.articles} articles, ${summary.subscribers} subscribers, in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    err.write(`diplobrief: backup: ${error.message}\n`);
    return 1;
  }
}
