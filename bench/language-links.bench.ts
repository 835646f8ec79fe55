import { mkdtempSync, rmSync } from 'node:fs';
import { readCrossPairs, type CrossPairSide } from '../tests/support/cross-pairs.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONCEPT_WORDS } from '../src/entities/concepts.ts';
import type { EventFeatures } from '../src/entities/event-features.ts';
import { ENTITIES } from '../src/entities/gazetteer.ts';
import { LINK_WINDOW_MS } from '../src/entities/same-event.ts';
import { LanguageLinker } from '../src/feeds/language-links.ts';
import { LANGUAGES } from '../src/model/language.ts';
import { ArticleLinkStore } from '../src/store/article-links.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { seededRandom as random } from '../tests/support/random.ts';
import { timeMs, type Benchmark, type Figure } from './harness.ts';

/** Stories in each language within the window, and new articles linked against them one at a time. */
const STORIES_PER_LANGUAGE = 5_000;
const NEW_ARTICLES = 300;
const GOAL_MS = 20;

type Side = Pick<CrossPairSide, 'lang' | 'title' | 'lead'>;

/**
 * `language-links`: linking one new article, as after a poll (features from its headline and lead,
 * candidates from the entity index, the rule on each), against 48 hours of 5,000 stories in each
 * language. The stories are made from the gazetteer with Zipf frequencies — a few states and leaders
 * in thousands of them, as in the news, which is what makes the index's lists long — and
 * the new articles are the labelled cross-language pairs' real headlines and leads.
 */
export const languageLinksBenchmark: Benchmark = {
  name: 'language-links',
  run(): Figure[] {
    const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-links-'));
    const db = openDatabase(join(folder, 'bench.db'));
    const end = Date.UTC(2026, 11, 7);
    try {
      const insert = articleInserter(db);
      const buildMs = timeMs(() => background(db, insert, end));
      const sides = labelledSides();
      const linker = new LanguageLinker({ links: new ArticleLinkStore(db), now: () => end });
      // A restart's first pass reads the window's features into the linker's index.
      const loadMs = timeMs(() => linker.linkPending());
      const times: number[] = [];
      let linked = 0;
      const enqueue = db.prepare('INSERT INTO link_queue (article_id) VALUES (?)');
      for (let k = 0; k < NEW_ARTICLES; k++) {
        const side = sides[k % sides.length]!;
        // As the article store does: a new article waits in the link queue.
        enqueue.run(insert(side, end - (k % 40) * 3_600_000, `new-${k}`));
        times.push(timeMs(() => (linked += linker.linkPending().links)));
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((times.length * p) / 100))]! * 100) / 100;
      return [
        {
          name: `link a new article, 48 h of ${STORIES_PER_LANGUAGE.toLocaleString('en')} stories a language: p50`,
          value: at(50),
          unit: 'ms',
        },
        { name: 'link a new article: p99', value: at(99), unit: 'ms', goal: { atMost: GOAL_MS } },
        { name: `links made for ${NEW_ARTICLES} new articles`, value: linked, unit: '' },
        { name: 'first pass after a restart: the window read into the index', value: Math.round(loadMs), unit: 'ms' },
        { name: 'build the window (15,000 articles with features)', value: Math.round(buildMs / 100) / 10, unit: 's' },
      ];
    } finally {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

function labelledSides(): Side[] {
  return readCrossPairs().flatMap((pair) => [pair.a, pair.b]);
}

function articleInserter(db: Db): (side: Side, publishedAt: number, stableId: string) => number {
  const feeds = new Map(
    LANGUAGES.map((language) => [
      language,
      Number(
        db
          .prepare('INSERT INTO feeds (url, name, language, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
          .run(`https://bench.invalid/${language}`, `Feed ${language}`, language).lastInsertRowid,
      ),
    ]),
  );
  const insert = db.prepare(
    `INSERT INTO articles (feed_id, stable_id, title, language, content_hash, summary, published_at, fetched_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (side, publishedAt, stableId) =>
    Number(
      insert.run(
        feeds.get(side.lang)!,
        stableId,
        side.title,
        side.lang,
        stableId,
        JSON.stringify({ headline: side.title, lead: side.lead, sections: [] }),
        publishedAt,
        publishedAt,
        publishedAt,
      ).lastInsertRowid,
    );
}

/** 5,000 stories a language over the window, stored with their features as the linker leaves them. */
function background(db: Db, insert: ReturnType<typeof articleInserter>, end: number): void {
  const rnd = random(17);
  const zipf = <T>(items: readonly T[]) => items[Math.min(items.length, Math.floor(items.length ** rnd())) - 1]!;
  // The field's states first (the most named), then people, organisations and places, then the rest.
  const order = ['country', 'person', 'org', 'group', 'city', 'place'];
  const ids = [...ENTITIES].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((entry) => entry.id);
  const concepts = Object.keys(CONCEPT_WORDS) as EventFeatures['concepts'];
  const links = new ArticleLinkStore(db);
  db.transaction(() => {
    for (const language of LANGUAGES) {
      for (let k = 0; k < STORIES_PER_LANGUAGE; k++) {
        const entities = [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => zipf(ids)))].sort();
        const features: EventFeatures = {
          language,
          headlineEntities: entities.slice(0, 2),
          entities,
          concepts: [...new Set([zipf(concepts), zipf(concepts)])].sort(),
          numbers: rnd() < 0.4 ? [String(1 + Math.floor(rnd() * 500))] : [],
          headlineNumbers: [],
          weekdays: rnd() < 0.3 ? [Math.floor(rnd() * 7)] : [],
        };
        const publishedAt = end - Math.floor(rnd() * LINK_WINDOW_MS);
        const id = insert({ lang: language, title: `story ${language} ${k}`, lead: '' }, publishedAt, `bg-${language}-${k}`);
        links.saveFeatures({ id, publishedAt }, features);
      }
    }
  })();
}
