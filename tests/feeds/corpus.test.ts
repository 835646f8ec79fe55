import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/feeds/decode.ts';
import { normalizeFeed } from '../../src/feeds/normalize.ts';
import { FeedParseError, parseFeed } from '../../src/feeds/parse.ts';
import { corpusFeedFiles, corpusFeedsDir } from '../support/shared-corpus.ts';

/**
 * Every real feed in the shared corpus (../shared/fixtures/feeds, or DIPLOBRIEF_SHARED_DIR) through
 * decode → parse → normalise. The bar is python3-feedparser's result recorded in SOURCES.md:
 * at least as many items, and no file lost. Nothing from the corpus is copied into the repo.
 */

const feedsDir = corpusFeedsDir();
const NOW = new Date('2030-01-01T00:00:00Z');

/** Feeds whose titles (or, untitled, texts) must be in a given script: decoded right, no mojibake. */
const EXPECTED_SCRIPT: Record<string, RegExp> = {
  'miniflux/encoding_WINDOWS-1251.xml': /\p{Script=Cyrillic}/u,
  'miniflux/encoding-koi8r.xml': /\p{Script=Cyrillic}/u,
  'feedparser/koi8r.xml': /\p{Script=Cyrillic}/u,
  'node-feedparser/iconv.xml': /\p{Script=Cyrillic}/u,
  'prof18-rssparser/feed-test-ru.xml': /\p{Script=Cyrillic}/u,
  'codehollow-feedreader/Rss20CityDog.xml': /\p{Script=Cyrillic}/u,
  'picofeed/xakep.ru.xml': /\p{Script=Cyrillic}/u,
  'miniflux/urdu_UTF8.xml': /\p{Script=Arabic}/u,
  'picofeed/zoot_egkty.xml': /\p{Script=Arabic}/u,
  'picofeed/bbc_urdu.xml': /\p{Script=Arabic}/u,
  'picofeed/hamakor.xml': /\p{Script=Hebrew}/u,
  'feedparser/windows1255.xml': /\p{Script=Hebrew}/u,
  'prof18-rssparser/feed-test-greek.xml': /\p{Script=Greek}/u,
};

interface SourceRow {
  /** python3-feedparser's entry count. */
  entries: number;
  notAFeed: boolean;
}

/** The per-folder tables of SOURCES.md, keyed `folder/file`. */
function readSources(): Map<string, SourceRow> {
  const rows = new Map<string, SourceRow>();
  let folder = '';
  for (const line of readFileSync(join(feedsDir, 'SOURCES.md'), 'utf8').split('\n')) {
    const section = /^## `([^`/]+)\/`/.exec(line);
    if (section) folder = section[1]!;
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const entries = /n=(\d+)/.exec(cells[5] ?? '')?.[1];
    if (!file || entries === undefined) continue;
    rows.set(`${folder}/${file}`, { entries: Number(entries), notAFeed: /^not a feed/i.test(cells[7] ?? '') });
  }
  return rows;
}

/** `folder/file` for a path under the corpus, whatever subfolders it sits in. */
function corpusKey(path: string): string {
  return `${relative(feedsDir, path).split('/')[0]}/${basename(path)}`;
}

