import type { App } from '../app.ts';
import { I18n } from '../bot/i18n.ts';
import { createDigestRunner, tickTime } from '../delivery/delivery.ts';
import { OutboxStore } from '../store/outbox.ts';

/**
 * `diplobrief digest`: queues the scheduled briefing now, as DIGEST_CRON would, and prints what was
 * queued. The running bot sends it (it looks at the queue every few seconds); a bot that is not
 * running sends it when it starts.
 */
export async function runDigest(app: App, out: NodeJS.WritableStream): Promise<number> {
  const report = await createDigestRunner(app, new I18n()).run(tickTime(app.now()));
  const backlog = new OutboxStore(app.db, app.now).backlog();
  out.write(
    `${report.runId}: ${report.subscribers} subscribers looked at, ${report.briefings} with something new, ${report.messages} messages queued; ` +
      `${backlog} messages waiting to be sent\n`,
  );
  return 0;
}
