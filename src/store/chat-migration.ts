import type { Db } from './db.ts';

/**
 * A group upgraded to a supergroup gets a new chat id. Everything the old id had moves to the new
 * one in one transaction: the chat's record and settings, its topics, what it has been sent, its
 * saved searches and its queued messages (which then go out once, to the new id). Every table with
 * a `chat_id` column is moved, so a table added later moves with the rest.
 *
 * When the new id already has a record (Telegram told us of the supergroup first), the old record's
 * settings win: they are what the group's administrators chose; what the new id was sent is kept.
 */
export function migrateChat(db: Db, fromChatId: number, toChatId: number, now: number): boolean {
  if (fromChatId === toChatId) return false;
  return db.transaction(() => {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('subscribers')").all() as { name: string }[]).map((row) => row.name);
    const exists = db.prepare('SELECT 1 FROM subscribers WHERE chat_id = ?').get(fromChatId);
    if (!exists) return false;
    const tables = chatTables(db);
    // Keep what the new id was already sent, under the old id, before its record (and that) goes.
    db.prepare(
      'INSERT OR IGNORE INTO sent_articles (chat_id, article_id, sent_at) SELECT ?, article_id, sent_at FROM sent_articles WHERE chat_id = ?',
    ).run(fromChatId, toChatId);
    db.prepare('DELETE FROM subscribers WHERE chat_id = ?').run(toChatId);
    const copied = columns.filter((name) => name !== 'chat_id' && name !== 'chat_type' && name !== 'updated_at');
    db.prepare(
      `INSERT INTO subscribers (chat_id, chat_type, updated_at, ${copied.join(', ')})
       SELECT ?, 'supergroup', ?, ${copied.join(', ')} FROM subscribers WHERE chat_id = ?`,
    ).run(toChatId, now, fromChatId);
    // A queued message is unique by (run, chat, part): under the new id, a resumed run still finds it.
    db.prepare('UPDATE OR IGNORE outbox SET chat_id = ?, updated_at = ? WHERE chat_id = ?').run(toChatId, now, fromChatId);
    for (const table of tables) {
      if (table === 'outbox') continue;
      db.prepare(`UPDATE OR IGNORE ${table} SET chat_id = ? WHERE chat_id = ?`).run(toChatId, fromChatId);
    }
    // What could not move (the new id already had the same row) is a duplicate: it goes with the old record.
    db.prepare(
      "UPDATE outbox SET status = 'dropped', last_error = 'migrated', updated_at = ? WHERE chat_id = ? AND status IN ('pending', 'sending')",
    ).run(now, fromChatId);
    db.prepare('DELETE FROM subscribers WHERE chat_id = ?').run(fromChatId);
    return true;
  })();
}

/** The tables, other than subscribers, that hold rows of a chat. */
function chatTables(db: Db): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'subscribers'")
    .all() as {
    name: string;
  }[];
  return tables
    .map((row) => row.name)
    .filter((name) => (db.prepare(`SELECT 1 FROM pragma_table_info('${name}') WHERE name = 'chat_id'`).get() as unknown) !== undefined);
}
