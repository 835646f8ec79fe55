import type { App } from '../app.ts';
import type { FeedPollResult } from '../feeds/poller.ts';

/** One line per feed, as `diplobrief poll` prints them. */
export function describePollResult(result: FeedPollResult): string {
  const label = `#${result.feedId} ${result.name}`;
  switch (result.status) {
    case 'ok':
      return `${label}: ${result.added} added, ${result.updated} updated, ${result.items} in the feed`;
    case 'not-modified':
      return `${label}: unchanged (304)`;
    case 'error':
      return `${label}: error: ${result.error}`;
  }
}

/** `diplobrief poll`: polls every enabled feed once and prints what happened. */
export async function runPoll(app: App, out: NodeJS.WritableStream): Promise<number> {
  const report = await app.poller.pollAll();
  for (const result of report.results) out.write(`${describePollResult(result)}\n`);
  const added = report.results.reduce((sum, r) => sum + (r.status === 'ok' ? r.added : 0), 0);
  const failed = report.results.filter((r) => r.status === 'error').length;
  out.write(
    `${report.results.length} feeds polled in ${((report.finishedAt - report.startedAt) / 1000).toFixed(1)} s: ${added} articles added, ${failed} feeds failed\n`,
  );
  return 0;
}
