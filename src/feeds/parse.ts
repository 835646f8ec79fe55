import { FeedParseError } from './feed-parse-error.ts';
import { parseJsonFeed } from './json-feed.ts';
import type { ParsedFeed } from './parsed-feed.ts';
import { parseXmlFeed } from './xml-feed.ts';
import { repairXml } from './xml-repair.ts';

export type { ParsedFeed, ParsedItem } from './parsed-feed.ts';
export { FeedParseError } from './feed-parse-error.ts';

const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);
const HTML_ROOTS = new Set(['html', 'head', 'body', 'HTML', 'HEAD', 'BODY']);

/**
 * Decoded feed text to a ParsedFeed: JSON Feed directly, XML feeds after repair through
 * rss-parser. Throws FeedParseError when the text is empty, not a feed, or beyond repair.
 */
export async function parseFeed(text: string): Promise<ParsedFeed> {
  const start = text.search(/\S/);
  if (start === -1) throw new FeedParseError('empty', 'the body is empty');
  if (text[start] === '{') return parseJsonFeed(text);
  if (text[start] === '[') throw new FeedParseError('not-a-feed', 'a JSON array, not a JSON Feed');

  const first = firstElementName(text);
  if (first === undefined) throw new FeedParseError('not-a-feed', 'no XML element found: the body is not a feed');
  if (HTML_ROOTS.has(first) || /^\s*(<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html/i.test(text.slice(start))) {
    throw new FeedParseError('not-a-feed', `an HTML page (<${first}>), not a feed`);
  }
  if (!FEED_ROOTS.has(localName(first))) {
    throw new FeedParseError('not-a-feed', `root element <${first}> is not <rss>, <feed> or <rdf:RDF>`);
  }
  return parseXmlFeed(repairXml(text));
}

/** The name of the first element, skipping the prolog (declaration, PIs, comments, DOCTYPE). */
function firstElementName(text: string): string | undefined {
  const prolog = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/y;
  let index = 0;
  for (;;) {
    prolog.lastIndex = index;
    if (!prolog.test(text)) break;
    index = prolog.lastIndex;
  }
  const element = /\s*<([A-Za-z_][\w.:-]*)/y;
  element.lastIndex = index;
  const found = element.exec(text)?.[1];
  if (found) return found;
  // Garbage before the root: take the first element anywhere, as a lenient parser would.
  return text.slice(index).match(/<([A-Za-z_][\w.:-]*)/)?.[1];
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
