import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/language.ts';
import { I18n, LOCALES_FOLDER, MissingTranslationError } from '../../src/bot/i18n.ts';
import { menuFor } from '../../src/bot/commands.ts';
import { features } from '../../handlers/index.ts';
import { TOPICS } from '../../src/model/topics.ts';

/** Every message id, and every attribute as id.attribute, of one locale file. */
function keysOf(language: string): string[] {
  const resource = new FluentResource(readFileSync(join(LOCALES_FOLDER, `${language}.ftl`), 'utf8'));
  return resource.body.flatMap((message) => [message.id, ...Object.keys(message.attributes).map((a) => `${message.id}.${a}`)]).sort();
}

describe('locales', () => {
  it('have the same keys and attributes in ar, ru and en', () => {
    const english = keysOf('en');
    expect(english.length).toBeGreaterThan(20);
    expect(keysOf('ru')).toEqual(english);
    expect(keysOf('ar')).toEqual(english);
  });

  it('parse without errors and name every topic and language', () => {
    const i18n = new I18n();
    for (const language of LANGUAGES) {
      for (const topic of TOPICS) expect(i18n.t(language, `topic-${topic}`)).not.toBe('');
      for (const other of LANGUAGES) expect(i18n.t(language, `language-name-${other}`)).not.toBe('');
    }
  });

  it('describe every menu command in every language', () => {
    const i18n = new I18n();
    const commands = features.flatMap((feature) => feature.commands);
    for (const language of LANGUAGES) {
      const menu = menuFor(i18n, language, commands);
      expect(menu.map((entry) => entry.command)).toEqual(commands.filter((c) => c.menu).map((c) => c.command));
      for (const entry of menu) expect(entry.description.length).toBeLessThanOrEqual(256);
    }
  });

  it('use Arabic plural forms (six of them) and Russian ones', () => {
    const i18n = new I18n();
    const ar = (n: number) => i18n.t('ar', 'subscribe-done', { topics: n });
    expect(ar(1)).toContain('موضوع واحد');
    expect(ar(2)).toContain('موضوعان');
    expect(ar(3)).toContain('3 مواضيع');
    expect(ar(11)).toContain('11 موضوعًا');
    expect(ar(100)).toContain('100 موضوع)');
    const ru = (n: number) => i18n.t('ru', 'subscribe-done', { topics: n });
    expect(ru(1)).toContain('1 тема');
    expect(ru(3)).toContain('3 темы');
    expect(ru(10)).toContain('10 тем)');
    expect(ru(21)).toContain('21 тема');
  });

  it('does not wrap arguments in bidi isolation marks', () => {
    expect(new I18n().t('ar', 'unknown-command', { command: '/foo' })).not.toMatch(/[\u2068\u2069]/);
  });

  it('names a missing key instead of printing it', () => {
    expect(() => new I18n().t('en', 'no-such-key')).toThrow(MissingTranslationError);
  });
});
