import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { WebhookResult } from './metrics.ts';

/** The header Telegram sends the WEBHOOK_SECRET in (setWebhook's secret_token). */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * An update is a few KB (the largest: a 4096-character message with its entities and the message
 * it replies to). A megabyte is generous for Telegram and small enough that junk cannot fill memory.
 */
export const MAX_UPDATE_BYTES = 1024 * 1024;

/**
 * Telegram waits for the answer and sends the update again when none comes in time; a handler that
 * takes longer (an admin's /poll waits for slow feeds) is answered 200 at this point and goes on.
 */
export const ANSWER_WITHIN_MS = 10_000;

/**
 * Update ids remembered to recognise one Telegram sends again (our 200 was lost on the way): long
 * polling's offset makes that impossible, a webhook needs this. A few minutes of a busy bot's updates.
 */
const REMEMBERED_UPDATES = 2_000;

export interface WebhookReceiverOptions {
  secret: string;
  /** Runs the bot's middleware on one update (grammY's bot.handleUpdate). */
  handleUpdate: (update: Update) => Promise<void>;
  logger: Logger;
  onResult?: (result: WebhookResult) => void;
  maxBodyBytes?: number;
  answerWithinMs?: number;
}

/**
 * Receives Telegram's webhook requests on node:http directly rather than through grammY's
 * webhookCallback: its node adapter reads bodies of any size, rejects (unhandled) on bad JSON,
 * answers nothing while stopping, and offers no way to wait for the updates in hand at shutdown —
 * the four things this receiver is for. It checks the secret before reading a byte of the body
 * (constant-time), caps the body, handles a chat's updates in the order they came (as long polling
 * does), and on close() answers 503 so Telegram keeps the update and sends it again after a restart.
 */
export class WebhookReceiver {
  private readonly inFlight = new Set<Promise<void>>();
  /** The tail of each chat's chain of updates: the next one of that chat starts after it. */
  private readonly chatTails = new Map<number, Promise<void>>();
  private readonly secretDigest: Buffer;
  /** The latest update ids accepted, oldest first (a Set keeps insertion order). */
  private readonly seen = new Set<number>();
  private closed = false;

  constructor(private readonly options: WebhookReceiverOptions) {
    this.secretDigest = digest(options.secret);
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.closed) return this.refuse(res, 503, 'stopping', 'the bot is stopping; send it again later');
    const header = req.headers[SECRET_HEADER];
    const given = Array.isArray(header) ? header[0] : header;
    if (given === undefined || !timingSafeEqual(digest(given), this.secretDigest)) {
      this.options.logger.warn(
        { remote: req.socket.remoteAddress, hasHeader: given !== undefined },
        'webhook request without the right secret token refused',
      );
      return this.refuse(res, 401, 'unauthorized', 'wrong or missing secret token');
    }
    const limit = this.options.maxBodyBytes ?? MAX_UPDATE_BYTES;
    if (Number(req.headers['content-length'] ?? 0) > limit)
      return this.refuse(res, 413, 'too_large', `an update is at most ${limit} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.removeAllListeners('end');
        this.refuse(res, 413, 'too_large', `an update is at most ${limit} bytes`);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => this.accept(Buffer.concat(chunks).toString('utf8'), res));
    req.on('error', (error) => this.options.logger.warn({ err: error }, 'webhook request broke off'));
  }

  /** No more updates (503 from now on); waits up to `timeoutMs` for those being handled. False when some were still going. */
  async close(timeoutMs: number): Promise<boolean> {
    this.closed = true;
    if (this.inFlight.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.allSettled([...this.inFlight]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!finished) this.options.logger.warn({ updates: this.inFlight.size }, 'updates still being handled at shutdown');
    return finished;
  }

  private accept(body: string, res: ServerResponse): void {
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      return this.refuse(res, 400, 'bad_request', 'the body is not JSON');
    }
    if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
      return this.refuse(res, 400, 'bad_request', 'the body is not an update (no update_id)');
    }
    if (this.seen.has(update.update_id)) {
      this.options.onResult?.('duplicate');
      this.options.logger.info({ update_id: update.update_id }, 'update received again; already handled');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    this.seen.add(update.update_id);
    if (this.seen.size > REMEMBERED_UPDATES) this.seen.delete(this.seen.values().next().value!);
    this.options.onResult?.('accepted');
    const handling = this.inOrder(chatOf(update), () => this.options.handleUpdate(update)).catch((error: unknown) => {
      // Answered 200 all the same: Telegram sending it again would fail the same way (long polling moves on too).
      this.options.logger.error({ err: error, update_id: update.update_id }, 'webhook update failed');
    });
    this.inFlight.add(handling);
    void handling.finally(() => this.inFlight.delete(handling));
    const answer = () => {
      clearTimeout(timer);
      if (!res.headersSent) res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    };
    const timer = setTimeout(() => {
      this.options.logger.warn(
        { update_id: update.update_id, ms: this.options.answerWithinMs ?? ANSWER_WITHIN_MS },
        'update still being handled; answered so Telegram does not send it again',
      );
      answer();
    }, this.options.answerWithinMs ?? ANSWER_WITHIN_MS);
    void handling.then(answer);
  }

  private inOrder(chatId: number | undefined, run: () => Promise<void>): Promise<void> {
    if (chatId === undefined) return run();
    const previous = this.chatTails.get(chatId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const tail = next.catch(() => undefined);
    this.chatTails.set(chatId, tail);
    void tail.then(() => {
      if (this.chatTails.get(chatId) === tail) this.chatTails.delete(chatId);
    });
    return next;
  }

  private refuse(res: ServerResponse, status: number, result: WebhookResult, why: string): void {
    this.options.onResult?.(result);
    if (res.headersSent) return;
    // Connection: close — the body (if any) is not read, so the connection cannot carry another request.
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ ok: false, error: why }));
  }
}

/** Registers the webhook: Telegram will POST updates to `url` with the secret in SECRET_HEADER. */
export async function registerWebhook(
  api: Api,
  options: { url: string; secret: string; allowedUpdates: readonly Exclude<keyof Update, 'update_id'>[] },
  logger: Logger,
): Promise<void> {
  await api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: options.allowedUpdates, drop_pending_updates: false });
  logger.info({ url: options.url, allowedUpdates: options.allowedUpdates }, 'webhook registered');
}

/** Hashing both sides makes them equal in length, which timingSafeEqual needs, without leaking the secret's length. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function chatOf(update: Update): number | undefined {
  return (
    update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id ?? update.callback_query?.from.id
  );
}
