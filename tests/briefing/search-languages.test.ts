import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchLanguages } from '../../src/briefing/search-languages.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { seedArticles, type SeedArticle } from '../support/seed.ts';

const NOW = Date.parse('2026-12-06T12:00:00Z');
let db: Db;

beforeAll(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-search-languages-')), 'bot.db');
  const reports: SeedArticle[] = [
    ...Array.from({ length: 130 }, (_, k) => ({
      feed: 'Reuters',
      language: 'en' as const,
      title: `Lavrov meets Kuwaiti minister, round ${k + 1}`,
      text: `Russian Foreign Minister Sergei Lavrov met the Kuwaiti foreign minister for round ${k + 1} of talks.`,
      publishedAt: NOW - k * 600_000,
    })),
    ...Array.from({ length: 25 }, (_, k) => ({
      feed: 'ТАСС',
      language: 'ru' as const,
      title: `Лавров провел переговоры с министром Кувейта, раунд ${k + 1}`,
      text: `Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Кувейта, раунд ${k + 1}.`,
      publishedAt: NOW - k * 600_000 - 300_000,
    })),
  ];
  seedArticles(path, reports);
  db = openDatabase(path);
});
afterAll(() => db.close());

const page = (offset: number) => ({ limit: 10, offset, now: NOW });

describe('searchLanguages', () => {
  it('with mine, searches the reader’s language as typed', () => {
    const result = searchLanguages(db, { language: 'en', query: 'Lavrov', sources: 'mine' }, page(0));
    expect(result.total).toBe(130);
  });

  it('with all, also finds the Russian reports by the name in Russian, in one ranking', () => {
    const first = searchLanguages(db, { language: 'en', query: 'lavrov', sources: 'all' }, page(0));
    expect(first.total).toBe(155);
    const scores = first.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(first.hits.some((hit) => hit.title.startsWith('Лавров'))).toBe(true);
  });

  it('with all, pages through every match, past the hundredth', () => {
    const seen = new Set<number>();
    for (let offset = 0; offset < 160; offset += 10) {
      for (const hit of searchLanguages(db, { language: 'en', query: 'Lavrov', sources: 'all' }, page(offset)).hits) seen.add(hit.id);
    }
    expect(seen.size).toBe(155);
  });
});
