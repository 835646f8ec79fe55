import type { Language } from './language.ts';

/** One feed as an operator declares it in FEEDS_FILE or /addfeed. */
export interface FeedDeclaration {
  url: string;
  name?: string | undefined;
  language?: Language | undefined;
  topics: string[];
}

/** A feed with what the operator declared and what polling has learnt about it. */
export interface Feed {
  id: number;
  url: string;
  name: string | null;
  language: Language | null;
  topics: string[];
  enabled: boolean;
  title: string | null;
  siteLink: string | null;
  feedLanguage: string | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchAt: number | null;
  lastSuccessAt: number | null;
  consecutiveErrors: number;
  lastError: string | null;
  nextPollAt: number;
}
