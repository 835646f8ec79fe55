import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The read-only shared material: DIPLOBRIEF_SHARED_DIR, else `../shared` beside the repository. */
export function sharedDir(): string {
  return resolve(process.env.DIPLOBRIEF_SHARED_DIR ?? join(repoRoot, '../shared'));
}

/** The real-feed corpus folder. */
export function corpusFeedsDir(): string {
  return join(sharedDir(), 'fixtures/feeds');
}

/** The feed files of the corpus (not rss-parser's golden outputs, licences or notes), sorted. */
export function corpusFeedFiles(feedsDir: string = corpusFeedsDir()): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(feedsDir)
    .filter((path) => !/\/output\//.test(path) && !/(^|\/)(LICENSE|SOURCES\.md)$/.test(path))
    .sort();
}
