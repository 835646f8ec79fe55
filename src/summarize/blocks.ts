import { cleanHtml, inlineText } from '../text/html.ts';
import { withoutBoilerplate } from './boilerplate.ts';

/**
 * An article body as a list of blocks (paragraphs, list items, sub-headings), boilerplate lines
 * already removed. `heading` marks a block the markup itself calls a sub-heading; plain text has
 * none, and the section detector reads them from the layout instead.
 */
export interface ArticleBlock {
  text: string;
  heading: boolean;
}

/** A blank line, including lines of non-breaking spaces (the Arabic fixture separates blocks that way). */
const BLANK_LINE = /\n[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]*\n/u;

/** The blocks of plain text: paragraphs separated by blank lines; the lines of one block stay together. */
export function blocksFromText(text: string): ArticleBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(BLANK_LINE)
    .map((block) => withoutBoilerplate(block.replace(/[ \t\u00A0]+/g, ' ')))
    .filter((block) => block !== '')
    .map((block) => ({ text: block, heading: false }));
}

/** Sub-headings in markup: levels 2–4 (h1 is the page title, h5–h6 are labels more often than sections). */
const HEADING_TAGS = new Set(['h2', 'h3', 'h4']);
/** A fully bold paragraph longer than this is an emphasised lead, not a heading. */
const MAX_BOLD_HEADING_LENGTH = 120;
/** The top-level elements of sanitised HTML (see cleanHtml): every block is one of these. */
const SANITISED_BLOCK = /<(h[1-6]|p|li)>([\s\S]*?)<\/\1>/g;
const BOLD_ONLY = /^<(b|strong)>([\s\S]*)<\/\1>$/;

/**
 * The blocks of an HTML body (raw or already sanitised): it goes through the feed normaliser first,
 * so only its small, flat set of tags is left to read. h1 is skipped: it repeats the title.
 */
export function blocksFromHtml(html: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const [, tag, inner] of cleanHtml(html).html.matchAll(SANITISED_BLOCK)) {
    if (tag === 'h1' || inner === undefined) continue;
    const lines = inner.split(/<br>/).map(inlineText);
    const text = withoutBoilerplate(lines.join('\n'));
    if (text === '') continue;
    const bold = BOLD_ONLY.exec(inner.trim());
    const boldHeading = tag === 'p' && bold !== null && !/<\/(?:b|strong)>/.test(bold[2] ?? '') && text.length <= MAX_BOLD_HEADING_LENGTH;
    blocks.push({ text, heading: HEADING_TAGS.has(tag ?? '') || boldHeading });
  }
  return blocks;
}
