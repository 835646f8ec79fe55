import type { Language } from '../model/language.ts';
import type { Db } from '../store/db.ts';
import type { MuteWord } from '../watch/query.ts';
import { isMuted } from '../watch/story-mutes.ts';
import { searchLanguages } from './search-languages.ts';
import type { SavedSearchStore } from '../store/saved-searches.ts';
import type { StoryArticle } from '../model/story.ts';
import type { StoryArticleStore } from '../store/story-articles.ts';
import type { Topic } from '../model/topics.ts';
import { composeBriefing, type Briefing } from './compose.ts';
import { groupStories } from './stories.ts';
import type { SourceChoice, Story } from '../model/story.ts';
import { LANGUAGES } from '../model/language.ts';
import type { ArticleLinkStore } from '../store/article-links.ts';
import { mergeAcrossLanguages, mutesInEveryLanguage, withCoverage } from './across-languages.ts';
import type { BriefShelf } from './briefs.ts';

/** How far back /latest and /topic look. */
export const LATEST_WINDOW_MS = 7 * 24 * 3600_000;
/** /latest and /topic show this many stories unless told otherwise, and never more than the maximum. */
export const LATEST_DEFAULT = 10;
export const LATEST_MAX = 30;
/** What /briefing covers: the last day. */
export const BRIEFING_WINDOW_MS = 24 * 3600_000;
/**
 * Articles read per story asked for: a story merges a few feeds' articles, so six per story fills a
 * page; reading more only costs time (the store's walk and the grouping grow with it).
 */
const ARTICLES_READ_PER_STORY = 6;
/**
 * With `/sources all`, articles read per story asked for in each other language: half as many, as
 * their stories share the page with the reader's own and each language's newest come first anyway;
 * this keeps the three reads and groupings of a page inside the reader commands' 20 ms.
 */
const OTHER_LANGUAGE_ARTICLES_READ_PER_STORY = 3;
/** Articles read for a briefing: a day of every feed in one language. */
const ARTICLES_PER_BRIEFING_READ = 2_000;
/** /search shows this many results a page. */
export const SEARCH_PAGE_SIZE = 10;

export interface StoryPage {
  stories: Story[];
  /** Where the next page starts (the last shown story's time), when there is one. */
  nextBefore: number | undefined;
}

export interface SearchPage {
  /** The saved search behind the "more" button; only a search with a further page is saved. */
  searchId: number | undefined;
  stories: Story[];
  total: number | undefined;
  nextOffset: number | undefined;
}

/** An article shown on its own, as a one-article story (search results). */
export function singleStory(article: StoryArticle): Story {
  return { main: article, others: [], topics: article.topics, otherSources: [], latestAt: article.publishedAt };
}

/** What readers ask for: newest stories, a topic's stories, the briefing, search. Reads only. */
export class ReaderService {
  constructor(
    private readonly deps: {
      db: Db;
      articles: StoryArticleStore;
      searches: SavedSearchStore;
      now: () => number;
      /** Links across languages: coverage lines, and `/sources all`; without it stories stand alone. */
      links?: ArticleLinkStore;
      /** The language model's stored briefs (LLM_URL); without it the extractive leads are shown. */
      briefs?: BriefShelf;
    },
  ) {}

  /** The newest stories in a language about any of the topics; `before` pages further back. */
  latest(input: {
    language: Language;
    topics: readonly Topic[];
    count: number;
    before?: number;
    muted?: readonly MuteWord[];
    sources?: SourceChoice;
  }): StoryPage {
    return this.page(input.language, input.topics, input.count, input.before, input.muted, input.sources);
  }

  /** The newest stories of one topic, whatever topics the reader follows. */
  topic(input: {
    language: Language;
    topic: Topic;
    count: number;
    before?: number;
    muted?: readonly MuteWord[];
    sources?: SourceChoice;
  }): StoryPage {
    return this.page(input.language, [input.topic], input.count, input.before, input.muted, input.sources);
  }

  /** Stories of the last day on the reader's topics, in sections; `notSentTo` leaves out what a chat already got. */
  briefing(input: {
    language: Language;
    topics: readonly Topic[];
    since?: number;
    notSentTo?: number;
    muted?: readonly MuteWord[];
    sources?: SourceChoice;
  }): Briefing {
    const now = this.deps.now();
    const stories = this.storiesIn(input.language, input.sources, (language) =>
      this.deps.articles.recent({
        language,
        topics: input.topics,
        since: input.since ?? now - BRIEFING_WINDOW_MS,
        limit: ARTICLES_PER_BRIEFING_READ,
        ...(input.notSentTo !== undefined ? { notSentTo: input.notSentTo } : {}),
      }),
    ).filter((story) => !isMuted(story, input.sources === 'all' ? mutesInEveryLanguage(input.muted, input.language) : input.muted));
    const briefing = composeBriefing({ stories, topics: input.topics, language: input.language, at: now });
    const shelf = this.deps.briefs;
    if (!shelf) return briefing;
    const sections = briefing.sections.map((section) => ({ ...section, stories: shelf.withBriefs(section.stories, input.language) }));
    shelf.countShown(sections.flatMap((section) => section.stories));
    return { ...briefing, sections };
  }

