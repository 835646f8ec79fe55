import type { Language } from '../model/language.ts';
import { inTopicOrder } from '../model/topics.ts';
import { isArabic, matchText, MAX_SUFFIX, MIN_PREFIX_MATCH, verbCore, type MatchText } from './match-text.ts';
import { eventSimilarity, requiredMatches } from './similarity.ts';
import type { Story, StoryArticle } from '../model/story.ts';

/** Reports of one event are at most this far apart: later ones are a new development. */
export const STORY_WINDOW_MS = 48 * 3600_000;

interface Item {
  /** Position in time order. */
  ordinal: number;
  article: StoryArticle;
  text: MatchText;
  /** Where it is filed in the index (fileUnder), and how many of those stems a match must hit. */
  filed: Filing;
}

interface Filing {
  /** Index key and the position (bit) of the headline stem it stands for. */
  keys: { key: string; bit: number }[];
  hitsNeeded: number;
}

interface Posting {
  item: Item;
  bit: number;
  publishedAt: number;
}

interface Group {
  members: Item[];
  feeds: Set<number>;
}

/**
 * Groups articles (any order, one language or several) into stories; pure and deterministic.
 * Returned newest story first (by latestAt, then the main article's id, higher first).
 *
 * Articles are taken oldest first; each joins the existing story it matches best, or starts one.
 * Joining is complete-link: the article must be one event with every member (similarity.ts), from
 * a feed no member comes from, and within STORY_WINDOW_MS of every member. Matching one member
 * only would chain different events through a middle report (A~B, B~C, A≁C); complete-link
 * cannot, at the price of leaving out a third report that paraphrases one member too freely.
 * Candidates come from an inverted index (fileUnder), so unrelated articles are never compared.
 */
export function groupStories(articles: readonly StoryArticle[]): Story[] {
  const prepared = [...articles]
    .sort((a, b) => a.publishedAt - b.publishedAt || a.id - b.id)
    .map((article) => ({
      article,
      text: matchText(article.summary.headline.trim() || article.title, article.summary.lead, article.language),
    }));
  const frequency = stemFrequency(prepared.map((item) => item.text));
  const items: Item[] = prepared.map((item, ordinal) => ({ ...item, ordinal, filed: fileUnder(item.text, frequency) }));

  const groups: Group[] = [];
  const groupOf = new Map<Item, number>();
  // Per language, filing key → earlier items (oldest first) filed under it.
  const index = new Map<Language, Map<string, Posting[]>>();
  const hits: Hits = { masks: new Int32Array(items.length), touched: [] };

  for (const item of items) {
    const postings = index.get(item.article.language) ?? new Map<string, Posting[]>();
    index.set(item.article.language, postings);

    let best: { group: number; score: number } | undefined;
    for (const group of candidateGroups(item, postings, groupOf, hits)) {
      const score = joinScore(item, groups[group]!);
      if (score !== null && (best === undefined || score > best.score)) best = { group, score };
    }
    if (best === undefined) {
      groupOf.set(item, groups.length);
      groups.push({ members: [item], feeds: new Set([item.article.feedId]) });
    } else {
      groupOf.set(item, best.group);
      groups[best.group]!.members.push(item);
      groups[best.group]!.feeds.add(item.article.feedId);
    }

    for (const { key, bit } of item.filed.keys) {
      const list = postings.get(key);
      const posting = { item, bit, publishedAt: item.article.publishedAt };
      if (list) list.push(posting);
      else postings.set(key, [posting]);
    }
  }

  return groups.map(toStory).sort((a, b) => b.latestAt - a.latestAt || b.main.id - a.main.id);
}

