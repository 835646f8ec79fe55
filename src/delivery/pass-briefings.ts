import type { Logger } from 'pino';
import { composeBriefing, STORIES_PER_SECTION, type Briefing, type BriefingSection } from '../briefing/compose.ts';
import { BRIEFING_WINDOW_MS } from '../briefing/reader-service.ts';
import { renderBriefingMessages, type RenderedMessage } from '../briefing/render.ts';
import { groupStories } from '../briefing/stories.ts';
import type { StoryCache } from './story-cache.ts';
import { LANGUAGES, type Language } from '../model/language.ts';
import type { SourceChoice, Story } from '../model/story.ts';
import { TOPICS } from '../model/topics.ts';
import type { Localizer, Translate } from '../model/translate.ts';
import { formattedOnce, renderedKey } from './pass-texts.ts';
import { articleIdSet, type ArticleIdSet, type DeliveryRunStore, type Recipient } from '../store/delivery-runs.ts';
import type { OutboxStore } from '../store/outbox.ts';
import type { StoryArticleStore } from '../store/story-articles.ts';
import type { ArticleLinkStore } from '../store/article-links.ts';
import { mergeAcrossLanguages, mutesInEveryLanguage, withCoverage } from '../briefing/across-languages.ts';
import type { BriefShelf } from '../briefing/briefs.ts';
import { toMuteWord, type WatchStore } from '../store/watches.ts';
import type { MuteWord } from '../watch/query.ts';
import { isMuted } from '../watch/story-mutes.ts';

/** Articles read per language for one pass: a day of every feed. */
const ARTICLES_PER_RUN = 2_000;
/** Rendered briefings kept per language in a pass, for the chats whose briefing is the same as another's. */
const RENDERED_BRIEFINGS_KEPT = 64;

/** What making briefings reads: the articles, what each chat was sent or has queued, the UI texts. */
export interface PassBriefingsDeps {
  runs: DeliveryRunStore;
  outbox: OutboxStore;
  articles: StoryArticleStore;
  i18n: Localizer;
  timeZone: string;
  logger: Logger;
  /** Chats' muted words; without it (a tool that only reads) nothing is muted. */
  watches?: Pick<WatchStore, 'mutesOfChats'>;
  /** Stories kept between passes while their articles are the same; without it each pass groups its own. */
  stories?: StoryCache;
  /** Links across languages (coverage lines, `/sources all`); without it stories stand alone. */
  links?: Pick<ArticleLinkStore, 'coverageOf'>;
  /** The language model's stored briefs (LLM_URL); without it the extractive leads are shown. */
  briefs?: BriefShelf;
}

/**
 * The stories of one language in the run's window, grouped once for all its readers, and what a pass
 * works out from them once rather than for every chat: everything here depends on the language and
 * the pass's tick alone (one pass is one tick), never on a chat.
 */
interface LanguageStories {
  stories: Story[];
  articleIds: ArticleIdSet;
  rendered: Map<Story, string>;
  /**
   * By followed topics: the briefing of every story, each section complete (composeBriefing with no
   * cap). A chat's sections are these less what it has seen, cut to STORIES_PER_SECTION: a story's
   * section depends on its topics and the chat's alone, and the order on the stories alone, so this
   * is what composeBriefing gives for the chat's fresh stories.
   */
  outlines: Map<string, BriefingSection[]>;
  /** Messages of briefings rendered in this pass, by content (see renderedKey), the most recently used last. */
  messages: Map<string, RenderedMessage[]>;
  /** The language's UI texts, each (key, arguments) formatted once in the pass. */
  t: Translate;
}

/**
 * The briefings of one pass (a scheduled run's tick, or one look at chats' own hours): each chat's
 * briefing of the day before the tick in its language and topics, without what it was sent or has
 * queued. What depends only on the language and the tick is worked out once for the whole pass.
 */
export class PassBriefings {
  /** By language, and by language + ':all' for the chats that read every language (storiesOf). */
  private readonly byLanguage = new Map<string, LanguageStories>();
  /** The muted words of the chats of the batch in hand (read with what they were sent). */
  private batchMutes = new Map<number, MuteWord[]>();

  constructor(
    private readonly deps: PassBriefingsDeps,
    private readonly scheduledFor: number,
  ) {}

