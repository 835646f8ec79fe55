import { decodeHTMLStrict, decodeXML } from 'entities';
import { replaceCodePoint } from 'entities/decode';
import { escapeMarkup } from '../text/escape.ts';

/**
 * Entity references in feed text, made safe for a strict XML parser.
 *
 * Real feeds use HTML entities (`&nbsp;`), bare ampersands (`?a=1&b=2`) and entities declared in
 * an internal DOCTYPE; a strict parser rejects the whole feed for any of them. Only literal
 * internal entities are expanded: external ones (`SYSTEM`/`PUBLIC`) are never fetched, and an
 * entity whose value refers to another entity is refused, because nesting is how an entity bomb
 * ("billion laughs") grows. A total budget bounds what literal expansions may add.
 */

/** Most characters all internal entity expansions of one document may add. */
export const ENTITY_EXPANSION_BUDGET = 64 * 1024;

/** Longest entity name we look at; longer runs after `&` are just text. */
const MAX_ENTITY_NAME = 64;

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

export interface EntityTally {
  bareAmpersands: number;
  htmlEntities: number;
  expanded: number;
  refused: number;
}

export class EntityResolver {
  readonly tally: EntityTally = { bareAmpersands: 0, htmlEntities: 0, expanded: 0, refused: 0 };
  private budget = ENTITY_EXPANSION_BUDGET;

  constructor(
    /** Internal entities with literal values (already decoded to plain text). */
    private readonly literal: ReadonlyMap<string, string> = new Map(),
    /** Declared entities that must not be expanded (external, nested, or too large). */
    private readonly refused: ReadonlySet<string> = new Set(),
  ) {}

  /** Raw character data (no CDATA) to well-formed XML character data. */
  fixText(raw: string): string {
    if (!/[<>&]/.test(raw)) return raw;
    const escaped = raw.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
    return escaped.includes('&') ? this.fixReferences(escaped) : escaped;
  }

  /** A raw attribute value to one that is safe inside double quotes. */
  fixAttribute(raw: string): string {
    const escaped = raw.replace(/[<>"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
    return escaped.includes('&') ? this.fixReferences(escaped) : escaped;
  }

  private fixReferences(text: string): string {
    const pattern = new RegExp(`&(?:#(\\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([A-Za-z_][\\w.:-]{0,${MAX_ENTITY_NAME}});)?`, 'g');
    return text.replace(pattern, (match, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) return this.characterReference(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
      if (name === undefined) {
        this.tally.bareAmpersands++;
        return '&amp;';
      }
      if (PREDEFINED.has(name)) return match;
      const literal = this.literal.get(name);
      if (literal !== undefined && literal.length <= this.budget) {
        this.budget -= literal.length;
        this.tally.expanded++;
        return escapeMarkup(literal);
      }
      if (literal !== undefined || this.refused.has(name)) {
        this.tally.refused++;
        return '';
      }
      const decoded = decodeHTMLStrict(match);
      if (decoded !== match) {
        this.tally.htmlEntities++;
        return escapeMarkup(decoded);
      }
      this.tally.bareAmpersands++;
      return `&amp;${name};`;
    });
  }

  /**
   * A numeric reference kept when XML allows the character. C1 references (`&#150;`) are read
   * the way HTML reads them, as windows-1252: CMSes write them for – and ’ far more than anyone
   * means a C1 control. Characters XML forbids are dropped.
   */
  private characterReference(code: number): string {
    const mapped = code >= 0x80 && code <= 0x9f ? replaceCodePoint(code) : code;
    if (!isXmlChar(mapped)) return '';
    return `&#${mapped};`;
  }
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export interface Doctype {
  /** The document with its DOCTYPE removed. */
  text: string;
  /** The declared root name, e.g. `rss` or `html`. */
  name: string;
  resolver: EntityResolver;
  declared: number;
}

/** Longest literal entity value expanded; longer ones are refused like nested ones. */
const MAX_ENTITY_VALUE = 4096;

/**
 * Removes the DOCTYPE (strict parsers and xml2js mishandle internal subsets) and collects the
 * general entities it declares. Returns undefined when the document has no DOCTYPE before its
 * first element.
 */
export function extractDoctype(text: string): Doctype | undefined {
  const start = text.search(/<!DOCTYPE\s/i);
  if (start === -1) return undefined;
  const firstElement = text.search(/<[A-Za-z_]/);
  if (firstElement !== -1 && firstElement < start) return undefined;

  const end = findDoctypeEnd(text, start);
  const declaration = text.slice(start, end);
  const name = declaration.match(/^<!DOCTYPE\s+([^\s[>]+)/i)?.[1] ?? '';
  const subset = declaration.match(/\[([\s\S]*)\]\s*>?$/)?.[1] ?? '';
  const literal = new Map<string, string>();
  const refused = new Set<string>();
  let declared = 0;
  const entityPattern = /<!ENTITY\s+(%\s+)?([A-Za-z_][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)'|[^>]*)>/g;
  for (const match of subset.matchAll(entityPattern)) {
    const [, parameter, entityName, double, single] = match;
    if (parameter || !entityName || PREDEFINED.has(entityName)) continue;
    declared++;
    const value = double ?? single;
    const nested = value !== undefined && /&[A-Za-z_][\w.:-]*;|%[A-Za-z_][\w.:-]*;/.test(value.replace(/&(amp|lt|gt|quot|apos);/g, ''));
    if (value === undefined || nested || value.length > MAX_ENTITY_VALUE) refused.add(entityName);
    else if (!literal.has(entityName)) literal.set(entityName, decodeXML(value));
  }
  return { text: text.slice(0, start) + text.slice(end), name, resolver: new EntityResolver(literal, refused), declared };
}

/** Index just past the DOCTYPE's closing `>`, skipping quoted strings and the internal subset. */
function findDoctypeEnd(text: string, start: number): number {
  let inSubset = false;
  let quote = '';
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      inSubset = true;
    } else if (c === ']') {
      inSubset = false;
    } else if (c === '>' && !inSubset) {
      return i + 1;
    }
  }
  return text.length;
}
