import type { Story } from '../model/story.ts';

/** A story is breaking when this many different feeds carry it … */
export const BREAKING_SOURCES = 3;
/** … within this long. */
export const BREAKING_WINDOW_MS = 2 * 3600_000;

/**
 * The stories that have just become breaking: BREAKING_SOURCES different feeds within
 * BREAKING_WINDOW_MS of each other, with at least one of those reports among the articles that just
 * arrived (a story that was breaking before is not news again; the alert records keep it once a chat).
 */
export function breakingStories(stories: readonly Story[], arrived: ReadonlySet<number>): Story[] {
  return stories.filter((story) => {
    const members = [story.main, ...story.others].sort((a, b) => a.publishedAt - b.publishedAt);
    if (!members.some((article) => arrived.has(article.id))) return false;
    // Any window of BREAKING_WINDOW_MS holding enough different feeds.
    for (let start = 0; start < members.length; start++) {
      const feeds = new Set<number>();
      for (let end = start; end < members.length && members[end]!.publishedAt - members[start]!.publishedAt <= BREAKING_WINDOW_MS; end++) {
        feeds.add(members[end]!.feedId);
        if (feeds.size >= BREAKING_SOURCES) return true;
      }
    }
    return false;
  });
}
