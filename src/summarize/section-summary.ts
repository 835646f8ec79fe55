import type { Language } from '../model/language.ts';
import { splitSentences } from '../text/segment.ts';
import { clipAtWord } from './clip.ts';
import { byScore, scoreSentences } from './lead.ts';
import type { ArticleSection } from './sections.ts';

/** A section's line in a briefing: one sentence, shorter than the lead. */
export const MAX_SECTION_SUMMARY_LENGTH = 240;

/** The key sentence of a section: the lead scoring within the section, its heading standing in for the title. */
export function summarizeSection(section: ArticleSection, language: Language): string {
  const sentences = section.paragraphs.flatMap((paragraph) => splitSentences(paragraph, language));
  const best = scoreSentences(sentences, section.heading, language).sort(byScore)[0];
  return best ? clipAtWord(best.text, MAX_SECTION_SUMMARY_LENGTH) : '';
}
