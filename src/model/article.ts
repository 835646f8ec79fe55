// Articles as they move through the pipeline: normalised from a feed, stored, tagged and summarised.

/** One article as the rest of the system sees it: clean, absolute, dated, identified. */
export interface NormalizedArticle {
  /** guid, else Atom/JSON id, else link, else a hash of title and date; unique within the feed. */
  stableId: string;
  title: string;
  link: string | null;
  publishedAt: Date;
  /** Sanitised HTML: p, br, h1–h6, b, strong, i, em, a[href http(s)], ul, ol, li, blockquote. */
  html: string;
  /** Plain text: blocks separated by blank lines, each sub-heading on its own line. */
  text: string;
  author: string | null;
  categories: string[];
  /** Primary language subtag the item or its feed declares (`ar-SA` → `ar`), else null. */
  declaredLanguage: string | null;
  /** sha256 (hex) of the normalised title and text: the same story re-sent has the same hash. */
  contentHash: string;
}

/** A normalised article with its feed's topics, ready to store. */
export interface ArticleInput extends NormalizedArticle {
  /** Topics the feed declares for all its articles. */
  feedTopics: readonly string[];
}

/**
 * What is worked out from an article's text — its language, topics and summary — once, when it is
 * new or has changed; a poll that finds the same items again does none of this work.
 */
export interface ArticleDerived {
  /** 'ar' | 'ru' | 'en' | 'other'. */
  language: string;
  /** Topics the classifier found in the article's own text. */
  textTopics: readonly string[];
  /** JSON-serialisable summary (headline, lead, sections). */
  summary: unknown;
}

/** What re-summarising needs to know of a stored article. */
export interface SummarizableArticle {
  id: number;
  title: string;
  text: string;
  html: string;
  language: string;
}

/** What retagging needs to know of a stored article. */
export interface TaggableArticle {
  id: number;
  feedId: number;
  title: string;
  text: string;
  language: string;
}
