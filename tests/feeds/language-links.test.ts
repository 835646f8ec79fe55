import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LINK_WINDOW_MS } from '../../src/entities/same-event.ts';
import { LanguageLinker } from '../../src/feeds/language-links.ts';
import { ArticleLinkStore } from '../../src/store/article-links.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { deriveFromText } from '../../src/feeds/derive.ts';
import { crossLanguageReports } from '../support/cross-language.ts';
import { seedArticles } from '../support/seed.ts';

const NOW = Date.parse('2026-12-06T12:00:00Z');
let db: Db | undefined;
afterEach(() => db?.close());

function seeded(at = NOW - 3_600_000): { path: string; ids: Record<string, number> } {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-links-')), 'bot.db');
  const reports = crossLanguageReports(at);
  const ids = Object.fromEntries(Object.entries(reports).map(([name, report]) => [name, seedArticles(path, [report])[0]!]));
  return { path, ids };
}

const linkCount = (database: Db) => database.prepare('SELECT COUNT(*) FROM article_links').pluck().get() as number;

describe('LanguageLinker', () => {
  it('links the Arabic and English reports of the OPEC+ decision, both ways, and nothing else', () => {
    const { path, ids } = seeded();
    db = openDatabase(path);
    const links = new ArticleLinkStore(db);
    const report = new LanguageLinker({ links, now: () => NOW }).linkPending();
    expect(report).toMatchObject({ articles: 5, links: 1 });
    const coverage = links.coverageOf([ids.opecEn!, ids.opecAr!, ids.yemenPrisonersEn!]);
    expect(coverage.get(ids.opecEn!)?.map((c) => [c.language, c.feedName])).toEqual([['ar', 'KUNA']]);
    expect(coverage.get(ids.opecAr!)?.map((c) => [c.language, c.feedName])).toEqual([['en', 'Reuters']]);
    expect(coverage.has(ids.yemenPrisonersEn!)).toBe(false);
  });

  it('looks at each article once: a second pass finds nothing to do', () => {
    const { path } = seeded();
    db = openDatabase(path);
    const linker = new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW });
    linker.linkPending();
    expect(linker.linkPending()).toMatchObject({ articles: 0, links: 0 });
    expect(linkCount(db)).toBe(2);
  });

  it('takes articles published before the window off the queue unlinked', () => {
    const { path } = seeded(NOW - LINK_WINDOW_MS - 3_600_000 * 2);
    db = openDatabase(path);
    expect(new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW }).linkPending()).toMatchObject({ articles: 5, links: 0 });
    expect(db.prepare('SELECT COUNT(*) FROM article_features').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM link_queue').pluck().get()).toBe(0);
  });

  it('drops the features no new article can meet any more, and keeps the links as long as the articles', () => {
    const { path } = seeded();
    db = openDatabase(path);
    new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW }).linkPending();
    expect(db.prepare('SELECT COUNT(*) FROM article_features').pluck().get()).toBe(5);
    new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW + LINK_WINDOW_MS * 2 + 7_200_000 }).linkPending();
    expect(db.prepare('SELECT COUNT(*) FROM article_features').pluck().get()).toBe(0);
    expect(linkCount(db)).toBe(2);
  });

  it('links a changed article again: a corrected report loses the link its first version had', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-links-')), 'bot.db');
    const reports = crossLanguageReports(NOW - 3_600_000);
    seedArticles(path, [reports.opecAr, reports.opecEn]);
    db = openDatabase(path);
    const linker = new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW });
    linker.linkPending();
    expect(linkCount(db)).toBe(2);
    // The same item (same guid) corrected: another number, so another event.
    const [stable, feed] = db.prepare("SELECT stable_id, feed_id FROM articles WHERE language = 'en'").raw().get() as [string, number];
    new ArticleStore(db).saveFeedArticles(
      feed,
      [
        {
          stableId: stable,
          title: 'OPEC+ extends 1.65 million bpd output cuts to end of June',
          link: 'https://reuters.example/opec',
          publishedAt: new Date(NOW - 3_600_000),
          html: '',
          text: 'OPEC+ agreed on Sunday to extend voluntary oil output cuts of 1.65 million barrels per day until the end of June.',
          author: null,
          categories: [],
          declaredLanguage: 'en',
          contentHash: 'corrected',
          feedTopics: [],
        },
      ],
      (input) => deriveFromText(input, 'en'),
    );
    expect(linkCount(db)).toBe(0);
    expect(linker.linkPending()).toMatchObject({ articles: 1, links: 0 });
  });

  it("after a restart, or beside another process's linker, a new article finds the reports linked before", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-links-')), 'bot.db');
    const reports = crossLanguageReports(NOW - 3_600_000);
    seedArticles(path, [reports.opecAr]);
    db = openDatabase(path);
    const running = new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW });
    running.linkPending();
    seedArticles(path, [reports.opecEn]);
    // `diplobrief poll` in another process links the English report against the Arabic one.
    expect(new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW }).linkPending()).toMatchObject({ articles: 1, links: 1 });
    // The running linker reads what the other one stored, and the next report finds both.
    seedArticles(path, [{ ...reports.opecAr, feed: 'SPA', title: `${reports.opecAr.title} (واس)` }]);
    expect(running.linkPending()).toMatchObject({ articles: 1, links: 1 });
  });

  it("a feed removed takes its articles' links along: a newcomer with a reused id shows no one else's coverage", () => {
    const { path } = seeded();
    db = openDatabase(path);
    new LanguageLinker({ links: new ArticleLinkStore(db), now: () => NOW }).linkPending();
    const kuna = db.prepare("SELECT id FROM feeds WHERE name = 'KUNA'").pluck().get() as number;
    new FeedStore(db).remove(kuna);
    expect(linkCount(db)).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM article_features WHERE language = ?').pluck().get('ar')).toBe(0);
  });
});