  /**
   * The articles each chat of a batch has been sent or has queued, among those its briefing could
   * show, read for the whole batch in two statements instead of two per chat. Chats with nothing
   * are left out. Undefined when the lookup fails: each chat then looks for itself, as a chat alone
   * would, so a failure costs only the chats it concerns.
   */
  seenInBatch(recipients: readonly Recipient[]): Map<number, Set<number>> | undefined {
    try {
      // Only chats that would look: they follow a topic and their language has stories (briefingFor).
      const byEntry = new Map<LanguageStories, number[]>();
      for (const recipient of recipients) {
        if (recipient.topics.length === 0) continue;
        const entry = this.storiesOf(recipient.language, recipient.sources);
        if (entry.stories.length === 0) continue;
        const chatIds = byEntry.get(entry) ?? [];
        chatIds.push(recipient.chatId);
        byEntry.set(entry, chatIds);
      }
      const seen = new Map<number, Set<number>>();
      for (const [entry, chatIds] of byEntry) {
        for (const [chatId, ids] of this.deps.runs.sentAmongChats(chatIds, entry.articleIds)) seen.set(chatId, ids);
      }
      const chatIds = [...byEntry.values()].flat();
      this.batchMutes = this.mutesOf(chatIds);
      const queued = this.deps.outbox.queuedArticleIdsOf(chatIds);
      for (const [chatId, ids] of queued) {
        const sent = seen.get(chatId);
        if (!sent) seen.set(chatId, ids);
        else for (const id of ids) sent.add(id);
      }
      return seen;
    } catch (error) {
      this.deps.logger.warn({ err: error }, "could not read a batch's sent and queued articles at once; each chat reads its own");
      return undefined;
    }
  }

  /**
   * One chat's briefing as messages, or none when nothing is new for it. A chat whose briefing fails
   * (a bug in rendering its stories) gets none, and the others theirs. `seenInBatch` is what
   * seenInBatch read for the chat's batch, when it could.
   */
  briefingFor(recipient: Recipient, seenInBatch: Map<number, Set<number>> | undefined): RenderedMessage[] {
    try {
      return this.make(recipient, seenInBatch);
    } catch (error) {
      this.deps.logger.error({ err: error, chat_id: recipient.chatId }, "could not make this chat's briefing; it is skipped this time");
      return [];
    }
  }

  private make(recipient: Recipient, seenInBatch: Map<number, Set<number>> | undefined): RenderedMessage[] {
    if (recipient.topics.length === 0) return [];
    const entry = this.storiesOf(recipient.language, recipient.sources);
    if (entry.stories.length === 0) return [];
    let seen: ReadonlySet<number>;
    if (seenInBatch) seen = seenInBatch.get(recipient.chatId) ?? NOTHING_SEEN;
    else {
      const own = this.deps.runs.sentAmong(recipient.chatId, entry.articleIds);
      for (const id of this.deps.outbox.queuedArticleIds(recipient.chatId)) own.add(id);
      seen = own;
    }
    const mutes = seenInBatch ? this.batchMutes.get(recipient.chatId) : this.mutesOf([recipient.chatId]).get(recipient.chatId);
    const muted = recipient.sources === 'all' ? mutesInEveryLanguage(mutes, recipient.language) : mutes;
    const briefing = this.compose(entry, recipient, seen, muted);
    if (briefing.sections.length === 0) return [];
    this.deps.briefs?.countShown(briefing.sections.flatMap((section) => section.stories));
    // A channel's readers cannot use commands: no pointer to /topics and /unsubscribe there.
    const withFooter = recipient.chatType !== 'channel';
    const key = renderedKey(briefing, withFooter);
    const done = entry.messages.get(key);
    if (done) {
      entry.messages.delete(key);
      entry.messages.set(key, done);
      return done;
    }
    const { t } = entry;
    const messages = renderBriefingMessages(
      briefing,
      { t, language: recipient.language, timeZone: this.deps.timeZone },
      { ...(withFooter ? { footer: t('digest-footer') } : {}), cache: entry.rendered },
    );
    if (entry.messages.size >= RENDERED_BRIEFINGS_KEPT) entry.messages.delete(entry.messages.keys().next().value!);
    entry.messages.set(key, messages);
    return messages;
  }

