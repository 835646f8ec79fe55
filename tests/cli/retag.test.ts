import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer } from '../support/feed-server.ts';
import { rss } from '../support/feed-fixtures.ts';
import { runCli } from '../support/run-cli.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
  server.serve(
    '/tass.xml',
    rss({
      title: 'TASS',
      language: 'ru',
      items: [
        {
          title: 'Лавров обсудил с главой МИД Ирана ядерную сделку',
          link: 'https://tass.example/1',
          guid: 't1',
          description: 'Стороны обсудили СВПД и обогащение урана.',
        },
        { title: 'В Москве открылась выставка', link: 'https://tass.example/2', guid: 't2', description: 'Выставка продлится месяц.' },
      ],
    }),
  );
});
afterAll(() => server.close());

describe('diplobrief retag', () => {
  it('recomputes every article’s topics from its text and its feed’s current declaration', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
    const feeds = (topics: string[]) => writeFileSync(join(cwd, 'feeds.json'), JSON.stringify([{ url: server.url('/tass.xml'), topics }]));
    feeds([]);
    expect((await runCli(['poll'], {}, cwd).exit).code).toBe(0);
    const topics = () => {
      const db = new Database(join(cwd, 'data', 'diplobrief.db'), { readonly: true });
      const rows = db
        .prepare(
          'SELECT a.stable_id AS id, t.topic, t.source FROM article_topics t JOIN articles a ON a.id = t.article_id ORDER BY a.id, t.topic',
        )
        .all();
      db.close();
      return rows;
    };
    expect(topics()).toEqual([{ id: 't1', topic: 'iran', source: 'text' }]);

    // The operator declares a topic for the feed and wipes a tag by hand: retag restores both.
    feeds(['economy']);
    const db = new Database(join(cwd, 'data', 'diplobrief.db'));
    db.exec('DELETE FROM article_topics');
    db.close();
    const run = runCli(['retag'], {}, cwd);
    expect((await run.exit).code).toBe(0);
    expect(run.stdout()).toMatch(/^2 articles retagged in \d+\.\d s: 2 changed\n$/);
    expect(topics()).toEqual([
      { id: 't1', topic: 'economy', source: 'feed' },
      { id: 't1', topic: 'iran', source: 'text' },
      { id: 't2', topic: 'economy', source: 'feed' },
    ]);
  });
});