  /** Articles per topic in the language over the /latest window: the counts on /topic's buttons. */
  topicCounts(language: Language): Map<Topic, number> {
    return this.deps.articles.topicCounts(language, this.deps.now() - LATEST_WINDOW_MS);
  }

  /** Starts a search: its first page, and when there is more, the search saved for its "more" button. */
  search(input: { chatId: number; language: Language; query: string; sources?: SourceChoice }): SearchPage {
    const now = this.deps.now();
    const sources = input.sources ?? 'mine';
    const page = this.searchPage(undefined, { language: input.language, query: input.query, sources }, 0, now);
    if (page.nextOffset === undefined) return page;
    return { ...page, searchId: this.deps.searches.save(input.chatId, input.language, input.query, now, sources) };
  }

  /** A further page of a saved search, or undefined when it has been pruned. */
  searchMore(searchId: number, offset: number): SearchPage | undefined {
    const saved = this.deps.searches.get(searchId);
    // Ranked as of the search's own time, so later pages continue the first one's order.
    return saved && this.searchPage(searchId, saved, offset, saved.createdAt);
  }

  private searchPage(
    searchId: number | undefined,
    search: { language: Language; query: string; sources: SourceChoice },
    offset: number,
    asOf: number,
  ): SearchPage {
    const result = searchLanguages(this.deps.db, search, { limit: SEARCH_PAGE_SIZE + 1, offset, now: asOf });
    const hits = result.hits.slice(0, SEARCH_PAGE_SIZE);
    const byId = new Map(this.deps.articles.byIds(hits.map((hit) => hit.id)).map((article) => [article.id, article]));
    // A result shows where the words stand in the text (the snippet), rather than the article's lead.
    const stories = hits.flatMap((hit) => {
      const article = byId.get(hit.id);
      if (!article) return [];
      return [singleStory(hit.snippet ? { ...article, summary: { ...article.summary, lead: hit.snippet } } : article)];
    });
    const more = result.hits.length > SEARCH_PAGE_SIZE;
    return { searchId, stories, total: result.total, nextOffset: more ? offset + SEARCH_PAGE_SIZE : undefined };
  }

  /**
   * The stories of a language, with their coverage in the others; with `/sources all`, also the
   * stories of the other languages that are not covered in it (mergeAcrossLanguages).
   */
  private storiesIn(language: Language, sources: SourceChoice | undefined, read: (from: Language) => StoryArticle[]): Story[] {
    const own = this.covered(groupStories(read(language)));
    if (sources !== 'all') return own;
    const others = this.covered(LANGUAGES.filter((other) => other !== language).flatMap((other) => groupStories(read(other))));
    return mergeAcrossLanguages(own, others, language);
  }

  private covered(stories: Story[]): Story[] {
    const links = this.deps.links;
    return links ? withCoverage(stories, (ids) => links.coverageOf(ids)) : stories;
  }

  private page(
    language: Language,
    topics: readonly Topic[],
    count: number,
    before: number | undefined,
    muted: readonly MuteWord[] | undefined,
    sources: SourceChoice | undefined,
  ): StoryPage {
    const now = this.deps.now();
    const read = (from: Language) =>
      this.deps.articles.recent({
        language: from,
        topics,
        since: now - LATEST_WINDOW_MS,
        ...(before !== undefined ? { before } : {}),
        limit: count * (from === language ? ARTICLES_READ_PER_STORY : OTHER_LANGUAGE_ARTICLES_READ_PER_STORY),
      });
    // A muted story is left out as if it were not there; the page is cut after that.
    const mutes = sources === 'all' ? mutesInEveryLanguage(muted, language) : muted;
    const stories = this.storiesIn(language, sources, read).filter((story) => !isMuted(story, mutes));
    const page = stories.slice(0, count);
    const shown = this.deps.briefs ? this.deps.briefs.withBriefs(page, language) : page;
    this.deps.briefs?.countShown(shown);
    return { stories: shown, nextBefore: stories.length > count ? page.at(-1)?.latestAt : undefined };
  }
}
