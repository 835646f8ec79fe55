/** What a reader sees of an article: its headline, a one- or two-sentence lead, and one line per section. */
export interface Summary {
  headline: string;
  lead: string;
  sections: { heading: string; summary: string }[];
}
