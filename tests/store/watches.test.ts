import { describe, expect, it } from 'vitest';
import { migrateChat } from '../../src/store/chat-migration.ts';
import { openDatabase } from '../../src/store/db.ts';
import { SubscriberStore } from '../../src/store/subscribers.ts';
import { MAX_MUTES, WatchStore } from '../../src/store/watches.ts';
import { parseMuteWords, parseWatch, type MuteWord, type WatchQuery } from '../../src/watch/query.ts';

function setUp() {
  const db = openDatabase(':memory:');
  const subscribers = new SubscriberStore(db, () => 1_000);
  const watches = new WatchStore(db, () => 1_000);
  return { db, subscribers, watches };
}

function watch(text: string): WatchQuery {
  const parsed = parseWatch(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
}

function words(text: string): MuteWord[] {
  const parsed = parseMuteWords(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.words;
}

const group = (chatId: number) => ({ chatId, userId: 7, chatType: 'group', firstName: 'Admin', username: null, title: 'Desk' });

describe('WatchStore', () => {
  it('keeps a watch as parsed, and the index version moves with every change', () => {
    const { subscribers, watches } = setUp();
    subscribers.register(group(-42), 'en');
    const before = watches.watchesVersion();
    const added = watches.addWatch(-42, watch('"Security Council" -Ukraine'));
    expect(added).toMatchObject({ ok: true, count: 1 });
    expect(watches.watchesByIds(watches.watchIds())).toEqual([
      { id: 1, chatId: -42, text: '"Security Council" -Ukraine', query: watch('"Security Council" -Ukraine') },
    ]);
    const afterAdd = watches.watchesVersion();
    expect(afterAdd).not.toBe(before);
    watches.removeWatch(-42, 1);
    watches.addWatch(-42, watch('Yemen'));
    // Same count as after the first add, but not the same watches.
    expect(watches.watchesVersion()).not.toBe(afterAdd);
  });

  it('mutes a word once whatever its case, at most MAX_MUTES, and unmutes it in any case', () => {
    const { subscribers, watches } = setUp();
    subscribers.register(group(-42), 'en');
    expect(watches.addMutes(-42, words('OPEC Houthi'))).toEqual({ added: ['OPEC', 'Houthi'], overLimit: [] });
    expect(watches.addMutes(-42, words('opec'))).toEqual({ added: [], overLimit: [] });
    const many = Array.from({ length: MAX_MUTES }, (_, i) => `word${i}`).join(' ');
    for (let start = 0; start < MAX_MUTES; start += 10)
      watches.addMutes(
        -42,
        words(
          many
            .split(' ')
            .slice(start, start + 10)
            .join(' '),
        ),
      );
    expect(watches.mutesOf(-42)).toHaveLength(MAX_MUTES);
    expect(watches.removeMutes(-42, words('houthi nothing'))).toEqual(['Houthi']);
  });

  it('a group upgraded to a supergroup takes its watches, mutes and alert settings along', () => {
    const { db, subscribers, watches } = setUp();
    subscribers.register(group(-42), 'en');
    watches.addWatch(-42, watch('Lavrov'));
    watches.addMutes(-42, words('OPEC'));
    watches.setBreaking(-42, true);
    watches.setQuiet(-42, { from: 1320, to: 420 }, 'UTC');
    expect(migrateChat(db, -42, -1001, 2_000)).toBe(true);
    expect(watches.watchesOf(-1001).map((w) => w.text)).toEqual(['Lavrov']);
    expect(watches.mutesOf(-1001).map((m) => m.shown)).toEqual(['OPEC']);
    expect(watches.settingsOf(-1001)).toEqual({ breaking: true, quiet: { from: 1320, to: 420 } });
    expect(watches.watchesOf(-42)).toEqual([]);
  });
});
