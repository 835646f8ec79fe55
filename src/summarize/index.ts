import type { Language } from '../model/language.ts';
import { foldForSearch } from '../text/fold.ts';
import { splitSentences } from '../text/segment.ts';
import { blocksFromHtml, blocksFromText } from './blocks.ts';
import { cleanHeadline } from './headline.ts';
import { chooseLead } from './lead.ts';
import { summarizeSection } from './section-summary.ts';
import { outlineArticle, type ArticleOutline } from './sections.ts';
import type { Summary } from '../model/summary.ts';

export { articleFromInput, SummarizeInputError, type RawArticle } from './input.ts';

export interface SummaryInput {
  title: string;
  /** The article's text: blocks separated by blank lines, sub-headings on lines of their own. */
  text: string;
  /** The article's HTML, when there is one: its h2–h4 and bold-only paragraphs are the sub-headings. */
  html?: string;
  language: Language;
}

/** Summarises one article, extractively. Pure: the same input always gives the same summary. */
export function summarizeArticle(input: SummaryInput): Summary {
  const { headline, leadSentences, outline } = articleParts(input);
  return {
    headline,
    lead: chooseLead(leadSentences, headline, input.language),
    sections: outline.sections.map((section) => ({ heading: section.heading, summary: summarizeSection(section, input.language) })),
  };
}

export interface ArticleParts {
  headline: string;
  /** The sentences the lead is chosen from. */
  leadSentences: string[];
  outline: ArticleOutline;
}

/** The cleaned headline, the article's outline and the lead's candidate sentences. */
export function articleParts(input: SummaryInput): ArticleParts {
  const headline = cleanHeadline(input.title);
  const fromHtml = input.html?.trim() ? blocksFromHtml(input.html) : [];
  const blocks = fromHtml.length > 0 ? fromHtml : blocksFromText(input.text);
  // Many feeds repeat the title as the body's first line; it is not the lead.
  const foldedTitle = foldForSearch(input.title);
  const foldedHeadline = foldForSearch(headline);
  while (blocks.length > 0 && [foldedTitle, foldedHeadline].includes(foldForSearch(blocks[0]!.text))) blocks.shift();

  const outline = outlineArticle(blocks);
  // With sub-headings, the paragraphs above the first one are the article's own summary, and each
  // section gets its own line: the lead comes from them. Otherwise it may come from anywhere.
  const sentencesOf = (paragraphs: readonly string[]) => paragraphs.flatMap((paragraph) => splitSentences(paragraph, input.language));
  // (Paragraphs are split one by one, so an intro without sentences adds none to the sections'.)
  let leadSentences = sentencesOf(outline.intro);
  if (leadSentences.length === 0) leadSentences = sentencesOf(outline.sections.flatMap((section) => section.paragraphs));
  if (leadSentences.length === 0) leadSentences = sentencesOf(blocks.map((block) => block.text));
  return { headline, leadSentences, outline };
}
