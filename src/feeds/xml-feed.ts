import RssParser from 'rss-parser';
import { FeedParseError } from './feed-parse-error.ts';
import type { ParsedFeed, ParsedItem } from './parsed-feed.ts';
import type { RepairedXml } from './xml-repair.ts';

/**
 * Repaired RSS 0.9x/1.0/2.0 and Atom XML through rss-parser, mapped to ParsedFeed.
 *
 * rss-parser hands back xml2js values, which are strings, `{_: text, $: attributes}` objects or
 * whole subtrees depending on the markup, so every field is read through `text()`. Attributes it
 * drops (xml:base, xml:lang, Atom category terms) are requested as custom fields.
 */

type XmlValue = string | XmlNode | XmlValue[] | undefined;
interface XmlNode {
  _?: string;
  $?: Record<string, string>;
  [child: string]: XmlValue | Record<string, string>;
}
type RawFeed = Record<string, unknown> & { items?: Array<Record<string, unknown>> };

const CUSTOM_FIELDS = {
  feed: [
    ['$', 'attributes', { keepArray: true }],
    ['dc:language', 'dcLanguage'],
  ],
  item: [
    ['$', 'attributes', { keepArray: true }],
    ['dc:language', 'dcLanguage'],
    ['dc:subject', 'subjects', { keepArray: true }],
    ['category', 'rawCategories', { keepArray: true }],
    ['author', 'rawAuthor'],
    ['encoded', 'encoded'],
    ['link', 'rawLinks', { keepArray: true }],
    'published',
    'updated',
  ],
};

export async function parseXmlFeed(repaired: RepairedXml): Promise<ParsedFeed> {
  const rootLocal = localName(repaired.root?.name ?? '');
  const format = rootLocal === 'feed' ? 'atom' : rootLocal === 'RDF' ? 'rdf' : 'rss';
  const parser = new RssParser({ customFields: CUSTOM_FIELDS } as unknown as ConstructorParameters<typeof RssParser>[0]);
  let raw: RawFeed;
  try {
    raw = (await parser.parseString(repaired.xml)) as unknown as RawFeed;
  } catch (error) {
    throw new FeedParseError('malformed', `unreadable ${format} feed: ${(error as Error).message}`, { cause: error });
  }

  const rootAttributes = repaired.root?.attributes ?? {};
  const channelAttributes = format === 'atom' ? {} : attributesOf(raw.attributes);
  const feedBase = resolveBase(channelAttributes['xml:base'], resolveBase(rootAttributes['xml:base'], undefined));
  const language = text(raw.language) || text(raw.dcLanguage) || channelAttributes['xml:lang'] || rootAttributes['xml:lang'] || undefined;

  return {
    format,
    title: text(raw.title) || undefined,
    link: text(raw.link) || undefined,
    language: language?.trim() || undefined,
    xmlBase: feedBase,
    items: (raw.items ?? []).map((item) => mapItem(item, format, feedBase)),
    repaired: repaired.repairs,
  };
}

function mapItem(item: Record<string, unknown>, format: ParsedFeed['format'], feedBase: string | undefined): ParsedItem {
  const attributes = attributesOf(item.attributes);
  const atom = format === 'atom';
  const richest = atom ? [item.content, item.summary] : [item['content:encoded'], item.encoded, item.content, item.summary];
  const bodies = richest.map((v) => text(v)).filter((v) => v.trim() !== '');
  return {
    guid: text(item.guid).trim() || undefined,
    id: text(item.id).trim() || undefined,
    link: linkOf(item.link) ?? (atom ? linkOf(asArray(item.rawLinks)[0]) : undefined),
    title: text(item.title) || undefined,
    html: bodies[0],
    summary: bodies.length > 1 ? bodies.at(-1) : undefined,
    published: (atom ? text(item.published) : text(item.pubDate) || text(item.date)).trim() || undefined,
    updated: text(item.updated).trim() || undefined,
    author: authorOf(item) || undefined,
    categories: categoriesOf(item),
    language: (text(item.dcLanguage) || attributes['xml:lang'])?.trim() || undefined,
    xmlBase: resolveBase(attributes['xml:base'], feedBase),
  };
}

/** The text of an xml2js value, flattening whatever markup it holds. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).join('');
  if (value && typeof value === 'object') {
    const node = value as XmlNode;
    if (typeof node._ === 'string') return node._;
    return Object.entries(node)
      .filter(([key]) => key !== '$')
      .map(([, child]) => text(child))
      .join('');
  }
  return '';
}

function attributesOf(value: unknown): Record<string, string> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

/** RSS links are text; some feeds write Atom-style `<link href>` inside RSS items. */
function linkOf(value: unknown): string | undefined {
  const href = typeof value === 'object' && value !== null ? (value as XmlNode).$?.href : undefined;
  const link = (text(value) || href || '').trim();
  return link || undefined;
}

function authorOf(item: Record<string, unknown>): string {
  const direct = text(item.creator) || text(item.author);
  if (direct.trim()) return direct.trim();
  const raw = item.rawAuthor;
  if (raw && typeof raw === 'object') return text((raw as XmlNode).name).trim();
  return '';
}

function categoriesOf(item: Record<string, unknown>): string[] {
  const values = [...asArray(item.rawCategories), ...asArray(item.subjects)];
  const names = values.map((v) => {
    const node = typeof v === 'object' && v !== null ? (v as XmlNode) : undefined;
    return (node?.$?.label || node?.$?.term || text(v)).trim();
  });
  return [...new Set(names.filter(Boolean))];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** An xml:base resolved against the enclosing one; unresolvable bases are ignored. */
function resolveBase(base: string | undefined, parent: string | undefined): string | undefined {
  const trimmed = base?.trim();
  if (!trimmed) return parent;
  try {
    return new URL(trimmed, parent).href;
  } catch {
    return parent;
  }
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
