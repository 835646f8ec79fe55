import type { Story } from '../model/story.ts';
import { foldArticle, mutedBy } from './matcher.ts';
import type { MuteWord } from './query.ts';

/**
 * Whether a chat's muted words keep a story out: any of its reports naming one in its title, headline
 * or lead (what a briefing, /latest or an alert shows of it).
 */
export function isMuted(story: Story, mutes: readonly MuteWord[] | undefined): boolean {
  if (!mutes || mutes.length === 0) return false;
  return [story.main, ...story.others].some(
    (article) => mutedBy(mutes, foldArticle(`${article.title} ${article.summary.headline}`, article.summary.lead)) !== undefined,
  );
}
