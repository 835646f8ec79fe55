import { cleanHtml, inlineText } from '../text/html.ts';
import { isBoilerplateLine } from './boilerplate.ts';

/** Thrown when the input is not an article: empty, binary, or without any words. */
export class SummarizeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SummarizeInputError';
  }
}

/** An article read from a single document (the `summarize` command's stdin). */
export interface RawArticle {
  title: string;
  text: string;
  html?: string;
}

/** Tags that make a document HTML rather than text that happens to contain a "<". */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|title|article|section|div|p|h[1-6]|br|span|a|b|strong|em|i|ul|ol|li|blockquote|table|img|meta)\b[^<>]*>/i;
/** Control characters other than tab, line feed and carriage return, and the UTF-8 decoder's replacement character. */
const NON_TEXT_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
/** Share of non-text characters above which the input is taken for binary data. */
const MAX_NON_TEXT_SHARE = 0.01;

/**
 * Reads one article from a document: HTML (detected by its tags; the title from its `<h1>`, else its
 * `<title>`) or plain text (the first line that is not page furniture is the title, the rest the
 * body). Throws SummarizeInputError for empty or binary input.
 */
export function articleFromInput(raw: string): RawArticle {
  const input = raw.replace(/^\uFEFF/, '');
  if (input.trim() === '') throw new SummarizeInputError('the input is empty: give an article as plain text or HTML');
  if (input.includes('\u0000') || (input.match(NON_TEXT_CHARACTER)?.length ?? 0) > input.length * MAX_NON_TEXT_SHARE) {
    throw new SummarizeInputError('the input is not text (binary data?): give an article as UTF-8 plain text or HTML');
  }
  if (!/\p{L}/u.test(input)) throw new SummarizeInputError('the input has no words: give an article as plain text or HTML');
  return HTML_TAG.test(input) ? articleFromHtml(input) : articleFromText(input);
}

function articleFromHtml(html: string): RawArticle {
  const { html: cleanBody, text } = cleanHtml(html);
  const heading = firstElementText(html, 'h1');
  const title = heading || firstElementText(html, 'title');
  if (title) return { title, text, html: cleanBody };
  // No title in the markup: the first block stands for it, as in plain text.
  const fromText = articleFromText(text);
  return { ...fromText, html: cleanBody };
}

function firstElementText(html: string, tag: 'h1' | 'title'): string {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return match?.[1] ? inlineText(match[1]) : '';
}

function articleFromText(text: string): RawArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => !isBoilerplateLine(line));
  if (titleIndex < 0) throw new SummarizeInputError('the input has no article text, only credits and links');
  return {
    title: lines[titleIndex]!.replace(/\s+/g, ' ').trim(),
    text: lines
      .slice(titleIndex + 1)
      .join('\n')
      .trim(),
  };
}
