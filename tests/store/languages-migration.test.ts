import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { SavedSearchStore } from '../../src/store/saved-searches.ts';
import { databaseAtVersion } from '../support/old-database.ts';

describe('a database from before stories across languages', () => {
  it('keeps its chats, each reading its own language, and its saved searches, each in one language', () => {
    const { db: old, path } = databaseAtVersion(8);
    old
      .prepare(
        "INSERT INTO subscribers (chat_id, user_id, chat_type, first_name, language, subscribed, active, created_at, updated_at) VALUES (11, 11, 'private', 'Lina', 'ar', 1, 1, 5, 5)",
      )
      .run();
    old.prepare("INSERT INTO searches (id, chat_id, language, query, created_at) VALUES (1, 11, 'ar', 'لافروف', 5)").run();
    old.close();

    const db = openDatabase(path);
    try {
      expect(new SubscriberStore(db).get(11)).toMatchObject({ language: 'ar', subscribed: true, sources: 'mine' });
      expect(new SavedSearchStore(db).get(1)).toMatchObject({ query: 'لافروف', sources: 'mine' });
      expect(() => db.prepare("UPDATE subscribers SET sources = 'every' WHERE chat_id = 11").run()).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
  });
});
