import type { Db } from '../store/db.ts';
import type { AudienceFilter } from '../model/audience.ts';
import type { Broadcast, BroadcastStore } from '../store/broadcasts.ts';
import { type OutboxStore } from '../store/outbox.ts';
import { DROP_STOPPED, type RunCounts } from '../store/outbox-records.ts';

/** Why an admin's press did nothing. */
export const BROADCAST_REFUSALS = ['not-found', 'not-yours', 'already-sent', 'already-cancelled', 'not-sending'] as const;
export type BroadcastRefusal = (typeof BROADCAST_REFUSALS)[number];

export type BroadcastAction<T> = ({ ok: true } & T) | { ok: false; reason: BroadcastRefusal; broadcast?: Broadcast };

export interface BroadcastProgress {
  broadcast: Broadcast;
  counts: RunCounts;
  /** Nothing left to send or in flight. */
  finished: boolean;
}

export function broadcastRunId(id: number): string {
  return `broadcast:${id}`;
}

/**
 * Admin broadcasts: a preview with its audience, then Send (queues one message per matching
 * subscriber through the outbox), Cancel, or Stop while it goes out. Each button acts once, for
 * the admin who made the preview: the status moves in one UPDATE guarded by the status expected.
 */
export class BroadcastService {
  constructor(private readonly deps: { db: Db; broadcasts: BroadcastStore; outbox: OutboxStore; onQueued?: () => void }) {}

  audienceSize(filter: AudienceFilter): number {
    return this.deps.broadcasts.audienceSize(filter);
  }

  preview(input: { adminId: number; adminChatId: number; html: string; filter: AudienceFilter }): Broadcast {
    return this.deps.broadcasts.create({ ...input, audience: this.audienceSize(input.filter) });
  }

  setMessages(id: number, messages: { previewMessageId?: number; statusMessageId?: number }): void {
    this.deps.broadcasts.setMessages(id, messages);
  }

  get(id: number): Broadcast | undefined {
    return this.deps.broadcasts.get(id);
  }

  /** Queues the broadcast to its audience as of now, in one transaction with the status change. */
  send(id: number, adminId: number): BroadcastAction<{ broadcast: Broadcast; queued: number }> {
    const { broadcasts, outbox } = this.deps;
    const refused = this.check(id, adminId);
    if (refused) return refused;
    const queued = this.deps.db.transaction(() => {
      const broadcast = broadcasts.get(id)!;
      const audience = broadcasts.audience(broadcast.filter);
      if (!broadcasts.transition(id, 'preview', 'sending', { audience: audience.length })) return undefined;
      outbox.enqueue(
        audience.map((chatId) => ({
          kind: 'broadcast' as const,
          runId: broadcastRunId(id),
          broadcastId: id,
          chatId,
          part: 0,
          text: broadcast.html,
          parseMode: 'HTML' as const,
        })),
      );
      return audience.length;
    })();
    if (queued === undefined) return this.refusalFor(broadcasts.get(id)!);
    this.deps.onQueued?.();
    return { ok: true, broadcast: broadcasts.get(id)!, queued };
  }

  cancel(id: number, adminId: number): BroadcastAction<{ broadcast: Broadcast }> {
    const refused = this.check(id, adminId);
    if (refused) return refused;
    if (!this.deps.broadcasts.transition(id, 'preview', 'cancelled')) return this.refusalFor(this.deps.broadcasts.get(id)!);
    return { ok: true, broadcast: this.deps.broadcasts.get(id)! };
  }

  /** Stops a broadcast going out: what is queued is dropped, the sends in flight finish. */
  stop(id: number, adminId: number): BroadcastAction<{ broadcast: Broadcast; dropped: number }> {
    const broadcast = this.deps.broadcasts.get(id);
    if (!broadcast) return { ok: false, reason: 'not-found' };
    if (broadcast.adminId !== adminId) return { ok: false, reason: 'not-yours', broadcast };
    const dropped = this.deps.db.transaction(() =>
      this.deps.broadcasts.transition(id, 'sending', 'stopped') ? this.deps.outbox.dropRun(broadcastRunId(id), DROP_STOPPED) : undefined,
    )();
    if (dropped === undefined) return { ok: false, reason: 'not-sending', broadcast };
    return { ok: true, broadcast: this.deps.broadcasts.get(id)!, dropped };
  }

  progress(id: number): BroadcastProgress | undefined {
    const broadcast = this.deps.broadcasts.get(id);
    if (!broadcast) return undefined;
    const counts = this.deps.outbox.counts(broadcastRunId(id));
    return { broadcast, counts, finished: counts.pending + counts.sending === 0 };
  }

  /** Saves the counts; when nothing is left, the broadcast is closed with them. */
  record(progress: BroadcastProgress): void {
    const { counts } = progress;
    this.deps.broadcasts.saveCounts(
      progress.broadcast.id,
      { sent: counts.sent, failed: counts.failed, blocked: counts.blocked, notSent: counts.cancelled + counts.stopped },
      progress.finished,
    );
  }

  inProgress(): Broadcast[] {
    return this.deps.broadcasts.inProgress();
  }

  recent(limit: number): Broadcast[] {
    return this.deps.broadcasts.recent(limit);
  }

  private check(id: number, adminId: number): { ok: false; reason: BroadcastRefusal; broadcast?: Broadcast } | undefined {
    const broadcast = this.deps.broadcasts.get(id);
    if (!broadcast) return { ok: false, reason: 'not-found' };
    if (broadcast.adminId !== adminId) return { ok: false, reason: 'not-yours', broadcast };
    if (broadcast.status !== 'preview') return this.refusalFor(broadcast);
    return undefined;
  }

  private refusalFor(broadcast: Broadcast): { ok: false; reason: BroadcastRefusal; broadcast: Broadcast } {
    return { ok: false, reason: broadcast.status === 'cancelled' ? 'already-cancelled' : 'already-sent', broadcast };
  }
}