function collapse(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** rss-parser's goldens were made from UTF-8 reads, so an undeclared legacy feed has U+FFFD there. */
function sameText(ours: string, golden: string): boolean {
  if (!golden.includes('\uFFFD')) return ours === golden;
  const pattern = golden
    .split('\uFFFD')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.');
  return new RegExp(`^${pattern}$`, 'u').test(ours);
}

const present = existsSync(join(feedsDir, 'SOURCES.md'));
if (!present) {
  console.warn(`feed corpus not found at ${feedsDir}: set DIPLOBRIEF_SHARED_DIR to the folder holding fixtures/feeds`);
}

const suite = present ? describe : describe.skip;
suite(present ? `feed corpus (${feedsDir})` : 'feed corpus (skipped: set DIPLOBRIEF_SHARED_DIR)', () => {
  const sources = present ? readSources() : new Map<string, SourceRow>();
  const files = present ? corpusFeedFiles(feedsDir) : [];
  const totals = { files: 0, items: 0, feedparserItems: 0, repairedFiles: 0, rejected: 0, goldenItems: 0 };

  afterAll(() => {
    console.log(
      `feed corpus: ${totals.files} files, ${totals.items} items (feedparser ${totals.feedparserItems}), ` +
        `${totals.repairedFiles} repaired, ${totals.rejected} rejected as not a feed, ` +
        `${totals.goldenItems} items agree with rss-parser goldens`,
    );
  });

  it('finds the feeds SOURCES.md describes', () => {
    expect(files.length).toBeGreaterThan(90);
    for (const file of files) expect(sources.has(corpusKey(file)), corpusKey(file)).toBe(true);
  });

  it.each(files.map((path) => [corpusKey(path), path]))('%s', async (key, path) => {
    const bytes = readFileSync(path);
    const source = sources.get(key);
    totals.files++;
    const decoded = decodeFeedBytes(bytes);

    if (source?.notAFeed) {
      await expect(parseFeed(decoded.text)).rejects.toBeInstanceOf(FeedParseError);
      totals.rejected++;
      return;
    }
    const parsed = await parseFeed(decoded.text);
    const feed = normalizeFeed(parsed, { feedUrl: 'https://corpus.invalid/feed', now: NOW });
    totals.items += parsed.items.length;
    totals.feedparserItems += source?.entries ?? 0;
    if (parsed.repaired.length > 0) totals.repairedFiles++;

    expect(parsed.items.length).toBeGreaterThanOrEqual(source?.entries ?? 0);

    const titles = [feed.title ?? '', ...feed.articles.map((a) => a.title)];
    if (!bytes.includes(Buffer.from('\uFFFD'))) {
      for (const title of titles) expect(title).not.toContain('\uFFFD');
    }
    for (const title of titles) expect(title).not.toMatch(/[\u0080-\u009F]/); // C1 controls: a misread codepage

    const script = EXPECTED_SCRIPT[key];
    if (script) {
      expect(feed.articles.length).toBeGreaterThan(0);
      const inScript = feed.articles.filter((a) => script.test(a.title) || script.test(a.text));
      expect(inScript.length, 'articles in the expected script').toBeGreaterThanOrEqual(Math.ceil(feed.articles.length / 2));
    }

    for (const article of feed.articles) {
      expect(article.html).not.toMatch(/<(script|style|iframe)\b|\son\w+=|javascript:/i);
      expect(article.publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (article.link) expect(article.link).toMatch(/^https?:\/\//);
    }
    expect(new Set(feed.articles.map((a) => a.stableId)).size).toBe(feed.articles.length);

    const goldenPath = join(dirname(dirname(path)), 'output', `${basename(path).replace(/\.[^.]+$/, '')}.json`);
    if (key.startsWith('rss-parser/') && existsSync(goldenPath)) {
      // output/encoding.json came from a server declaring latin1 and was saved in that charset.
      const goldenText = readFileSync(goldenPath, basename(goldenPath) === 'encoding.json' ? 'latin1' : 'utf8');
      const goldenItems = (JSON.parse(goldenText) as { feed: { items?: Array<{ title?: string; link?: string }> } }).feed.items ?? [];
      expect(parsed.items.length).toBe(goldenItems.length);
      goldenItems.forEach((golden, index) => {
        const ours = parsed.items[index]!;
        expect(sameText(collapse(ours.title), collapse(golden.title)), `title ${index}: ${ours.title} ≠ ${golden.title}`).toBe(true);
        expect(collapse(ours.link)).toBe(collapse(golden.link));
      });
      totals.goldenItems += goldenItems.length;
    }
  });
});