/** In how many articles of each language each stem occurs: how common a word is in this call. */
function stemFrequency(texts: readonly MatchText[]): Map<Language, Map<string, number>> {
  const frequency = new Map<Language, Map<string, number>>();
  for (const text of texts) {
    const counts = frequency.get(text.language) ?? new Map<string, number>();
    frequency.set(text.language, counts);
    for (const term of text.stems) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return frequency;
}

/**
 * Where an article is filed in the index: under the keys of its rarest headline stems. Prefix
 * filtering, as in set-similarity joins (PPJoin): a later article can be one event with this one
 * only if it has `required` of the n headline stems in some form, hence at least k − (n − required)
 * of any k of them. Filing the n − required + 2 rarest and asking for two hits keeps the lists
 * short and the candidates few (one shared word is common; two rare ones are not). Exact: every
 * pair sameEvent accepts is found. A headline that can never be covered enough is not filed.
 */
const FILED_BEYOND_MINIMUM = 1;
const MAX_FILED = 31; // one bit each in a 32-bit mask

function fileUnder(text: MatchText, frequency: ReadonlyMap<Language, ReadonlyMap<string, number>>): Filing {
  const stems = text.headlineTerms;
  const required = requiredMatches(text);
  if (stems.length < required) return { keys: [], hitsNeeded: Infinity };
  const filed = Math.min(stems.length, MAX_FILED, stems.length - required + 1 + FILED_BEYOND_MINIMUM);
  const rarest = stems
    .map((term) => ({ term, count: frequency.get(text.language)?.get(term) ?? 0 }))
    .sort((a, b) => a.count - b.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, filed);
  return {
    keys: rarest.flatMap(({ term }, bit) => filingKeys(term).map((key) => ({ key, bit }))),
    hitsNeeded: Math.max(1, filed - (stems.length - required)),
  };
}

/**
 * Groups holding an earlier article within the window of which this one hits enough filed stems,
 * in ascending order (ties go to the older group). An article whose own headline can never be
 * covered enough matches nothing.
 */
/** Which filed stems of each earlier item the current one hits: a mask per item, reset after use. */
interface Hits {
  masks: Int32Array;
  touched: Item[];
}

function candidateGroups(item: Item, postings: ReadonlyMap<string, Posting[]>, groupOf: ReadonlyMap<Item, number>, hits: Hits): number[] {
  if (item.text.headlineTerms.length < requiredMatches(item.text)) return [];
  const earliest = item.article.publishedAt - STORY_WINDOW_MS;
  for (const term of item.text.stems) {
    for (const key of lookupKeys(term)) {
      const list = postings.get(key);
      if (!list) continue;
      // Lists are in time order: walk back from the newest until the window is left.
      for (let k = list.length - 1; k >= 0 && list[k]!.publishedAt >= earliest; k--) {
        const { item: other, bit } = list[k]!;
        if (hits.masks[other.ordinal] === 0) hits.touched.push(other);
        hits.masks[other.ordinal]! |= 1 << bit;
      }
    }
  }
  const found = new Set<number>();
  for (const other of hits.touched) {
    if (bitCount(hits.masks[other.ordinal]!) >= other.filed.hitsNeeded) found.add(groupOf.get(other)!);
    hits.masks[other.ordinal] = 0;
  }
  hits.touched.length = 0;
  return [...found].sort((a, b) => a - b);
}

/**
 * Index keys for the other forms of a word (similarity.ts, sameWord): a stem is filed under itself,
 * its prefixes of MIN_PREFIX_MATCH letters or more that leave at most MAX_SUFFIX off, and (Arabic)
 * its verb core; it is looked up by itself as such a prefix, by those prefixes of its own as whole
 * stems, and by its core. Whenever two stems are forms of one word, a lookup key of the one is a
 * filing key of the other, so the index misses no pair. Remembered per stem, like the stems.
 */
function filingKeys(term: string): readonly string[] {
  return cachedKeys(filingCache, term, () => {
    const keys = [`=${term}`];
    for (let end = Math.max(MIN_PREFIX_MATCH, term.length - MAX_SUFFIX); end <= term.length; end++) keys.push(`<${term.slice(0, end)}`);
    if (isArabic(term)) keys.push(`~${verbCore(term)}`);
    return keys;
  });
}

function lookupKeys(term: string): readonly string[] {
  return cachedKeys(lookupCache, term, () => {
    // A stem of MIN_PREFIX_MATCH letters or more is filed under "<" + itself as well.
    const keys = [term.length >= MIN_PREFIX_MATCH ? `<${term}` : `=${term}`];
    for (let end = Math.max(MIN_PREFIX_MATCH, term.length - MAX_SUFFIX); end < term.length; end++) keys.push(`=${term.slice(0, end)}`);
    if (isArabic(term)) keys.push(`~${verbCore(term)}`);
    return keys;
  });
}

const KEY_CACHE_SIZE = 200_000;
const filingCache = new Map<string, readonly string[]>();
const lookupCache = new Map<string, readonly string[]>();
function cachedKeys(cache: Map<string, readonly string[]>, term: string, make: () => string[]): readonly string[] {
  let keys = cache.get(term);
  if (keys === undefined) {
    if (cache.size >= KEY_CACHE_SIZE) cache.clear();
    cache.set(term, (keys = make()));
  }
  return keys;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The mean headline coverage with the group's members when the item may join it, else null. */
function joinScore(item: Item, group: Group): number | null {
  if (group.feeds.has(item.article.feedId)) return null;
  let total = 0;
  for (const member of group.members) {
    if (Math.abs(member.article.publishedAt - item.article.publishedAt) > STORY_WINDOW_MS) return null;
    const similarity = eventSimilarity(item.text, member.text);
    if (similarity === null) return null;
    total += similarity;
  }
  return total / group.members.length;
}

function toStory(group: Group): Story {
  const articles = group.members.map((member) => member.article);
  const main = [...articles].sort(
    (a, b) => b.summary.lead.length - a.summary.lead.length || a.publishedAt - b.publishedAt || a.id - b.id,
  )[0]!;
  const others = articles.filter((article) => article !== main).sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id);
  const otherSources: string[] = [];
  for (const other of others) {
    if (other.feedName !== main.feedName && !otherSources.includes(other.feedName)) otherSources.push(other.feedName);
  }
  return {
    main,
    others,
    topics: inTopicOrder(articles.flatMap((article) => article.topics)),
    otherSources,
    latestAt: Math.max(...articles.map((article) => article.publishedAt)),
  };
}
