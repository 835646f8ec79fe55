import { quietUntil, type QuietHours } from '../schedule/quiet-hours.ts';
import type { MuteWord, WatchQuery } from '../watch/query.ts';
import type { Db } from './db.ts';
import { StatementCache } from './statements.ts';
import type { Language } from '../model/language.ts';

/** Most watches a chat may have, and most muted words. */
export const MAX_WATCHES = 20;
export const MAX_MUTES = 20;

export interface Watch {
  id: number;
  chatId: number;
  /** As the chat typed it (tidied): shown in /watches and named in alerts. */
  text: string;
  query: WatchQuery;
}

export interface Mute {
  /** The folded word, the same whatever form it was typed in. */
  word: string;
  /** As typed. */
  shown: string;
  terms: MuteWord['terms'];
}

/** A chat's breaking stories and quiet hours (minutes after its local midnight). */
export interface AlertSettings {
  breaking: boolean;
  quiet: { from: number; to: number } | null;
}

export const NO_ALERT_SETTINGS: AlertSettings = { breaking: false, quiet: null };

export type AddWatchResult = { ok: true; watch: Watch; count: number } | { ok: false; reason: 'limit' | 'duplicate' };

/** Watches, muted words and alert settings, per chat. */
export class WatchStore {
  private readonly sql: StatementCache;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.sql = new StatementCache(db);
  }

  /** Adds a watch unless the chat has MAX_WATCHES already or one that reads the same. */
  addWatch(chatId: number, query: WatchQuery): AddWatchResult {
    return this.db.transaction((): AddWatchResult => {
      const existing = this.watchesOf(chatId);
      if (existing.some((watch) => watch.text.toLowerCase() === query.text.toLowerCase())) return { ok: false, reason: 'duplicate' };
      if (existing.length >= MAX_WATCHES) return { ok: false, reason: 'limit' };
      const id = Number(
        this.sql
          .get('INSERT INTO watches (chat_id, text, query, created_at) VALUES (?, ?, ?, ?)')
          .run(chatId, query.text, JSON.stringify(query), this.now()).lastInsertRowid,
      );
      return { ok: true, watch: { id, chatId, text: query.text, query }, count: existing.length + 1 };
    })();
  }

  /** A chat's watches, oldest first: /watches numbers them in this order. */
  watchesOf(chatId: number): Watch[] {
    const rows = this.sql.get('SELECT id, chat_id, text, query FROM watches WHERE chat_id = ? ORDER BY id').all(chatId) as WatchRow[];
    return rows.map(toWatch);
  }

  /** Removes a chat's watch by id; false when it has no such watch. */
  removeWatch(chatId: number, watchId: number): Watch | undefined {
    const watch = this.watchesOf(chatId).find((candidate) => candidate.id === watchId);
    if (watch) this.sql.get('DELETE FROM watches WHERE id = ? AND chat_id = ?').run(watchId, chatId);
    return watch;
  }

  /** The ids of every watch: what the alert job's index compares with what it holds. */
  watchIds(): number[] {
    return this.sql.get('SELECT id FROM watches').pluck().all() as number[];
  }

  /** Watches by id, in id order; ids removed meanwhile are left out. */
  watchesByIds(ids: readonly number[]): Watch[] {
    if (ids.length === 0) return [];
    const rows = this.sql
      .get('SELECT id, chat_id, text, query FROM watches WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(ids)) as WatchRow[];
    return rows.map(toWatch);
  }

  /** The watches of the chats that read every language (/sources all): id, text, and the chat's language. */
  watchesReadingAll(): { id: number; text: string; language: Language }[] {
    return this.sql
      .get(
        `SELECT w.id, w.text, s.language FROM subscribers s INDEXED BY subscribers_reading_all JOIN watches w ON w.chat_id = s.chat_id
         WHERE s.sources = 'all' ORDER BY w.id`,
      )
      .all() as { id: number; text: string; language: Language }[];
  }

  /** Changes whenever a chat starts or stops reading every language, or changes its language meanwhile. */
  readingAllVersion(): string {
    const row = this.sql
      .get(
        "SELECT COUNT(*) AS n, COALESCE(MAX(updated_at), 0) AS at FROM subscribers INDEXED BY subscribers_reading_all WHERE sources = 'all'",
      )
      .get() as { n: number; at: number };
    return `${row.n}:${row.at}`;
  }

  /**
   * Changes whenever a watch is added or removed (ids are never reused): the alert job rebuilds its
   * index only then.
   */
  watchesVersion(): string {
    const row = this.sql.get('SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS top FROM watches').get() as { n: number; top: number };
    return `${row.n}:${row.top}`;
  }

  /** Mutes words; returns those added and those refused for the limit (words muted already are neither). */
  addMutes(chatId: number, words: readonly MuteWord[]): { added: string[]; overLimit: string[] } {
    return this.db.transaction(() => {
      const have = new Set(this.mutesOf(chatId).map((mute) => mute.word));
      const added: string[] = [];
      const overLimit: string[] = [];
      for (const word of words) {
        const key = muteKey(word);
        if (have.has(key)) continue;
        if (have.size >= MAX_MUTES) {
          overLimit.push(word.text);
          continue;
        }
        this.sql
          .get('INSERT INTO mutes (chat_id, word, shown, terms, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(chatId, key, word.text, JSON.stringify(word.terms), this.now());
        have.add(key);
        added.push(word.text);
      }
      return { added, overLimit };
    })();
  }

  /** Unmutes words (in any form they were muted in); returns those that were muted. */
  removeMutes(chatId: number, words: readonly MuteWord[]): string[] {
    const removed: string[] = [];
    const mutes = new Map(this.mutesOf(chatId).map((mute) => [mute.word, mute]));
    for (const word of words) {
      const mute = mutes.get(muteKey(word));
      if (!mute) continue;
      this.sql.get('DELETE FROM mutes WHERE chat_id = ? AND word = ?').run(chatId, mute.word);
      removed.push(mute.shown);
    }
    return removed;
  }

  mutesOf(chatId: number): Mute[] {
    const rows = this.sql.get('SELECT word, shown, terms FROM mutes WHERE chat_id = ? ORDER BY created_at, word').all(chatId) as MuteRow[];
    return rows.map(toMute);
  }

  /** The muted words of many chats at once (a pass of briefings, an alert run); chats with none are left out. */
  mutesOfChats(chatIds: readonly number[]): Map<number, Mute[]> {
    const byChat = new Map<number, Mute[]>();
    if (chatIds.length === 0) return byChat;
    const rows = this.sql
      .get('SELECT chat_id, word, shown, terms FROM mutes WHERE chat_id IN (SELECT value FROM json_each(?)) ORDER BY chat_id, created_at')
      .all(JSON.stringify(chatIds)) as (MuteRow & { chat_id: number })[];
    for (const row of rows) {
      const list = byChat.get(row.chat_id) ?? [];
      list.push(toMute(row));
      byChat.set(row.chat_id, list);
    }
    return byChat;
  }

  settingsOf(chatId: number): AlertSettings {
    const row = this.sql.get('SELECT breaking, quiet_from, quiet_to FROM alert_settings WHERE chat_id = ?').get(chatId) as
      { breaking: number; quiet_from: number | null; quiet_to: number | null } | undefined;
    if (!row) return NO_ALERT_SETTINGS;
    return {
      breaking: row.breaking === 1,
      quiet: row.quiet_from === null || row.quiet_to === null ? null : { from: row.quiet_from, to: row.quiet_to },
    };
  }

  setBreaking(chatId: number, on: boolean): void {
    this.sql
      .get('INSERT INTO alert_settings (chat_id, breaking) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET breaking = excluded.breaking')
      .run(chatId, on ? 1 : 0);
  }

  /**
   * Sets or ends quiet hours (in the chat's `zone`). What they hold waits until the end of the new
   * hours when the chat is in them now, else goes at the next minute.
   */
  setQuiet(chatId: number, quiet: QuietHours | null, zone: string): void {
    const heldUntil = quiet ? (quietUntil(quiet, zone, this.now()) ?? 0) : 0;
    this.sql.get('UPDATE held_alerts SET release_at = ? WHERE chat_id = ?').run(heldUntil, chatId);
    this.sql
      .get(
        `INSERT INTO alert_settings (chat_id, quiet_from, quiet_to) VALUES (?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to`,
      )
      .run(chatId, quiet?.from ?? null, quiet?.to ?? null);
  }

  /**
   * Chats a breaking story in this language on these topics goes to: breaking stories on, subscribed,
   * active, in the story's language, following one of its topics.
   */
  breakingChatsFor(language: string, topics: readonly string[]): number[] {
    return this.sql
      .get(
        `SELECT a.chat_id FROM alert_settings a INDEXED BY alert_settings_breaking JOIN subscribers s ON s.chat_id = a.chat_id
         WHERE a.breaking = 1 AND s.active = 1 AND s.subscribed = 1 AND s.language = ?
           AND EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.chat_id = a.chat_id AND t.topic IN (SELECT value FROM json_each(?)))`,
      )
      .pluck()
      .all(language, JSON.stringify(topics)) as number[];
  }

  /** Whether any chat turned breaking stories on (when none has, stories are not even looked at for it). */
  anyBreaking(): boolean {
    return this.sql.get('SELECT 1 FROM alert_settings INDEXED BY alert_settings_breaking WHERE breaking = 1 LIMIT 1').get() !== undefined;
  }

  /** Quiet hours of many chats at once; chats without are left out. */
  quietOfChats(chatIds: readonly number[]): Map<number, { from: number; to: number }> {
    const quiet = new Map<number, { from: number; to: number }>();
    if (chatIds.length === 0) return quiet;
    const rows = this.sql
      .get(
        `SELECT chat_id, quiet_from, quiet_to FROM alert_settings
         WHERE chat_id IN (SELECT value FROM json_each(?)) AND quiet_from IS NOT NULL AND quiet_to IS NOT NULL`,
      )
      .all(JSON.stringify(chatIds)) as { chat_id: number; quiet_from: number; quiet_to: number }[];
    for (const row of rows) quiet.set(row.chat_id, { from: row.quiet_from, to: row.quiet_to });
    return quiet;
  }
}

interface WatchRow {
  id: number;
  chat_id: number;
  text: string;
  query: string;
}

interface MuteRow {
  word: string;
  shown: string;
  terms: string;
}

function toWatch(row: WatchRow): Watch {
  return { id: row.id, chatId: row.chat_id, text: row.text, query: JSON.parse(row.query) as WatchQuery };
}

function toMute(row: MuteRow): Mute {
  return { word: row.word, shown: row.shown, terms: JSON.parse(row.terms) as MuteWord['terms'] };
}

/** A stored mute as the matcher takes it. */
export function toMuteWord(mute: Mute): MuteWord {
  return { text: mute.shown, terms: mute.terms };
}

/** A muted word's identity: its folded words, whatever form and case they were typed in. */
function muteKey(word: MuteWord): string {
  return word.terms.map((term) => term.word).join(' ');
}
