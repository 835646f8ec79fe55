import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';
import { LANGUAGES, isLanguage } from '../model/language.ts';
import { isTopic } from '../model/topics.ts';
import type { FeedDeclaration } from '../model/feed.ts';
import { escapeMarkup } from '../text/escape.ts';
import { safeHttpUrl } from '../text/html.ts';
import { extractDoctype } from './xml-entities.ts';

/**
 * OPML in and out, for `diplobrief feeds import FILE.opml` and `feeds export`.
 *
 * Reading is lenient because OPML files come from many feed readers (Feedly, Inoreader, Miniflux,
 * NetNewsWire, Thunderbird) and few of them are strict XML: htmlparser2 in XML mode never throws,
 * and the document is read as a flat stream of `<outline>` tags, so folders may nest to any depth
 * (or be left unclosed) without changing which feeds are found. Anything that cannot become a
 * feed is reported in `skipped` rather than failing the whole import.
 *
 * Besides the standard attributes, each feed outline may carry our own `language` (ar|ru|en) and
 * `topics` (slugs separated by spaces or commas), which `renderOpml` writes so an export can be
 * imported again without losing them.
 */

/** The text is not an OPML document at all; the message says why. */
export class OpmlError extends Error {
  override name = 'OpmlError';
}

export interface OpmlSkip {
  /** 1-based line of the outline in the file, when known. */
  line?: number;
  /** The outline's title or text, when it has one. */
  title?: string;
  reason: string;
}

export interface OpmlImport {
  feeds: FeedDeclaration[];
  /** Outlines left out, and notes on feeds kept with part of their metadata dropped. */
  skipped: OpmlSkip[];
}

/** Same bound as a name in the feeds file (feeds-file.ts). */
const MAX_NAME = 200;
/** Longest name or URL repeated in a note, so a hostile file cannot make the report huge. */
const MAX_NOTE_VALUE = 120;

/**
 * Reads the feeds of an OPML 1.0/2.0 document.
 *
 * A feed is any `<outline>` with an `xmlUrl` attribute (name matched case-insensitively, since
 * exporters write `xmlUrl`, `xmlurl` and `xmlURL`); its `type` is not checked, because readers
 * write `rss`, `atom` or nothing. Folders are only containers: a folder titled `gulf` or `ru` does
 * not give its feeds a topic or language. Inferring metadata from folder names would make an
 * import depend on how someone happened to name their folders; the explicit attributes are the
 * one predictable place for it.
 *
 * @throws OpmlError when the text is empty or its root element is not `<opml>`.
 */
export function parseOpml(text: string): OpmlImport {
  const source = withoutDoctype(text.replace(/^\uFEFF/, ''));
  if (source.trim() === '') throw new OpmlError('not an OPML document (it is empty)');

  const lineStarts = lineStartsOf(source);
  const feeds: FeedDeclaration[] = [];
  const skipped: OpmlSkip[] = [];
  const seen = new Set<string>();
  let root: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (root === undefined) {
          root = name;
          return;
        }
        if (root.toLowerCase() !== 'opml' || name.toLowerCase() !== 'outline') return;
        readOutline(attributes, lineOf(lineStarts, parser.startIndex), feeds, skipped, seen);
      },
    },
    {
      xmlMode: true,
      lowerCaseAttributeNames: true,
      // Entities are decoded below, once, with the HTML table: it covers XML's five and the
      // numeric references, and also the `&eacute;`-style names some exporters write. Entities
      // declared in a DOCTYPE are never expanded (the DOCTYPE is removed first), so an entity
      // bomb stays as short as it is written.
      decodeEntities: false,
    },
  );
  parser.end(source);

  if (root === undefined) throw new OpmlError('not an OPML document (it has no root element)');
  if (root.toLowerCase() !== 'opml') throw new OpmlError(`not an OPML document (root element is <${root}>)`);
  return { feeds, skipped };
}

