import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOpml } from '../../src/feeds/opml.ts';
import { FeedServer } from '../support/feed-server.ts';
import { KUNA_ITEMS, TASS_ITEMS, rss } from '../support/feed-fixtures.ts';
import { runCli } from '../support/run-cli.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
  server.serve('/kuna.xml', rss({ title: 'KUNA', items: KUNA_ITEMS }), { etag: '"k1"' });
  server.serve('/tass.xml', rss({ title: 'TASS', language: 'ru', items: TASS_ITEMS }));
  server.route('/down.xml', (_req, res) => res.writeHead(502).end());
});
afterAll(() => server.close());

const folder = () => mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));

describe('diplobrief poll', () => {
  it('polls every feed once and prints one line per feed; the next run sees 304', async () => {
    const cwd = folder();
    writeFileSync(
      join(cwd, 'feeds.json'),
      JSON.stringify([
        { url: server.url('/kuna.xml'), name: 'KUNA', language: 'ar', topics: ['gulf'] },
        { url: server.url('/tass.xml') },
        { url: server.url('/down.xml'), name: 'Down' },
      ]),
    );
    const first = runCli(['poll'], {}, cwd);
    expect((await first.exit).code).toBe(0);
    const lines = first.stdout().trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '#1 KUNA: 2 added, 0 updated, 2 in the feed',
      '#2 TASS: 1 added, 0 updated, 1 in the feed',
      '#3 Down: error: HTTP 502 Bad Gateway',
    ]);
    expect(lines[3]).toMatch(/^3 feeds polled in \d+\.\d s: 3 articles added, 1 feeds failed$/);
    expect(lines).toHaveLength(4);
    expect(first.stderr()).toBe('');

    const second = runCli(['poll'], {}, cwd);
    expect((await second.exit).code).toBe(0);
    expect(second.stdout()).toContain('#1 KUNA: unchanged (304)');
    const db = new Database(join(cwd, 'data', 'diplobrief.db'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 3 });
    db.close();
  });
});

describe('diplobrief feeds import / export', () => {
  it('imports an OPML file, reports what it skipped, and exports the same feeds back', async () => {
    const cwd = folder();
    writeFileSync(
      join(cwd, 'reader.opml'),
      `<?xml version="1.0"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="Gulf">
    <outline type="rss" text="وكالة الأنباء الكويتية" xmlUrl="https://kuna.example/rss?lang=ar&amp;cat=1" language="ar" topics="gulf energy"/>
    <outline type="rss" title="ТАСС" xmlUrl="https://tass.example/rss/v2.xml" language="ru"/>
  </outline>
  <outline text="Old" xmlUrl="ftp://old.example/feed"/>
</body></opml>`,
    );
    const imported = runCli(['feeds', 'import', 'reader.opml'], {}, cwd);
    expect((await imported.exit).code).toBe(0);
    expect(imported.stdout()).toContain('2 feeds in reader.opml: 2 added, 0 updated, 0 unchanged, 1 skipped');
    expect(imported.stdout()).toMatch(/^skipped \(line 7\) Old: not an http\(s\) URL: ftp:\/\/old.example\/feed$/m);

    const again = runCli(['feeds', 'import', 'reader.opml'], {}, cwd);
    expect((await again.exit).code).toBe(0);
    expect(again.stdout()).toContain('2 feeds in reader.opml: 0 added, 0 updated, 2 unchanged, 1 skipped');

    const exported = runCli(['feeds', 'export'], {}, cwd);
    expect((await exported.exit).code).toBe(0);
    expect(parseOpml(exported.stdout()).feeds).toEqual([
      { url: 'https://kuna.example/rss?lang=ar&cat=1', name: 'وكالة الأنباء الكويتية', language: 'ar', topics: ['gulf', 'energy'] },
      { url: 'https://tass.example/rss/v2.xml', name: 'ТАСС', language: 'ru', topics: [] },
    ]);
  });

  it('explains a missing or malformed file and bad usage', async () => {
    const cwd = folder();
    const missing = runCli(['feeds', 'import', 'nope.opml'], {}, cwd);
    expect((await missing.exit).code).toBe(1);
    expect(missing.stderr()).toBe('diplobrief: cannot read nope.opml: ENOENT\n');
    writeFileSync(join(cwd, 'page.opml'), '<html><body>hi</body></html>');
    const malformed = runCli(['feeds', 'import', 'page.opml'], {}, cwd);
    expect((await malformed.exit).code).toBe(1);
    expect(malformed.stderr()).toMatch(/^diplobrief: page.opml: .*<html>/);
    const usage = runCli(['feeds', 'delete'], {}, cwd);
    expect((await usage.exit).code).toBe(2);
  });
});
