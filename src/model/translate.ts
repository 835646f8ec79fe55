import type { Language } from './language.ts';

/** Values a UI text may be given: Fluent formats numbers and dates for the reader's locale. */
export type TranslateArgs = Record<string, string | number | Date>;

/** One UI text by its key, in a language already chosen. */
export type Translate = (key: string, args?: TranslateArgs) => string;

/**
 * The UI texts of every language. Layers below the bot render messages for many chats at once, each
 * in its own language, so they are handed this rather than one chat's `Translate`.
 */
export interface Localizer {
  for(language: Language): Translate;
}
