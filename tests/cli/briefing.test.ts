import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { runCli } from '../support/run-cli.ts';
import { seedArticles } from '../support/seed.ts';
import { crossLanguageReports } from '../support/cross-language.ts';
import { LanguageLinker } from '../../src/feeds/language-links.ts';
import { ArticleLinkStore } from '../../src/store/article-links.ts';
import { openDatabase } from '../../src/store/db.ts';

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
  const now = Date.now();
  seedArticles(join(cwd, 'data', 'diplobrief.db'), [
    {
      feed: 'KUNA',
      language: 'ar',
      title: 'وزير الخارجية الكويتي يستقبل نظيره الروسي لبحث التسوية العربية الإسرائيلية',
      text: 'استقبل وزير الخارجية الكويتي نظيره الروسي سيرغي لافروف وبحثا التسوية العربية الإسرائيلية والأمن في الخليج.',
      publishedAt: now - 3_600_000,
    },
    {
      feed: 'WAM',
      language: 'ar',
      title: 'الإمارات وروسيا تبحثان تعزيز التبادل التجاري والاستثمار',
      text: 'بحثت الإمارات وروسيا سبل تعزيز التبادل التجاري والاستثمارات المشتركة خلال اجتماع اللجنة الحكومية المشتركة في أبوظبي.',
      publishedAt: now - 2 * 3_600_000,
    },
  ]);
});

describe('diplobrief briefing', () => {
  it('prints the briefing as text, sections in order', async () => {
    const run = runCli(['briefing', '--lang', 'ar'], {}, cwd);
    expect((await run.exit).code).toBe(0);
    const out = run.stdout();
    expect(out.startsWith('📰 diplobrief · ')).toBe(true);
    expect(out).not.toMatch(/<\/?[a-z]+/);
    expect(out.indexOf('الخليج\n')).toBeGreaterThan(0);
    expect(out).toContain('(https://kuna.example/');
  });

  it('prints Telegram HTML with --format html, and one topic with --topic (alias)', async () => {
    const run = runCli(['briefing', '--lang=ar', '--topic', 'الاقتصاد', '--format', 'html', '--since', '2d'], {}, cwd);
    expect((await run.exit).code).toBe(0);
    const text = parseTelegramHtml(run.stdout().trim()).text;
    expect(text).toContain('الاقتصاد والتجارة');
    expect(text).toContain('الإمارات وروسيا تبحثان');
    expect(text).not.toContain('التسوية العربية الإسرائيلية\n');
  });

  it('says so on stderr when there is nothing, and refuses bad options with the usage', async () => {
    const nothing = runCli(['briefing', '--lang', 'ru'], {}, cwd);
    expect((await nothing.exit).code).toBe(0);
    expect(nothing.stdout()).toBe('');
    expect(nothing.stderr()).toBe('no stories in ru in the last 24h\n');
    for (const args of [
      ['--lang', 'fr'],
      ['--lang', 'ar', '--since', 'yesterday'],
      ['--lang', 'ar', '--topic', 'sport'],
      ['--lang', 'ar', '--format', 'pdf'],
      ['--lang', 'ar', '--sources', 'both'],
      ['--lang', 'ar', 'extra'],
    ]) {
      const bad = runCli(['briefing', ...args], {}, cwd);
      expect((await bad.exit).code).toBe(2);
      expect(bad.stderr()).toContain('Usage: diplobrief');
    }
  });
});

describe('diplobrief briefing --sources', () => {
  it('with all, prints the stories that exist only in the other languages, marked, and a linked story once with its coverage', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-cli-languages-'));
    const path = join(folder, 'data', 'diplobrief.db');
    seedArticles(path, Object.values(crossLanguageReports(Date.now() - 3 * 3_600_000)));
    const db = openDatabase(path);
    new LanguageLinker({ links: new ArticleLinkStore(db), now: Date.now }).linkPending();
    db.close();

    const all = runCli(['briefing', '--lang', 'en', '--sources', 'all'], {}, folder);
    expect((await all.exit).code).toBe(0);
    expect(all.stdout()).toContain('Лавров обсудил с главой МИД Кувейта');
    expect(all.stdout()).toContain('🌐 Russian · ТАСС');
    expect(all.stdout()).toContain('Also in Arabic: KUNA');
    expect(all.stdout()).not.toContain('أوبك+ تقرر');

    const mine = runCli(['briefing', '--lang', 'en'], {}, folder);
    expect((await mine.exit).code).toBe(0);
    expect(mine.stdout()).not.toContain('Лавров');
    expect(mine.stdout()).toContain('Also in Arabic: KUNA');
  });
});
