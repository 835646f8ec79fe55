import { FeedParseError } from './feed-parse-error.ts';
import type { ParsedFeed, ParsedItem } from './parsed-feed.ts';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). rss-parser reads XML only, and the
 * format is small enough that a library would add nothing but a dependency.
 */
export function parseJsonFeed(text: string): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError('malformed', `invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isJsonFeed(document)) {
    throw new FeedParseError('not-a-feed', 'a JSON document that is not a JSON Feed (no "version" URL and no "items" array)');
  }
  const items = Array.isArray(document.items) ? document.items.filter(isRecord).map(parseItem) : [];
  return {
    format: 'json',
    title: str(document.title),
    link: str(document.home_page_url),
    language: str(document.language),
    items,
    repaired: [],
  };
}

/** The version URL is the spec's marker, but feeds in the wild also write "1.1": `items` then decides. */
function isJsonFeed(document: unknown): document is Record<string, unknown> {
  if (!isRecord(document)) return false;
  const version = typeof document.version === 'string' ? document.version : '';
  return version.startsWith('https://jsonfeed.org/version/') || Array.isArray(document.items);
}

function parseItem(item: Record<string, unknown>): ParsedItem {
  const html = str(item.content_html);
  const text = str(item.content_text);
  return {
    id: item.id === undefined || item.id === null ? undefined : String(item.id),
    link: str(item.url) ?? str(item.external_url),
    title: str(item.title),
    // content_text is plain text: escaped so that the normaliser's HTML reading keeps it literal.
    html: html ?? (text === undefined ? undefined : plainTextAsHtml(text)),
    summary: str(item.summary),
    published: str(item.date_published),
    updated: str(item.date_modified),
    author: authorName(item),
    categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
    language: str(item.language),
  };
}

/** 1.1 has `authors` (an array); 1.0 has `author`. */
function authorName(item: Record<string, unknown>): string | undefined {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const names = authors
    .filter(isRecord)
    .map((a) => str(a.name))
    .filter((n): n is string => Boolean(n));
  return names.length > 0 ? names.join(', ') : undefined;
}

function plainTextAsHtml(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  return escaped
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim()}</p>`)
    .join('');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
