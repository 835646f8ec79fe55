import type { App } from '../app.ts';
import { summarizeStored } from '../summarize/stored.ts';

/** `diplobrief resummarize`: recomputes every stored article's summary (after the summariser changes). */
export function runResummarize(app: App, out: NodeJS.WritableStream): number {
  const started = Date.now();
  const count = app.articles.resummarizeAll(summarizeStored);
  out.write(`${count} articles summarised in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
