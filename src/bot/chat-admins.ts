import type { Api } from 'grammy';

/** An administrator demoted a minute ago must not keep changing the chat's settings for longer. */
export const ADMIN_CACHE_MS = 60_000;
/** Entries kept before old ones are pruned: one per (chat, user) who changed something in the last minute. */
const MAX_CACHED = 10_000;

/**
 * Whether a user administers a group or channel, asked of Telegram (`getChatMember`) and
 * remembered for at most ADMIN_CACHE_MS, so a burst of button presses costs one lookup.
 */
export class ChatAdmins {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();

  constructor(
    private readonly api: Pick<Api, 'getChatMember'>,
    private readonly now: () => number = Date.now,
  ) {}

  async isAdmin(chatId: number, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < ADMIN_CACHE_MS) return cached.admin;
    const member = await this.api.getChatMember(chatId, userId);
    const admin = member.status === 'creator' || member.status === 'administrator';
    if (this.cache.size >= MAX_CACHED) this.prune(now);
    this.cache.set(key, { admin, at: now });
    return admin;
  }

  /** The chat's membership changed (the bot removed, the group migrated): ask again next time. */
  forget(chatId: number): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${chatId}:`)) this.cache.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.cache) if (now - entry.at >= ADMIN_CACHE_MS) this.cache.delete(key);
    // Still full of fresh entries: drop the oldest, which Map keeps first.
    for (const key of this.cache.keys()) {
      if (this.cache.size < MAX_CACHED) break;
      this.cache.delete(key);
    }
  }
}
