import type { Logger } from 'pino';
import type { DiplobriefBot } from '../bot/create-bot.ts';
import type { Config } from '../config.ts';
import type { RunningHttpServer } from '../http/server.ts';
import { registerWebhook } from '../http/webhook.ts';
import type { RunningPart } from './running.ts';

/** Only the updates the handlers use: Telegram then does not send (and we do not store) the rest. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** Updates coming in; `ended` settles when they stop (by stop(), or because polling or the webhook's server failed). */
export interface RunningUpdates extends RunningPart {
  ended: Promise<void>;
}

/**
 * Updates by webhook with WEBHOOK_URL (served by `http`, already listening), by long polling
 * otherwise. Resolves once updates can come in.
 */
export async function startUpdates(
  bot: DiplobriefBot['bot'],
  config: Config,
  http: RunningHttpServer | undefined,
  logger: Logger,
): Promise<RunningUpdates> {
  if (http && config.webhookUrl && config.webhookSecret) {
    // Listening first: Telegram may deliver what it kept for us as soon as the webhook is set.
    await registerWebhook(bot.api, { url: config.webhookUrl, secret: config.webhookSecret, allowedUpdates: ALLOWED_UPDATES }, logger);
    logger.info({ username: bot.botInfo.username, apiRoot: config.telegramApiRoot, url: config.webhookUrl }, 'bot started (webhook)');
    // The webhook stays registered when the bot stops: Telegram keeps the updates and retries, and the next start gets them.
    // Updates end when the HTTP server closes, which it does as a part of its own.
    return { stop: () => undefined, ended: http.closed };
  }
  // bot.start() deletes a webhook left from an earlier webhook-mode run: switching back needs nothing else.
  const polling = bot.start({
    allowed_updates: [...ALLOWED_UPDATES],
    onStart: (me) => logger.info({ username: me.username, apiRoot: config.telegramApiRoot }, 'bot started (long polling)'),
  });
  return {
    stop: () => (bot.isRunning() ? bot.stop() : undefined),
    ended: polling.then(
      () => undefined,
      (error: unknown) => {
        logger.fatal({ err: error }, 'long polling failed');
        throw error;
      },
    ),
  };
}
