import type { ArticleBlock } from './blocks.ts';

/**
 * Section detection: which blocks are sub-headings, and which blocks each one heads. Markup says so
 * outright (h2–h4, a paragraph that is only bold); plain text says it by layout — a short line of
 * its own with no final punctuation between paragraphs, as ministry and agency sites print them.
 */

export interface ArticleSection {
  heading: string;
  paragraphs: string[];
}

export interface ArticleOutline {
  /** The paragraphs before the first sub-heading (the whole text when there is none). */
  intro: string[];
  sections: ArticleSection[];
}

/** A layout heading is one line of at most this many characters and words. */
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 12;
/** Sentence and clause ends in the three scripts: a line ending in one is a sentence, not a heading. */
const FINAL_PUNCTUATION = /[.!?…:;,،؛؟!]$/u;
/** Closing quotes and brackets, looked through when reading a line's last punctuation. */
const TRAILING_CLOSERS = /[\s"'»”’)\]]+$/u;
/** List items ("- a", "• a", "1. a", "1) a") are items, whatever their length. */
const LIST_ITEM = /^(?:[-–—•*]\s|\d+[.)]\s)/u;

/** Whether a plain-text block looks like a sub-heading by itself (its neighbours are checked by the caller). */
export function looksLikeHeading(block: string): boolean {
  if (block.includes('\n') || block.length > MAX_HEADING_LENGTH || LIST_ITEM.test(block)) return false;
  if (block.split(/\s+/u).length > MAX_HEADING_WORDS || !/\p{L}/u.test(block)) return false;
  return !FINAL_PUNCTUATION.test(block.replace(TRAILING_CLOSERS, ''));
}

/**
 * Splits the blocks into an intro and headed sections. When the markup names headings, only those
 * count; otherwise a block is a heading when it looks like one, is not the first block (the text
 * has to open with content) and the next block is content, not another heading-like line. Sections
 * left without paragraphs (a publisher's name above the credits) are dropped.
 */
export function outlineArticle(blocks: readonly ArticleBlock[]): ArticleOutline {
  const marked = blocks.some((block) => block.heading);
  const heuristic = blocks.map((block) => looksLikeHeading(block.text));
  const isHeading = (index: number): boolean => {
    if (marked) return blocks[index]!.heading;
    if (index === 0 || !heuristic[index]) return false;
    return !heuristic[index + 1];
  };

  const intro: string[] = [];
  const sections: ArticleSection[] = [];
  let current: ArticleSection | undefined;
  blocks.forEach((block, index) => {
    if (isHeading(index)) {
      current = { heading: block.text.replace(/\s+/g, ' ').trim(), paragraphs: [] };
      sections.push(current);
    } else if (heuristic[index] && !marked && (index === 0 || heuristic[index + 1])) {
      // A short unpunctuated line that is not a heading (a dateline, a caption, a run of labels) is not a paragraph either.
      return;
    } else if (current) current.paragraphs.push(block.text);
    else intro.push(block.text);
  });
  return { intro, sections: sections.filter((section) => section.paragraphs.length > 0) };
}
