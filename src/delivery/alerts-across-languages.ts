import { entityNamedBy } from '../entities/gazetteer.ts';
import type { Language } from '../model/language.ts';
import type { SourceChoice, Story } from '../model/story.ts';
import type { ArticleLinkStore } from '../store/article-links.ts';
import type { AlertKind, ArrivedArticle } from '../store/alerts.ts';
import type { Watch, WatchStore } from '../store/watches.ts';
import { storyArticleIds } from '../briefing/across-languages.ts';

/** One alert for one chat: a story, why (the watch, or breaking), and the articles it carries. */
export interface Alert {
  chatId: number;
  kind: AlertKind;
  story: Story;
  watch?: Watch;
  /** The story's articles: recorded as alerted, and as sent once it goes. */
  articleIds: number[];
}

/**
 * Whether a chat reads a story: one in its language, or with `/sources all` one of another language
 * that is not covered in its own (that one is the chat's story, and its alert).
 */
export function readsStory(chat: { language: Language; sources: SourceChoice }, story: Story): boolean {
  if (story.main.language === chat.language) return true;
  return chat.sources === 'all' && !story.coverage?.some((report) => report.language === chat.language);
}

/**
 * Watches of chats that read every language, followed across languages: a watch that is one name
 * of the gazetteer (`/watch Лавров`, `/watch OPEC+`) matches a new article of another language
 * that names the same entity (its features, made when it was linked). Words are not translated:
 * any other watch matches its own language's text only.
 */
export function watchAlertsAcrossLanguages(
  deps: { watches: Pick<WatchStore, 'watchesReadingAll'>; links?: Pick<ArticleLinkStore, 'featuresOf'> },
  arrived: readonly ArrivedArticle[],
  storyOf: (article: ArrivedArticle) => Story | undefined,
): Alert[] {
  if (!deps.links) return [];
  const byEntity = new Map<string, (Watch & { language: Language })[]>();
  for (const watch of deps.watches.watchesReadingAll()) {
    const entity = entityNamedBy(watch.text, watch.language);
    if (entity) byEntity.set(entity, [...(byEntity.get(entity) ?? []), watch]);
  }
  if (byEntity.size === 0) return [];
  const features = deps.links.featuresOf(arrived.map((article) => article.id));
  const alerts: Alert[] = [];
  for (const article of arrived) {
    for (const entity of features.get(article.id)?.entities ?? []) {
      for (const watch of byEntity.get(entity) ?? []) {
        if (watch.language === article.language) continue;
        const story = storyOf(article);
        if (story) alerts.push({ chatId: watch.chatId, kind: 'watch', story, watch, articleIds: storyArticleIds(story) });
      }
    }
  }
  return alerts;
}
