import { entityNamedBy } from '../entities/gazetteer.ts';
import type { Language } from '../model/language.ts';
import { storyArticleIds, type SourceChoice, type Story } from '../model/story.ts';
import type { ArticleLinkStore } from '../store/article-links.ts';
import type { AlertKind, ArrivedArticle } from '../store/alerts.ts';
import type { Watch, WatchStore } from '../store/watches.ts';

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
 * any other watch matches its own language's text only. Which entity each watch names is worked
 * out once per watch and kept; the lists are read again only when a watch is added or removed, or
 * a chat starts or stops reading every language (or changes language meanwhile).
 */
export class CrossLanguageWatches {
  private version = '';
  /** By watch id: the entity it names (or none), and in which language that was read. */
  private readonly named = new Map<number, { entity: string | undefined; language: Language }>();
  private byEntity = new Map<string, number[]>();

  constructor(
    private readonly deps: {
      watches: Pick<WatchStore, 'watchesReadingAll' | 'readingAllVersion' | 'watchesVersion' | 'watchesByIds'>;
      links: Pick<ArticleLinkStore, 'featuresOf'>;
    },
  ) {}

  alertsFor(arrived: readonly ArrivedArticle[], storyOf: (article: ArrivedArticle) => Story | undefined): Alert[] {
    this.refresh();
    if (this.byEntity.size === 0) return [];
    const features = this.deps.links.featuresOf(arrived.map((article) => article.id));
    const matches: { article: ArrivedArticle; watchId: number }[] = [];
    for (const article of arrived) {
      for (const entity of features.get(article.id)?.entities ?? []) {
        for (const watchId of this.byEntity.get(entity) ?? []) matches.push({ article, watchId });
      }
    }
    // The watches as they are now: a group upgraded to a supergroup has moved its watches to the new id.
    const watches = new Map(this.deps.watches.watchesByIds([...new Set(matches.map((match) => match.watchId))]).map((w) => [w.id, w]));
    const alerts: Alert[] = [];
    for (const { article, watchId } of matches) {
      const watch = watches.get(watchId);
      const story = watch && storyOf(article);
      if (watch && story) alerts.push({ chatId: watch.chatId, kind: 'watch', story, watch, articleIds: storyArticleIds(story) });
    }
    return alerts;
  }

  private refresh(): void {
    const version = `${this.deps.watches.watchesVersion()}|${this.deps.watches.readingAllVersion()}`;
    if (version === this.version) return;
    const watches = this.deps.watches.watchesReadingAll();
    const current = new Set(watches.map((watch) => watch.id));
    for (const id of this.named.keys()) if (!current.has(id)) this.named.delete(id);
    const byEntity = new Map<string, number[]>();
    // Many chats watch the same names: each text is read once.
    const readTexts = new Map<string, string | undefined>();
    for (const watch of watches) {
      let named = this.named.get(watch.id);
      if (named?.language !== watch.language) {
        const key = `${watch.language}\u0000${watch.text}`;
        if (!readTexts.has(key)) readTexts.set(key, entityNamedBy(watch.text, watch.language));
        named = { entity: readTexts.get(key), language: watch.language };
        this.named.set(watch.id, named);
      }
      if (named.entity === undefined) continue;
      const list = byEntity.get(named.entity);
      if (list) list.push(watch.id);
      else byEntity.set(named.entity, [watch.id]);
    }
    this.byEntity = byEntity;
    this.version = version;
  }
}
