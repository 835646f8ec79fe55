import { readFileSync, statSync } from 'node:fs';
import type { App } from '../app.ts';
import { parseOpml, renderOpml } from '../feeds/opml.ts';

/** A reader's export with thousands of feeds is well under this; anything larger is not an OPML list. */
const MAX_OPML_BYTES = 10 * 1024 * 1024;

/** `diplobrief feeds import FILE.opml`: adds or updates the file's feeds (by URL) and says what it skipped. */
export function runFeedsImport(app: App, file: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_OPML_BYTES) {
      err.write(`diplobrief: ${file} is ${size} bytes; an OPML list over ${MAX_OPML_BYTES} bytes is refused\n`);
      return 1;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err.write(`diplobrief: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  let imported;
  try {
    imported = parseOpml(text);
  } catch (error) {
    err.write(`diplobrief: ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const { added, updated } = app.feeds.upsertDeclared(imported.feeds);
  for (const skipped of imported.skipped) {
    out.write(`skipped${skipped.line ? ` (line ${skipped.line})` : ''}${skipped.title ? ` ${skipped.title}` : ''}: ${skipped.reason}\n`);
  }
  out.write(
    `${imported.feeds.length} feeds in ${file}: ${added} added, ${updated} updated, ${imported.feeds.length - added - updated} unchanged, ${imported.skipped.length} skipped\n`,
  );
  return 0;
}

/** `diplobrief feeds export`: every feed as OPML 2.0 on stdout. */
export function runFeedsExport(app: App, out: NodeJS.WritableStream): number {
  const feeds = app.feeds.list().map((feed) => ({
    url: feed.url,
    name: feed.name ?? feed.title ?? undefined,
    language: feed.language ?? undefined,
    topics: feed.topics,
  }));
  out.write(renderOpml(feeds, { title: 'diplobrief feeds', created: new Date(app.now()) }));
  return 0;
}
