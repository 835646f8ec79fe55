import { createHash } from 'node:crypto';
import { parseFeedDate } from './feed-date.ts';
import { cleanHtml, inlineText, safeHttpUrl } from '../text/html.ts';
import { primaryLanguage } from '../topics/language.ts';
import type { ParsedFeed, ParsedItem } from './parsed-feed.ts';
import type { NormalizedArticle } from '../model/article.ts';

export { primaryLanguage };

export interface NormalizedFeed {
  title: string | null;
  link: string | null;
  language: string | null;
  articles: NormalizedArticle[];
}

export interface NormalizeContext {
  /** Where the feed was fetched from: the last base for relative links. */
  feedUrl: string;
  /** The fetch time: the date of undated items and the ceiling for future ones. */
  now: Date;
}

/** Longest title made from the text when an item has none. */
const UNTITLED_TITLE_LENGTH = 120;

/** Cleans a parsed feed into articles. Items with nothing in them at all are left out. */
export function normalizeFeed(parsed: ParsedFeed, ctx: NormalizeContext): NormalizedFeed {
  const feedLink = safeHttpUrl(parsed.link, parsed.xmlBase ?? ctx.feedUrl) ?? null;
  const feedLanguage = primaryLanguage(parsed.language);
  const usedIds = new Set<string>();
  const articles: NormalizedArticle[] = [];
  for (const item of parsed.items) {
    const article = normalizeItem(item, { ...ctx, feedLink, feedLanguage });
    if (!article) continue;
    article.stableId = uniqueId(article.stableId, usedIds);
    articles.push(article);
  }
  const title = inlineText(parsed.title ?? '');
  return { title: title || null, link: feedLink, language: feedLanguage, articles };
}

interface ItemContext extends NormalizeContext {
  feedLink: string | null;
  feedLanguage: string | null;
}

function normalizeItem(item: ParsedItem, ctx: ItemContext): NormalizedArticle | undefined {
  const base = item.xmlBase ?? ctx.feedLink ?? ctx.feedUrl;
  const guid = item.guid?.trim() || undefined;
  const id = item.id?.trim() || undefined;
  // An RSS guid is a permalink unless it says otherwise; feeds with a guid and no link rely on it.
  const link = safeHttpUrl(item.link, base) ?? (guid && /^https?:\/\//i.test(guid) ? safeHttpUrl(guid) : undefined) ?? null;
  const content = cleanHtml(item.html ?? item.summary ?? '', base);
  const ownTitle = inlineText(item.title ?? '');
  if (!ownTitle && !link && !guid && !id && !content.text) return undefined;

  const title = ownTitle || titleFromText(content.text);
  const publishedAt = clampToNow(parseFeedDate(item.published) ?? parseFeedDate(item.updated), ctx.now);
  const stableId = guid ?? id ?? link ?? `sha256:${sha256(`${title}\n${item.published ?? item.updated ?? ''}`)}`;
  return {
    stableId,
    title,
    link,
    publishedAt,
    html: content.html,
    text: content.text,
    author: inlineText(item.author ?? '') || null,
    categories: [...new Set(item.categories.map(inlineText).filter(Boolean))],
    declaredLanguage: primaryLanguage(item.language) ?? ctx.feedLanguage,
    contentHash: sha256(`${title}\n${content.text}`),
  };
}

/** Repeated ids within one feed get `#2`, `#3`…, in document order, so each keeps its own row. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}#${n}`;
  used.add(candidate);
  return candidate;
}

/** Missing or unreadable → the fetch time; in the future → the fetch time. */
function clampToNow(date: Date | undefined, now: Date): Date {
  return !date || date.getTime() > now.getTime() ? new Date(now.getTime()) : date;
}

/** The first words of the text, cut at a word boundary, for items that carry no title. */
function titleFromText(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  if (firstLine.length <= UNTITLED_TITLE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, UNTITLED_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > UNTITLED_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
