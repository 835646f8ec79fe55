import type { Language } from '../model/language.ts';
import { LANGUAGES } from '../model/language.ts';
import { storyArticleIds, type Coverage, type Story } from '../model/story.ts';
import { entityEntry, entityNamedBy } from '../entities/gazetteer.ts';
import { searchTermOf } from '../text/search-query.ts';
import { wordTokens } from '../text/tokens.ts';
import type { MuteWord } from '../watch/query.ts';

/** Looks up the linked reports of articles (ArticleLinkStore.coverageOf). */
export type CoverageLookup = (articleIds: readonly number[]) => Map<number, Coverage[]>;

/**
 * The stories with their reports in the other languages: the links of all their articles, one per
 * feed and language (the best-linked first), none in the story's own language. One lookup for all.
 */
export function withCoverage(stories: readonly Story[], lookup: CoverageLookup): Story[] {
  const links = lookup(stories.flatMap(storyArticleIds));
  if (links.size === 0) return [...stories];
  return stories.map((story) => {
    const seen = new Set<string>();
    const coverage: Coverage[] = [];
    for (const id of storyArticleIds(story)) {
      for (const report of links.get(id) ?? []) {
        const key = `${report.language}\u0000${report.feedName}`;
        if (report.language === story.main.language || seen.has(key)) continue;
        seen.add(key);
        coverage.push(report);
      }
    }
    return coverage.length > 0 ? { ...story, coverage } : story;
  });
}

/**
 * A reader's stories with `/sources all`: those of its own language, and the stories of the other
 * languages that are not covered in it, newest first. A story reported in the reader's language is
 * shown in it (with the others as its coverage line), and of two linked stories in other languages
 * only the first is shown, with the second in its coverage: one event, one entry. Coverage must be
 * attached already (withCoverage).
 */
export function mergeAcrossLanguages(own: readonly Story[], others: readonly Story[], language: Language): Story[] {
  const shown = new Set<number>();
  for (const story of own) for (const id of storyArticleIds(story)) shown.add(id);
  const kept: Story[] = [];
  for (const story of [...others].sort(newestFirst)) {
    const coverage = story.coverage ?? [];
    if (coverage.some((report) => report.language === language || shown.has(report.articleId))) continue;
    if (storyArticleIds(story).some((id) => shown.has(id))) continue;
    kept.push(story);
    for (const id of storyArticleIds(story)) shown.add(id);
    for (const report of coverage) shown.add(report.articleId);
  }
  return [...own, ...kept].sort(newestFirst);
}

function newestFirst(a: Story, b: Story): number {
  return b.latestAt - a.latestAt || b.main.id - a.main.id;
}

/** The coverage line's parts: per other language (in the fixed order), its sources. */
export function coverageByLanguage(story: Story): { language: Language; reports: Coverage[] }[] {
  const coverage = story.coverage ?? [];
  return LANGUAGES.filter((language) => language !== story.main.language)
    .map((language) => ({ language, reports: coverage.filter((report) => report.language === language) }))
    .filter((part) => part.reports.length > 0);
}

/**
 * A chat's muted words with, for those that are one name of the gazetteer (`/mute Lavrov`), that
 * name as the other languages write it (Лавров, لافروف): a chat that reads every language mutes
 * the name in all of them. Other words have no counterpart and mute their own language's text.
 */
export function mutesInEveryLanguage(mutes: readonly MuteWord[] | undefined, language: Language): MuteWord[] | undefined {
  if (!mutes || mutes.length === 0) return mutes ? [...mutes] : undefined;
  return mutes.flatMap((mute) => [mute, ...namesElsewhere(mute.text, language)]);
}

const NAMES_KEPT = 10_000;
const namesMemo = new Map<string, MuteWord[]>();

function namesElsewhere(text: string, language: Language): MuteWord[] {
  const key = `${language}\u0000${text}`;
  let words = namesMemo.get(key);
  if (words === undefined) {
    const entity = entityNamedBy(text, language);
    const names = entity ? LANGUAGES.filter((other) => other !== language).flatMap((other) => entityEntry(entity)?.names[other] ?? []) : [];
    words = names.map((name) => ({ text: name, terms: wordTokens(name).map(searchTermOf) })).filter((word) => word.terms.length > 0);
    if (namesMemo.size >= NAMES_KEPT) namesMemo.clear();
    namesMemo.set(key, words);
  }
  return words;
}
