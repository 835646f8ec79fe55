import { groupStories } from '../briefing/stories.ts';
import type { Language } from '../model/language.ts';
import type { Story, StoryArticle } from '../model/story.ts';

/**
 * Each language's stories, kept from one pass of briefings to the next while the articles they are
 * grouped from are the same: a minute's pass reads the same day of articles as the minute before
 * unless a poll added some, and grouping them is the largest fixed cost of a pass. The articles are
 * compared whole (summaries and topics included), so an article changed in any way regroups them;
 * groupStories is pure, so equal articles give equal stories.
 */
export class StoryCache {
  private readonly byLanguage = new Map<Language, { articles: string; stories: Story[] }>();

  storiesOf(language: Language, articles: readonly StoryArticle[]): Story[] {
    const key = JSON.stringify(articles);
    const cached = this.byLanguage.get(language);
    if (cached?.articles === key) return cached.stories;
    const stories = groupStories(articles);
    this.byLanguage.set(language, { articles: key, stories });
    return stories;
  }
}
