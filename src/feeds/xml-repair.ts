import { Parser } from 'htmlparser2';
import { escapeMarkup } from '../text/escape.ts';
import { EntityResolver, extractDoctype } from './xml-entities.ts';

/**
 * Rewrites a feed document into well-formed XML that rss-parser (xml2js on a strict sax parser)
 * accepts, instead of losing the whole feed to one defect, as feedparser does.
 *
 * htmlparser2 in XML mode is the forgiving tokenizer: it never throws, closes what a truncated
 * document left open and drops end tags that match nothing. Everything is re-serialised from its
 * events, so what comes out is well-formed by construction; on the way, the feed-specific damage
 * real feeds carry is fixed and named in `repairs` for the logs.
 */

export interface RepairedXml {
  xml: string;
  /** The root element as the feed wrote it (before renaming), or null when there is none. */
  root: { name: string; attributes: Record<string, string> } | null;
  /** The DOCTYPE's root name when one was declared (`html` gives a web page away). */
  doctype: string | null;
  repairs: string[];
}

const RSS1_NAMESPACES = new Set(['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/']);
const ITEM_NAMES = new Set(['item', 'entry']);
/** Elements that belong in <channel>; found directly under <rss>, they get one. */
const CHANNEL_CONTENT = new Set(['item', 'title', 'link', 'description', 'language']);
// XML 1.0 forbids these characters even as references; feeds still contain them raw.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_NAME = /^[A-Za-z_][\w.:-]*$/;

interface Frame {
  /** The element name htmlparser2 reported, to pair its close events with ours. */
  sourceName: string;
  /** The name written out; empty for elements we drop. */
  name: string;
  synthetic: boolean;
  isItem: boolean;
  /** Set on an item nested in another item: its markup, moved after the outer item. */
  capture?: string[];
  /** Nested items to write after this item's end tag. */
  deferred?: string[];
}

export function repairXml(input: string): RepairedXml {
  const repairs: string[] = [];
  let text = input;

  const controlChars = text.match(INVALID_XML_CHARS)?.length ?? 0;
  if (controlChars > 0) {
    text = text.replace(INVALID_XML_CHARS, '');
    repairs.push(`removed ${controlChars} control character(s) invalid in XML 1.0`);
  }

  const doctype = extractDoctype(text);
  const resolver = doctype?.resolver ?? new EntityResolver();
  if (doctype) {
    text = doctype.text;
    if (doctype.declared > 0) repairs.push(`removed DOCTYPE declaring ${doctype.declared} entit(ies)`);
  }

  const writer = new Reserialiser(text, resolver, repairs);
  // decodeEntities off: entity references reach the writer raw, so it can tell bare `&` from real ones.
  const parser = new Parser(writer, { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true });
  writer.parser = parser;
  parser.write(text);
  writer.noteUnclosed();
  parser.end();

  const { tally } = resolver;
  if (tally.bareAmpersands > 0) repairs.push(`escaped ${tally.bareAmpersands} bare ampersand(s)`);
  if (tally.htmlEntities > 0) repairs.push(`replaced ${tally.htmlEntities} HTML entit(ies) unknown to XML`);
  if (tally.expanded > 0) repairs.push(`expanded ${tally.expanded} internal entity reference(s)`);
  if (tally.refused > 0) repairs.push(`refused ${tally.refused} nested, external or oversized entity reference(s)`);

  return { xml: writer.output.join(''), root: writer.root, doctype: doctype?.name || null, repairs };
}

class Reserialiser {
  /** The tokenizer driving this writer; set once both exist, read for source positions. */
  parser: Parser | undefined;
  readonly output: string[] = [];
  root: RepairedXml['root'] = null;

  private target: string[] = this.output;
  private readonly stack: Frame[] = [];
  private rootClosed = false;
  private ignoredDepth = 0;
  private stripPrefix: string | undefined;
  private rootIsRss = false;
  private rootIsAtom = false;
  private channelSeen = false;
  private nestedItems = 0;
  private inCdata = false;

  constructor(
    private readonly source: string,
    private readonly resolver: EntityResolver,
    private readonly repairs: string[],
  ) {}

  onopentag(sourceName: string, attributes: Record<string, string>): void {
    if (this.rootClosed) {
      this.ignoredDepth++;
      return;
    }
    let name = this.rename(sourceName);
    if (this.stack.length === 0) name = this.openRoot(sourceName, attributes);
    else if (this.rootIsRss && this.stack.length === 1 && CHANNEL_CONTENT.has(name) && !this.channelSeen) {
      this.open({ sourceName: '', name: 'channel', synthetic: true, isItem: false }, {});
      this.channelSeen = true;
      this.repairs.push('wrapped content found directly under <rss> in a <channel>');
    }
    if (!XML_NAME.test(name)) {
      this.stack.push({ sourceName, name: '', synthetic: false, isItem: false });
      return;
    }
    if (name === 'channel') this.channelSeen = true;
    if (this.rootIsAtom) guardAtomForRssParser(name, attributes);
    const isItem = ITEM_NAMES.has(name);
    const frame: Frame = { sourceName, name, synthetic: false, isItem };
    if (isItem && this.stack.some((f) => f.isItem)) {
      frame.capture = [];
      this.nestedItems++;
    }
    this.open(frame, attributes);
  }

