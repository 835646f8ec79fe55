import type { Story } from '../model/story.ts';
import { foldArticle, mutedBy, type FoldedArticle } from './matcher.ts';
import type { MuteWord } from './query.ts';

/**
 * Each story's reports folded once: a pass of briefings checks the same stories against every chat
 * that mutes words, and stories are not changed once grouped (the story cache hands the same objects
 * to later passes).
 */
const foldedReports = new WeakMap<Story, FoldedArticle[]>();

function reportsOf(story: Story): FoldedArticle[] {
  let folded = foldedReports.get(story);
  if (!folded) {
    folded = [story.main, ...story.others].map((article) =>
      foldArticle(`${article.title} ${article.summary.headline}`, article.summary.lead),
    );
    foldedReports.set(story, folded);
  }
  return folded;
}

/**
 * Whether a chat's muted words keep a story out: any of its reports naming one in its title, headline
 * or lead (what a briefing, /latest or an alert shows of it).
 */
export function isMuted(story: Story, mutes: readonly MuteWord[] | undefined): boolean {
  if (!mutes || mutes.length === 0) return false;
  return reportsOf(story).some((report) => mutedBy(mutes, report) !== undefined);
}
