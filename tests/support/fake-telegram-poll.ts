// getUpdates as Telegram serves it: held open up to `timeout` seconds until an update comes,
// `offset` confirms (drops) earlier updates, and a newer request ends a waiting one with 409.
// Answering [] at once instead would make a polling client spin.
import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { failure, type Outcome, success } from './fake-telegram-http.ts';
import { ApiError, type FakeTelegramState } from './fake-telegram-state.ts';

interface Poll {
  deliver(): void;
  /** null: the client went away */
  finish(outcome: Outcome | null): void;
}

// Telegram sends these only when asked for by name in allowed_updates.
const OPT_IN_UPDATES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
const CONFLICT = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const WEBHOOK_SET = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

export class UpdateFeed {
  private poll: Poll | undefined;
  private deliveredUpTo = 0;
  private closed = false;

  constructor(
    private readonly state: FakeTelegramState,
    /** called whenever polling starts or stops, for the waiters */
    private readonly changed: () => void,
  ) {}

  get isPolling(): boolean {
    return this.poll !== undefined;
  }

  /** Updates queued that no getUpdates answer has carried yet. */
  pending(): number {
    return this.state.updates.filter((u) => u.update_id > this.deliveredUpTo).length;
  }

  /** A new update is queued: a held poll answers with it now. */
  deliver(): void {
    this.poll?.deliver();
  }

  /** Ends a held poll with [] and answers later polls at once. */
  close(): void {
    this.closed = true;
    this.poll?.finish(success([]));
  }

  async getUpdates(p: Record<string, unknown>, res: ServerResponse): Promise<Outcome | null> {
    // grammY's stop() aborts its poll and at once asks again; letting the socket's events run
    // first keeps that from showing up as a 409.
    if (this.poll) await new Promise((resolve) => setImmediate(resolve));
    const state = this.state;
    if (state.webhook) throw new ApiError(409, WEBHOOK_SET);
    const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : fallback);
    const offset = num(p.offset, 0);
    if (offset > 0) state.updates = state.updates.filter((u) => u.update_id >= offset);
    else if (offset < 0) state.updates = state.updates.slice(offset);
    if (Array.isArray(p.allowed_updates)) state.allowedUpdates = p.allowed_updates.map(String);
    const limit = Math.min(100, Math.max(1, num(p.limit, 100)));
    const timeout = Math.max(0, num(p.timeout, 0));
    this.poll?.finish(failure(new ApiError(409, CONFLICT)));
    const ready = this.take(limit);
    if (ready.length > 0 || timeout === 0 || this.closed) return success(ready);
    return new Promise((resolve) => {
      const socket = res.socket;
      // The socket's 'end' (the client hung up) comes well before the response's 'close'.
      const gone = () => {
        if (!res.writableEnded) poll.finish(null);
      };
      const poll: Poll = {
        deliver: () => {
          const batch = this.take(limit);
          if (batch.length > 0) poll.finish(success(batch));
        },
        finish: (outcome) => {
          if (this.poll !== poll) return;
          this.poll = undefined;
          clearTimeout(timer);
          socket?.off('end', gone);
          resolve(outcome);
          this.changed();
        },
      };
      const timer = setTimeout(() => poll.finish(success([])), timeout * 1000);
      res.on('close', gone);
      socket?.on('end', gone);
      this.poll = poll;
      this.changed();
    });
  }

  private take(limit: number): Update[] {
    const allowed = new Set(this.state.allowedUpdates);
    const wanted = (u: Update) => {
      const type = Object.keys(u).find((k) => k !== 'update_id') ?? '';
      return allowed.size > 0 ? allowed.has(type) : !OPT_IN_UPDATES.has(type);
    };
    // Telegram never stores updates of types the bot did not ask for.
    this.state.updates = this.state.updates.filter(wanted);
    const batch = this.state.updates.slice(0, limit);
    for (const u of batch) this.deliveredUpTo = Math.max(this.deliveredUpTo, u.update_id);
    return batch;
  }
}