function readOutline(raw: Record<string, string>, line: number, feeds: FeedDeclaration[], skipped: OpmlSkip[], seen: Set<string>): void {
  const attribute = (key: string): string | undefined => {
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    return value === undefined ? undefined : decodeHTMLStrict(value);
  };
  const xmlUrl = attribute('xmlurl');
  // Folders and plain text outlines have no xmlUrl; they are structure, not skipped feeds.
  if (xmlUrl === undefined) return;

  const url = xmlUrl.replace(/[\t\n\r]/g, '').trim();
  const name = nameOf(attribute('title'), url) ?? nameOf(attribute('text'), url);
  const note = (reason: string): void => {
    skipped.push({ line, ...(name !== undefined ? { title: clip(name.value) } : {}), reason });
  };

  if (url === '') return note('the outline has an empty xmlUrl');
  // Written out with its scheme, as the feeds file's zod `url` check wants; not a relative path.
  const key = /^https?:\/\//i.test(url) ? safeHttpUrl(url) : undefined;
  if (key === undefined) return note(`not an http(s) URL: ${clip(url)}`);
  if (seen.has(key)) return note(`duplicate of an earlier feed: ${clip(url)}`);
  seen.add(key);

  if (name?.cut) note(`name shortened to ${MAX_NAME} characters`);

  let language: FeedDeclaration['language'];
  const declared = attribute('language')?.trim();
  if (declared) {
    // Tags such as `en-US` or `ru_RU` name the same content language as `en` and `ru`.
    const primary = declared.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) language = primary;
    else note(`unknown language "${clip(declared)}" dropped (expected ${LANGUAGES.join(', ')})`);
  }

  const topics: string[] = [];
  for (const slug of (attribute('topics') ?? '').split(/[\s,]+/)) {
    if (slug === '') continue;
    const topic = slug.toLowerCase();
    if (!isTopic(topic)) note(`unknown topic "${clip(slug)}" dropped`);
    else if (!topics.includes(topic)) topics.push(topic);
  }

  // Absent fields are left out rather than set to undefined, as the feeds file reader does.
  feeds.push({
    url,
    ...(name !== undefined ? { name: name.value } : {}),
    ...(language !== undefined ? { language } : {}),
    topics,
  });
}

/**
 * A display name from a title or text attribute: whitespace collapsed, at most MAX_NAME
 * characters. A name that only repeats the feed's URL is no name (exporters, ours included,
 * write the URL into the required `text` attribute of a feed that has no name).
 */
function nameOf(value: string | undefined, url: string): { value: string; cut: boolean } | undefined {
  const collapsed = value?.replace(/\s+/g, ' ').trim();
  if (!collapsed || collapsed === url) return undefined;
  const cut = truncate(collapsed, MAX_NAME);
  return { value: cut, cut: cut !== collapsed };
}

/** At most `max` UTF-16 units (what the feeds file counts), never splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end).trimEnd();
}

function clip(value: string): string {
  return value.length <= MAX_NOTE_VALUE ? value : `${truncate(value, MAX_NOTE_VALUE - 1)}…`;
}

/**
 * The document with its DOCTYPE blanked out. htmlparser2 would end the DOCTYPE at the first `>`
 * of its internal subset and read the rest as markup; blanking (rather than cutting) keeps the
 * line numbers in `skipped` true to the file.
 */
function withoutDoctype(text: string): string {
  const doctype = extractDoctype(text);
  if (doctype === undefined) return text;
  const start = text.search(/<!DOCTYPE\s/i);
  const end = start + (text.length - doctype.text.length);
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line holding `index`, by binary search over the line starts. */
function lineOf(lineStarts: readonly number[], index: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * An OPML 2.0 document listing the feeds, with `language` and `topics` as extra outline
 * attributes. `text` is required on every outline by OPML 2.0, so a feed without a name gets its
 * URL there (and no `title`); parseOpml reads that back as no name.
 */
export function renderOpml(feeds: readonly FeedDeclaration[], meta: { title: string; created: Date }): string {
  if (Number.isNaN(meta.created.getTime())) throw new RangeError('renderOpml: meta.created is not a valid date');
  const outlines = feeds.map((feed) => {
    const attributes: [string, string | undefined][] = [
      ['type', 'rss'],
      ['text', feed.name || feed.url],
      ['title', feed.name || undefined],
      ['xmlUrl', feed.url],
      ['language', feed.language],
      ['topics', feed.topics.join(' ') || undefined],
    ];
    const written = attributes
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
      .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
      .join('');
    return `    <outline${written}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText(meta.title)}</title>`,
    // toUTCString is the RFC 822 form OPML 2.0 asks for ("Mon, 06 Jan 2025 08:00:00 GMT").
    `    <dateCreated>${meta.created.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

// Characters XML 1.0 does not allow at all, even as references; writing one would make the
// export unreadable to strict parsers. Lone surrogates cannot be encoded as UTF-8 either.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Tabs and line breaks as references, because XML normalises literal ones in attributes to spaces. */
function escapeAttribute(value: string): string {
  return escapeMarkup(value.replace(NOT_XML, '')).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
