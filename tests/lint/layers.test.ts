import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import tseslint from 'typescript-eslint';
import layers from '../../eslint/layers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The messages the layer rule gives for `code` placed at `file` (a path from the repository root). */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser as Linter.Parser },
        plugins: { layers },
        rules: { 'layers/import-direction': 'error' },
      },
    ],
    join(root, file),
  );
  return messages.map((message) => message.message);
}

describe('layers/import-direction', () => {
  it('lets a layer import the layers below it', () => {
    expect(
      lint('src/store/example.ts', "import { foldForSearch } from '../text/fold.ts';\nimport type { Topic } from '../model/topics.ts';"),
    ).toEqual([]);
  });

  it('lets a layer import its own files', () => {
    expect(lint('src/feeds/example.ts', "import { readFeed } from './read-feed.ts';")).toEqual([]);
  });

  it('refuses an import of a layer above, naming the rule, both layers and the order', () => {
    const [message, ...rest] = lint('src/store/example.ts', "import { Poller } from '../feeds/poller.ts';");
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^layers\/import-direction: store may not import feeds \(\.\.\/feeds\/poller\.ts\)\. Imports point down: model → text/,
    );
  });

  it('refuses type-only imports, re-exports and dynamic imports alike', () => {
    const code =
      "import type { Config } from '../config.ts';\nexport { I18n } from '../bot/i18n.ts';\nexport const later = () => import('../main.ts');";
    expect(lint('src/delivery/example.ts', code)).toEqual([
      expect.stringContaining('delivery may not import config'),
      expect.stringContaining('delivery may not import bot'),
      expect.stringContaining('delivery may not import edge'),
    ]);
  });

  it('keeps the model free of every other layer', () => {
    expect(lint('src/model/example.ts', "import { foldForSearch } from '../text/fold.ts';")).toEqual([
      expect.stringContaining('model may not import text'),
    ]);
  });

  it('keeps the bot from importing the handlers: createBot is given its features', () => {
    expect(lint('src/bot/example.ts', "import { features } from '../../handlers/index.ts';")).toEqual([
      expect.stringContaining('bot may not import handlers'),
    ]);
  });

  it('lets the edge import any layer', () => {
    expect(
      lint('src/main.ts', "import { features } from '../handlers/index.ts';\nimport { createBot } from './bot/create-bot.ts';"),
    ).toEqual([]);
  });

  it('names a new folder that is in no layer, so it must be placed before it is used', () => {
    expect(lint('src/newthing/example.ts', 'export const x = 1;')).toEqual([
      expect.stringContaining('src/newthing/example.ts is in no layer'),
    ]);
  });

  it('ignores packages', () => {
    expect(lint('src/model/example.ts', "import { z } from 'zod';")).toEqual([]);
  });
});