  /**
   * composeBriefing of the chat's fresh stories, from the pass's outline for its topics (see
   * LanguageStories.outlines). A story any of whose articles the chat has had is an event it has
   * read about: not repeated.
   */
  private compose(
    entry: LanguageStories,
    recipient: Recipient,
    seen: ReadonlySet<number>,
    muted: readonly MuteWord[] | undefined,
  ): Briefing {
    const topicsKey = recipient.topics.join(',');
    let outline = entry.outlines.get(topicsKey);
    if (!outline) {
      outline = composeBriefing({
        stories: entry.stories,
        topics: recipient.topics,
        language: recipient.language,
        at: this.scheduledFor,
        perSection: Infinity,
      }).sections;
      entry.outlines.set(topicsKey, outline);
    }
    const sections: BriefingSection[] = [];
    for (const { topic, stories } of outline) {
      const fresh: Story[] = [];
      for (const story of stories) {
        if (fresh.length === STORIES_PER_SECTION) break;
        // Its reports in other languages count too: a chat that read the event in one language is not sent it again in another.
        const unseen =
          seen.size === 0 ||
          (!seen.has(story.main.id) &&
            !story.others.some((other) => seen.has(other.id)) &&
            !story.coverage?.some((report) => seen.has(report.articleId)));
        if (unseen && !isMuted(story, muted)) fresh.push(story);
      }
      if (fresh.length > 0) sections.push({ topic, stories: fresh });
    }
    return { language: recipient.language, at: this.scheduledFor, sections };
  }

  private mutesOf(chatIds: readonly number[]): Map<number, MuteWord[]> {
    const muted = new Map<number, MuteWord[]>();
    for (const [chatId, mutes] of this.deps.watches?.mutesOfChats(chatIds) ?? []) muted.set(chatId, mutes.map(toMuteWord));
    return muted;
  }

  /** Groups each language's stories now (into the story cache, for the pass that comes next). */
  prepare(): void {
    for (const language of LANGUAGES) this.storiesOf(language);
  }

  /**
   * The day before the tick (not before now: a run resumed hours later must cover the same stories).
   * For `/sources all`, the language's stories with the other languages' that are not covered in it.
   */
  private storiesOf(language: Language, sources: SourceChoice = 'mine'): LanguageStories {
    if (sources === 'all') return this.allLanguagesFor(language);
    let entry = this.byLanguage.get(language);
    if (!entry) {
      const articles = this.deps.articles.recent({
        language,
        topics: TOPICS,
        since: this.scheduledFor - BRIEFING_WINDOW_MS,
        limit: ARTICLES_PER_RUN,
      });
      const grouped = this.deps.stories ? this.deps.stories.storiesOf(language, articles) : groupStories(articles);
      const links = this.deps.links;
      const covered = links ? withCoverage(grouped, (ids) => links.coverageOf(ids)) : grouped;
      entry = {
        stories: this.deps.briefs ? this.deps.briefs.withBriefs(covered, language) : covered,
        articleIds: articleIdSet(articles.map((article) => article.id)),
        rendered: new Map(),
        outlines: new Map(),
        messages: new Map(),
        t: formattedOnce(this.deps.i18n.for(language)),
      };
      this.byLanguage.set(language, entry);
    }
    return entry;
  }

  private allLanguagesFor(language: Language): LanguageStories {
    const key = `${language}:all`;
    let entry = this.byLanguage.get(key);
    if (!entry) {
      const own = this.storiesOf(language);
      const others = LANGUAGES.filter((other) => other !== language).map((other) => this.storiesOf(other));
      const merged = mergeAcrossLanguages(
        own.stories,
        others.flatMap((other) => other.stories),
        language,
      );
      // The other languages' stories with their briefs in this reader's language (and translated headlines).
      const stories = this.deps.briefs ? this.deps.briefs.withBriefs(merged, language) : merged;
      // What a chat was sent is looked up among these: the stories' reports in other languages too,
      // which may be older than the day (links reach 48 hours), so that an event read yesterday in
      // one language is not sent again today in another.
      const coverageIds = stories.flatMap((story) => (story.coverage ?? []).map((report) => report.articleId));
      entry = {
        ...own,
        stories,
        articleIds: articleIdSet([...[own, ...others].flatMap((part) => [...part.articleIds.ids]), ...coverageIds]),
        rendered: new Map(),
        outlines: new Map(),
        messages: new Map(),
      };
      this.byLanguage.set(key, entry);
    }
    return entry;
  }
}

const NOTHING_SEEN: ReadonlySet<number> = new Set();