  onclosetag(sourceName: string): void {
    if (this.ignoredDepth > 0) {
      this.ignoredDepth--;
      return;
    }
    while (this.stack.at(-1)?.synthetic) this.close();
    if (this.stack.at(-1)?.sourceName === sourceName) this.close();
  }

  ontext(data: string): void {
    if (this.stack.length === 0) return;
    // CDATA content is literal text: escaped whole, never entity-processed.
    this.target.push(this.inCdata ? escapeMarkup(data) : this.resolver.fixText(data));
  }

  oncdatastart(): void {
    const start = this.parser?.startIndex ?? 0;
    if (!this.source.includes(']]>', start)) this.repairs.push('closed a truncated CDATA section');
    this.inCdata = true;
  }

  oncdataend(): void {
    this.inCdata = false;
  }

  /** Called before the tokenizer's end closes what is still open: those were left open by truncation. */
  noteUnclosed(): void {
    const open = this.stack.filter((f) => !f.synthetic && f.name !== '').length;
    if (open > 0 && !this.rootClosed) this.repairs.push(`closed ${open} element(s) left open by a truncated document`);
  }

  onend(): void {
    while (this.stack.length > 0) this.close();
    if (this.nestedItems > 0) this.repairs.push(`moved ${this.nestedItems} item(s) nested inside other items`);
  }

  private openRoot(sourceName: string, attributes: Record<string, string>): string {
    this.root = { name: sourceName, attributes: { ...attributes } };
    const [prefix, local] = splitName(sourceName);
    if (local === 'RDF') {
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith('xmlns:') && RSS1_NAMESPACES.has(value)) this.stripPrefix = attribute.slice(6);
      }
      if (this.stripPrefix) this.repairs.push(`rewrote RSS 1.0 elements prefixed "${this.stripPrefix}:"`);
      return 'rdf:RDF';
    }
    if (prefix && (local === 'feed' || local === 'rss')) {
      this.stripPrefix = prefix;
      this.repairs.push(`removed the "${prefix}:" prefix from feed elements`);
    }
    if (local === 'feed') this.rootIsAtom = true;
    if (local === 'rss') {
      this.rootIsRss = true;
      const version = attributes.version ?? '';
      if (!/^(2|0\.9)/.test(version)) {
        attributes.version = '2.0';
        this.repairs.push(version ? `read <rss version="${version}"> as RSS 2.0` : 'added version="2.0" to <rss>');
      }
    }
    return local;
  }

  private rename(sourceName: string): string {
    if (!this.stripPrefix) return sourceName;
    const [prefix, local] = splitName(sourceName);
    return prefix === this.stripPrefix ? local : sourceName;
  }

  private open(frame: Frame, attributes: Record<string, string>): void {
    this.stack.push(frame);
    if (frame.capture) this.target = frame.capture;
    let tag = `<${frame.name}`;
    for (const [attribute, value] of Object.entries(attributes)) {
      if (XML_NAME.test(attribute)) tag += ` ${attribute}="${this.resolver.fixAttribute(value)}"`;
    }
    this.target.push(`${tag}>`);
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.name === '') return;
    if (this.stack.length === 0 && this.rootIsRss && !this.channelSeen) this.target.push('<channel></channel>');
    if (this.stack.length === 0 && frame.name === 'rdf:RDF' && !this.channelSeen) this.target.push('<channel></channel>');
    this.target.push(`</${frame.name}>`);
    if (frame.deferred) this.target.push(...frame.deferred);
    if (frame.capture) {
      this.target = this.currentTarget();
      const host = this.stack.findLast((f) => f.isItem && !f.capture) ?? this.stack.findLast((f) => f.isItem);
      (host ? (host.deferred ??= []) : this.target).push(...frame.capture);
    }
    if (this.stack.length === 0) this.rootClosed = true;
  }

  private currentTarget(): string[] {
    return this.stack.findLast((f) => f.capture)?.capture ?? this.output;
  }
}

/**
 * rss-parser loses a whole Atom feed over one odd entry: it calls `toISOString()` on every
 * `published`/`updated` string (throwing on dates JavaScript cannot read) and reads `link.$.rel`
 * (throwing on a `<link>` without attributes). An attribute makes xml2js hand over an object, which
 * rss-parser's date code skips; the text is still read, and parsed leniently, later.
 */
function guardAtomForRssParser(name: string, attributes: Record<string, string>): void {
  if (name === 'published' || name === 'updated') attributes['rss-parser-skip'] = 'date';
  else if (name === 'link' && Object.keys(attributes).length === 0) attributes.rel = 'alternate';
}

function splitName(name: string): [string | undefined, string] {
  const colon = name.indexOf(':');
  return colon === -1 ? [undefined, name] : [name.slice(0, colon), name.slice(colon + 1)];
}
