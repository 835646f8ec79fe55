import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';
import { escapeMarkup } from './escape.ts';

/**
 * An article body, kept twice: sanitised HTML and plain text with its structure.
 *
 * Both are rendered from one block model (paragraphs, headings, list items, quotes) built in a
 * single htmlparser2 pass, so the HTML holds only allow-listed tags by construction: nothing from
 * the source is copied through, and every text run is escaped. The text keeps a blank line between
 * blocks and each sub-heading on its own line, because the summariser finds sections by them.
 */
export interface CleanContent {
  html: string;
  text: string;
}

type BlockKind = 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'ul' | 'ol' | 'quote';
interface Block {
  kind: BlockKind;
  html: string;
  text: string;
}
interface Mark {
  open: string;
  close: string;
}

/** Removed with everything inside: code, styling, embedded documents and form controls. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
  'button',
  'canvas',
  'audio',
  'video',
  'form',
]);
/** Elements that end one block and start another; their tags themselves are not kept. */
const BLOCK_BREAKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'pre',
  'address',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'center',
  'hr',
  'fieldset',
  'hgroup',
  'body',
  'html',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_MARKS: Record<string, string> = { b: 'b', strong: 'strong', i: 'i', em: 'em' };
const CELLS = new Set(['td', 'th']);

/** Sanitises an HTML (or plain-text) body; relative links resolve against `baseUrl`. */
export function cleanHtml(input: string, baseUrl?: string): CleanContent {
  const source = looksLikeHtml(input) ? input : plainTextParagraphs(input);
  const builder = new BlockBuilder(baseUrl);
  const parser = new Parser(builder, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(source);
  parser.end();
  return { html: renderHtml(builder.blocks), text: renderText(builder.blocks) };
}

/**
 * The elements of HTML that a title or a name may carry as markup. Only these are taken for tags:
 * a feed's title is text, and `<Gulf & "Security">` in it (escaped in the XML, unescaped by the
 * parser) is words to keep, not a tag to drop — feedparser's rule, which reads a title as HTML only
 * when it holds real HTML elements.
 */
const INLINE_HTML_ELEMENTS =
  'a|abbr|acronym|b|big|blockquote|br|button|cite|code|del|dfn|div|em|embed|font|form|h[1-6]|i|iframe|img|input|ins|kbd|li|link|mark|meta|nobr|object|ol|p|q|s|samp|script|small|span|strike|strong|style|sub|sup|svg|time|tt|u|ul|var|wbr';
/** Script and style, with what they hold: never words of a title. */
const SCRIPT_OR_STYLE = /<(script|style|noscript|template)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_TAG = new RegExp(`<!--[\\s\\S]*?-->|<\\/?(?:${INLINE_HTML_ELEMENTS})(?=[\\s/>])[^<>]*>`, 'gi');

/** Text in a single line: HTML tags stripped, entities decoded, whitespace collapsed (titles, names). */
export function inlineText(input: string): string {
  return collapse(
    // Strict decoding: `?a=1&copy=2` in a title is a URL, not a copyright sign.
    decodeHTMLStrict(
      input
        .replace(SCRIPT_OR_STYLE, '')
        .replace(/<br\s*\/?>|<\/?(?:p|div|li|h[1-6])\b[^<>]*>/gi, ' ')
        .replace(HTML_TAG, ''),
    ).replace(/[\u0000-\u001F\u007F-\u009F]/g, ' '),
  );
}

/** An absolute http(s) URL for `href`, or undefined: no javascript:, data:, mailto: or junk. */
export function safeHttpUrl(href: string | undefined, baseUrl?: string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private kind: BlockKind = 'p';
  private html = '';
  private text = '';
  private readonly marks: Mark[] = [];
  private marksWritten = 0;
  private skipDepth = 0;
  private readonly lists: Array<'ul' | 'ol'> = [];
  private listItemDepth = 0;
  private quoteDepth = 0;

  constructor(private readonly baseUrl: string | undefined) {}

  onopentag(name: string, attributes: Record<string, string>): void {
    if (this.skipDepth > 0 || DROPPED.has(name)) {
      this.skipDepth++;
      return;
    }
    if (HEADINGS.has(name)) this.startBlock(name as BlockKind);
    else if (name === 'ul' || name === 'ol') this.lists.push(name);
    else if (name === 'li') {
      this.listItemDepth++;
      this.startBlock(this.lists.at(-1) ?? 'ul');
    } else if (name === 'blockquote') {
      this.quoteDepth++;
      this.startBlock('quote');
    } else if (BLOCK_BREAKS.has(name)) this.startBlock(this.contextKind());
    else if (name === 'br') this.lineBreak();
    else if (CELLS.has(name)) this.appendText(' ');
    else if (name in INLINE_MARKS) this.marks.push({ open: `<${INLINE_MARKS[name]}>`, close: `</${INLINE_MARKS[name]}>` });
    else if (name === 'a') {
      const href = safeHttpUrl(attributes.href, this.baseUrl);
      this.marks.push(href ? { open: `<a href="${escapeMarkup(href)}">`, close: '</a>' } : { open: '', close: '' });
    }
  }

  onclosetag(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (HEADINGS.has(name)) this.startBlock(this.contextKind());
    else if (name === 'ul' || name === 'ol') this.lists.pop();
    else if (name === 'li') {
      this.listItemDepth = Math.max(0, this.listItemDepth - 1);
      this.startBlock(this.contextKind());
    } else if (name === 'blockquote') {
      this.quoteDepth = Math.max(0, this.quoteDepth - 1);
      this.startBlock(this.contextKind());
    } else if (BLOCK_BREAKS.has(name)) this.startBlock(this.contextKind());
    else if (name in INLINE_MARKS || name === 'a') this.closeMark();
  }

  ontext(data: string): void {
    if (this.skipDepth === 0) this.appendText(data);
  }

  onend(): void {
    this.flush();
  }

  private contextKind(): BlockKind {
    if (this.listItemDepth > 0) return this.lists.at(-1) ?? 'ul';
    return this.quoteDepth > 0 ? 'quote' : 'p';
  }

  private appendText(data: string): void {
    let run = /\s/.test(data) ? data.replace(/\s+/g, ' ') : data;
    if (this.text === '' || this.text.endsWith('\n')) run = run.trimStart();
    else if (this.text.endsWith(' ') && run.startsWith(' ')) run = run.slice(1);
    if (run === '') return;
    while (this.marksWritten < this.marks.length) this.html += this.marks[this.marksWritten++]!.open;
    this.html += escapeText(run);
    this.text += run;
  }

  private lineBreak(): void {
    if (this.text.trim() === '') return;
    this.text = this.text.trimEnd() + '\n';
    this.html = this.html.replace(/ $/, '') + '<br>';
  }

  private closeMark(): void {
    const mark = this.marks.pop();
    if (mark && this.marksWritten > this.marks.length) {
      this.html += mark.close;
      this.marksWritten--;
    }
  }

  /** Ends the current block (if it has text) and starts one of `kind`. */
  private startBlock(kind: BlockKind): void {
    this.flush();
    this.kind = kind;
  }

  private flush(): void {
    for (let i = this.marksWritten - 1; i >= 0; i--) this.html += this.marks[i]!.close;
    this.marksWritten = 0;
    const text = this.text.replace(/ *\n */g, '\n').trim();
    if (text !== '') this.blocks.push({ kind: this.kind, html: this.html.trim().replace(/(<br>)+$/, ''), text });
    this.html = '';
    this.text = '';
  }
}

function renderHtml(blocks: Block[]): string {
  let html = '';
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1]?.kind;
    const next = blocks[index + 1]?.kind;
    if (block.kind === 'ul' || block.kind === 'ol') {
      if (previous !== block.kind) html += `<${block.kind}>`;
      html += `<li>${block.html}</li>`;
      if (next !== block.kind) html += `</${block.kind}>`;
    } else if (block.kind === 'quote') {
      if (previous !== 'quote') html += '<blockquote>';
      html += `<p>${block.html}</p>`;
      if (next !== 'quote') html += '</blockquote>';
    } else {
      html += `<${block.kind}>${block.html}</${block.kind}>`;
    }
  });
  return html;
}

function renderText(blocks: Block[]): string {
  let text = '';
  let number = 0;
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1]?.kind;
    const listItem = block.kind === 'ul' || block.kind === 'ol';
    number = block.kind === 'ol' ? (previous === 'ol' ? number + 1 : 1) : 0;
    if (index > 0) text += listItem && previous === block.kind ? '\n' : '\n\n';
    text += block.kind === 'ol' ? `${number}. ${block.text}` : block.kind === 'ul' ? `- ${block.text}` : block.text;
  });
  return text;
}

function looksLikeHtml(input: string): boolean {
  return /<\/?[A-Za-z][^<>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(input);
}

/** Plain text with blank lines between paragraphs, given the same treatment as HTML. */
function plainTextParagraphs(input: string): string {
  return input
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}</p>`)
    .join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
