import { describe, expect, it } from 'vitest';
import { coverageByLanguage, mergeAcrossLanguages, withCoverage } from '../../src/briefing/across-languages.ts';
import type { Language } from '../../src/model/language.ts';
import type { Coverage, Story } from '../../src/model/story.ts';

function story(id: number, language: Language, latestAt: number, others: number[] = []): Story {
  const article = (articleId: number) => ({
    id: articleId,
    feedId: articleId,
    feedName: `feed ${articleId}`,
    title: `story ${articleId}`,
    link: null,
    language,
    publishedAt: latestAt,
    summary: { headline: `story ${articleId}`, lead: '', sections: [] },
    topics: [],
  });
  return { main: article(id), others: others.map(article), topics: [], otherSources: [], latestAt };
}

const report = (articleId: number, language: Language, feedName = `feed ${articleId}`): Coverage => ({
  articleId,
  language,
  feedName,
  link: `https://example.org/${articleId}`,
});

describe('withCoverage', () => {
  it("gathers the links of every article of a story, one per feed and language, none in the story's language", () => {
    const links = new Map<number, Coverage[]>([
      [1, [report(10, 'ru', 'ТАСС'), report(20, 'ar', 'كونا')]],
      [2, [report(11, 'ru', 'ТАСС'), report(12, 'ru', 'РИА Новости'), report(30, 'en', 'Reuters')]],
    ]);
    const [linked, alone] = withCoverage([story(1, 'en', 100, [2]), story(3, 'en', 50)], () => links);
    expect(linked!.coverage!.map((c) => `${c.language} ${c.feedName}`)).toEqual(['ru ТАСС', 'ar كونا', 'ru РИА Новости']);
    expect(alone!.coverage).toBeUndefined();
    expect(coverageByLanguage(linked!).map((part) => [part.language, part.reports.length])).toEqual([
      ['ar', 1],
      ['ru', 2],
    ]);
  });
});

describe('mergeAcrossLanguages', () => {
  it("keeps the reader's stories and adds the others', newest first", () => {
    const merged = mergeAcrossLanguages([story(1, 'en', 100)], [story(2, 'ru', 150), story(3, 'ar', 50)], 'en');
    expect(merged.map((s) => s.main.id)).toEqual([2, 1, 3]);
  });

  it("leaves out another language's story that is covered in the reader's language: one event, shown once, in it", () => {
    const own = { ...story(1, 'en', 100), coverage: [report(2, 'ru')] };
    const covered = { ...story(2, 'ru', 150), coverage: [report(1, 'en')] };
    expect(mergeAcrossLanguages([own], [covered], 'en').map((s) => s.main.id)).toEqual([1]);
  });

  it('of two linked stories in other languages shows the newer, with the other as its coverage', () => {
    const russian = { ...story(2, 'ru', 150), coverage: [report(3, 'ar')] };
    const arabic = { ...story(3, 'ar', 140), coverage: [report(2, 'ru')] };
    expect(mergeAcrossLanguages([], [arabic, russian], 'en').map((s) => s.main.id)).toEqual([2]);
  });
});
