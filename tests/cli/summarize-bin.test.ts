import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer } from '../support/feed-server.ts';
import { rss } from '../support/feed-fixtures.ts';
import { runCli } from '../support/run-cli.ts';

const ARTICLE = `ТАСС: Лавров и министр иностранных дел Кувейта обсудили ближневосточное урегулирование

Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с кувейтским коллегой. Стороны обсудили ситуацию на Ближнем Востоке и двустороннее сотрудничество.

Ближневосточное урегулирование

Лавров заявил, что Россия выступает за немедленное прекращение огня в секторе Газа. Он также подчеркнул важность создания палестинского государства.

Двусторонний диалог

Министры обсудили торгово-экономическое сотрудничество и инвестиции. Товарооборот между странами вырос на треть.

Фото: МИД России`;

describe('diplobrief summarize (the real command, stdin to stdout)', () => {
  it('prints the summary JSON (headline, lead, sections) for a plain-text article', async () => {
    const run = runCli(['summarize', '--lang', 'ru'], {}, undefined, ARTICLE);
    expect((await run.exit).code).toBe(0);
    const summary = JSON.parse(run.stdout());
    expect(Object.keys(summary)).toEqual(['headline', 'lead', 'sections']);
    expect(summary.headline).toBe('Лавров и министр иностранных дел Кувейта обсудили ближневосточное урегулирование');
    expect(summary.sections.map((s: { heading: string }) => s.heading)).toEqual(['Ближневосточное урегулирование', 'Двусторонний диалог']);
    expect(run.stdout()).not.toContain('Фото');
  });

  it('refuses empty input with exit 1 and a bad flag with exit 2', async () => {
    const empty = runCli(['summarize', '--lang', 'en'], {}, undefined, '');
    expect((await empty.exit).code).toBe(1);
    expect(empty.stderr()).toMatch(/^diplobrief summarize: the input is empty/);
    const bad = runCli(['summarize', '--lang', 'fr'], {}, undefined, ARTICLE);
    expect((await bad.exit).code).toBe(2);
  });
});

describe('summaries at ingest, and diplobrief resummarize', () => {
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
            title: 'ТАСС: Лавров провёл переговоры с главой МИД Кувейта',
            link: 'https://tass.example/1',
            guid: 't1',
            description: ARTICLE.split('\n\n')
              .slice(1)
              .map((p) => `<p>${p}</p>`)
              .join(''),
          },
        ],
      }),
    );
  });
  afterAll(() => server.close());

  it('stores each new article’s summary, and resummarize recomputes them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
    writeFileSync(join(cwd, 'feeds.json'), JSON.stringify([{ url: server.url('/tass.xml') }]));
    expect((await runCli(['poll'], {}, cwd).exit).code).toBe(0);
    const path = join(cwd, 'data', 'diplobrief.db');
    const stored = () => {
      const db = new Database(path, { readonly: true });
      const row = db.prepare('SELECT summary FROM articles').get() as { summary: string | null };
      db.close();
      return row.summary && JSON.parse(row.summary);
    };
    const summary = stored();
    expect(summary.headline).toBe('Лавров провёл переговоры с главой МИД Кувейта');
    expect(summary.lead).toContain('Лавров');
    expect(summary.sections).toHaveLength(2);

    const writer = new Database(path);
    writer.exec('UPDATE articles SET summary = NULL');
    writer.close();
    const run = runCli(['resummarize'], {}, cwd);
    expect((await run.exit).code).toBe(0);
    expect(run.stdout()).toMatch(/^1 articles summarised in \d+\.\d s\n$/);
    expect(stored()).toEqual(summary);
  });
});
