import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { PRUNED_LANGUAGE } from '../../src/store/retention.ts';
import { seedArticles } from '../support/seed.ts';

let db: Db | undefined;
afterEach(() => db?.close());

function twoArticlesOnePruned(): { kept: number; pruned: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-batches-')), 'bot.db');
  const [kept, pruned] = seedArticles(path, [
    {
      feed: 'KUNA',
      language: 'en',
      title: 'Kuwait and Russia discuss Gaza',
      text: 'The ministers discussed Gaza.',
      publishedAt: Date.now(),
    },
    { feed: 'KUNA', language: 'en', title: 'An old story', text: 'Old text.', publishedAt: Date.now() - 400 * 86_400_000 },
  ]);
  db = openDatabase(path);
  // As retention leaves an article: emptied, filed under no language.
  db.prepare("UPDATE articles SET language = ?, text = '', html = '', summary = NULL WHERE id = ?").run(PRUNED_LANGUAGE, pruned);
  db.prepare('DELETE FROM article_topics WHERE article_id = ?').run(pruned);
  return { kept: kept!, pruned: pruned! };
}

describe('ArticleStore batches (retag, resummarize)', () => {
  it('resummarizes the stored articles and leaves the pruned ones empty', () => {
    const { kept, pruned } = twoArticlesOnePruned();
    const seen: number[] = [];
    expect(new ArticleStore(db!).resummarizeAll((article) => (seen.push(article.id), { headline: 'h', lead: '', sections: [] }))).toBe(1);
    expect(seen).toEqual([kept]);
    expect(db!.prepare('SELECT summary FROM articles WHERE id = ?').pluck().get(pruned)).toBeNull();
  });

  it('retags the stored articles and gives the pruned ones no topics', () => {
    const { pruned } = twoArticlesOnePruned();
    const result = new ArticleStore(db!).retagAll(() => ({ feedTopics: ['gulf'], textTopics: ['palestine'] }));
    expect(result.articles).toBe(1);
    expect(db!.prepare('SELECT COUNT(*) FROM article_topics WHERE article_id = ?').pluck().get(pruned)).toBe(0);
  });
});
