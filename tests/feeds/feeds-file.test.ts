import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedsFileError, parseFeedsFile, readFeedsFile } from '../../src/feeds/feeds-file.ts';
import { openDatabase } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';

describe('feeds file', () => {
  it('reads a valid file', () => {
    const feeds = parseFeedsFile(
      JSON.stringify([
        { url: 'https://tass.ru/rss/v2.xml', name: 'TASS', language: 'ru', topics: ['gulf'] },
        { url: 'http://kuna.net.kw/rss' },
      ]),
      'feeds.json',
    );
    expect(feeds).toEqual([
      { url: 'https://tass.ru/rss/v2.xml', name: 'TASS', language: 'ru', topics: ['gulf'] },
      { url: 'http://kuna.net.kw/rss', topics: [] },
    ]);
  });

  it.each([
    ['{"url": "x"}', /must hold a JSON array/],
    ['[{"url": "x"', /not valid JSON/],
    ['[{"url": "https://a.example/rss"}, {"url": "ftp://b.example/rss"}]', /entry 2: "url": url must be an http\(s\) URL/],
    ['[{"url": "https://a.example/rss", "language": "fr"}]', /entry 1: "language": language must be one of ar, ru, en/],
    ['[{"url": "https://a.example/rss", "topics": ["gulf", "sport"]}]', /entry 1: "topics.1": topics must be among/],
    ['[{"url": "https://a.example/rss"}, {"url": "https://a.example/rss"}]', /entry 2: .* is listed twice/],
  ])('rejects %s', (raw, message) => {
    expect(() => parseFeedsFile(raw, 'feeds.json')).toThrow(FeedsFileError);
    expect(() => parseFeedsFile(raw, 'feeds.json')).toThrow(message);
  });

  it('treats a missing file as no feeds unless it is required', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'diplobrief-feeds-')), 'feeds.json');
    expect(readFeedsFile(missing)).toEqual([]);
    expect(() => readFeedsFile(missing, { required: true })).toThrow(/cannot be read \(ENOENT\)/);
  });

  it('upserts by URL', () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-feeds-'));
    const path = join(folder, 'feeds.json');
    writeFileSync(path, JSON.stringify([{ url: 'https://a.example/rss', name: 'A' }]));
    const feeds = new FeedStore(openDatabase(':memory:'));
    expect(feeds.upsertDeclared(readFeedsFile(path))).toEqual({ added: 1, updated: 0 });
    expect(feeds.upsertDeclared(readFeedsFile(path))).toEqual({ added: 0, updated: 0 });
    writeFileSync(path, JSON.stringify([{ url: 'https://a.example/rss', name: 'A2' }, { url: 'https://b.example/rss' }]));
    expect(feeds.upsertDeclared(readFeedsFile(path))).toEqual({ added: 1, updated: 1 });
    expect(feeds.count()).toBe(2);
  });
});
