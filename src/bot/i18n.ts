import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Localizer, Translate, TranslateArgs } from '../model/translate.ts';
import { LANGUAGES, type Language } from '../model/language.ts';

export const LOCALES_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** A message key missing from a locale: a bug, caught by the locale tests, never shown to a user as a stack. */
export class MissingTranslationError extends Error {
  override name = 'MissingTranslationError';
}

/**
 * Every user-visible text, in three languages, from locales/*.ftl.
 * Our own small wrapper over @fluent/bundle rather than @grammyjs/i18n because scheduled briefings and
 * broadcasts are rendered outside any update, for many chats at once, each in its own language.
 */
export class I18n implements Localizer {
  private readonly bundles = new Map<Language, FluentBundle>();

  constructor(folder: string = LOCALES_FOLDER) {
    for (const language of LANGUAGES) {
      // useIsolating: false — Telegram shows the FSI/PDI marks Fluent would add around arguments as stray glyphs.
      const bundle = new FluentBundle(language, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(readFileSync(join(folder, `${language}.ftl`), 'utf8')));
      if (errors.length > 0) throw new Error(`locales/${language}.ftl: ${errors.map((e) => e.message).join('; ')}`);
      this.bundles.set(language, bundle);
    }
  }

  /** The text of `key` in `language`; formatting errors (a missing argument) fall back to Fluent's best effort. */
  t(language: Language, key: string, args?: TranslateArgs): string {
    const bundle = this.bundle(language);
    const message = bundle.getMessage(key);
    if (!message?.value) throw new MissingTranslationError(`no message "${key}" in locales/${language}.ftl`);
    return bundle.formatPattern(message.value, args ?? null, []);
  }

  /** The attributes of `key` (e.g. command descriptions for the menu), formatted. */
  attributes(language: Language, key: string): Record<string, string> {
    const bundle = this.bundle(language);
    const message = bundle.getMessage(key);
    if (!message) throw new MissingTranslationError(`no message "${key}" in locales/${language}.ftl`);
    return Object.fromEntries(Object.entries(message.attributes).map(([name, pattern]) => [name, bundle.formatPattern(pattern, null, [])]));
  }

  /** A translator bound to one language. */
  for(language: Language): Translate {
    return (key, args) => this.t(language, key, args);
  }

  private bundle(language: Language): FluentBundle {
    const bundle = this.bundles.get(language);
    if (!bundle) throw new MissingTranslationError(`no locale "${language}"`);
    return bundle;
  }
}
