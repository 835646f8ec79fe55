import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOCALES_FOLDER } from '../../src/bot/i18n.ts';
import { LANGUAGES } from '../../src/model/language.ts';

/**
 * Every locale key the code uses must be in locales/ar.ftl, ru.ftl and en.ftl. The code is read with
 * the TypeScript checker: a key is the key argument of `t(…)`, `ctx.t(…)`, `replyWith(…)`,
 * `i18n.t(language, …)` or `i18n.attributes(language, …)`; a literal, a ternary of keys, a constant,
 * or a template whose placeholders have a finite literal type (`topic-${topic}` with topic: Topic is
 * one key per topic). A `key` parameter hands its caller's key on (the caller's call is checked); a
 * `…Key` property is checked where it is given a value. Anything else cannot be checked and fails.
 */

const ROOT = join(LOCALES_FOLDER, '..');
const SCANNED = ['src', 'handlers'];
/** Where translation is implemented: its `t(…)` calls forward keys, they use none. */
const IMPLEMENTATION = new Set(['src/bot/i18n.ts']);

interface KeyUse {
  key: string;
  /** file:line, for the failure message. */
  at: string;
  /** Read with t() or replyWith(), so the message needs a value, not just attributes. */
  needsValue: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(ROOT, folder, file));
}

/** Every key the code uses, and what could not be read as keys. */
function scanKeyUses(): { uses: KeyUse[]; unreadable: string[] } {
  const files = SCANNED.flatMap(sourceFiles);
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT);
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const uses: KeyUse[] = [];
  const unreadable: string[] = [];
  const sources = files.map((file) => program.getSourceFile(file)!);

  const where = (node: ts.Node) => {
    const source = node.getSourceFile();
    return `${relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  /** Values given to a `…Key` property anywhere in the scanned code. */
  const propertyValues = (name: string): ts.Expression[] => {
    const found: ts.Expression[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === name) found.push(node.initializer);
      ts.forEachChild(node, visit);
    };
    sources.forEach(visit);
    return found;
  };

  /** The string literal values of a finite type, or undefined for `string` and the like. */
  const literals = (type: ts.Type): string[] | undefined => {
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((part) => part.isStringLiteral()) ? parts.map((part) => (part as ts.StringLiteralType).value) : undefined;
  };

  /** The keys an expression may be; pushes a note to `unreadable` when it cannot tell. */
  const keysOf = (expression: ts.Expression): string[] => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression))
      return keysOf(expression.expression);
    if (ts.isConditionalExpression(expression)) return [...keysOf(expression.whenTrue), ...keysOf(expression.whenFalse)];
    if (ts.isTemplateExpression(expression)) {
      let keys = [expression.head.text];
      for (const span of expression.templateSpans) {
        const values = literals(checker.getTypeAtLocation(span.expression));
        if (!values) {
          unreadable.push(`${where(span.expression)}: \`…\${${span.expression.getText()}}…\` is not of a finite literal type`);
          return [];
        }
        keys = keys.flatMap((head) => values.map((value) => head + value + span.literal.text));
      }
      return keys;
    }
    const values = literals(checker.getTypeAtLocation(expression));
    if (values) return values;
    const name = ts.isIdentifier(expression)
      ? expression.text
      : ts.isPropertyAccessExpression(expression)
        ? expression.name.text
        : undefined;
    if (name !== undefined && ts.isIdentifier(expression)) {
      const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
      if (declaration && ts.isParameter(declaration) && name === 'key') return [];
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return keysOf(declaration.initializer);
    }
    if (name !== undefined && /Key$/.test(name)) {
      const given = propertyValues(name);
      if (given.length > 0) return given.flatMap(keysOf);
    }
    unreadable.push(`${where(expression)}: cannot tell which keys \`${expression.getText()}\` is`);
    return [];
  };

  /** Which argument of a call is a locale key, or undefined when the call is not a translation. */
  const keyArgument = (call: ts.CallExpression): { argument: ts.Expression | undefined; needsValue: boolean } | undefined => {
    const callee = call.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const onI18n = ts.isPropertyAccessExpression(callee) && /\bi18n$/.test(callee.expression.getText());
    if (name === 'attributes' && onI18n) return { argument: call.arguments[1], needsValue: false };
    if (name === 't' && onI18n) return { argument: call.arguments[1], needsValue: true };
    if (name === 't' || name === 'replyWith') return { argument: call.arguments[0], needsValue: true };
    return undefined;
  };

  for (const source of sources) {
    if (IMPLEMENTATION.has(relative(ROOT, source.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const found = keyArgument(node);
        if (found && !found.argument) unreadable.push(`${where(node)}: a translation call without a key`);
        if (found?.argument)
          for (const key of keysOf(found.argument)) uses.push({ key, at: where(found.argument), needsValue: found.needsValue });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, unreadable };
}

/** Each message of a locale file, and whether it has a value (a message may have attributes only). */
function localeMessages(language: string): Map<string, { hasValue: boolean }> {
  const resource = new FluentResource(readFileSync(join(LOCALES_FOLDER, `${language}.ftl`), 'utf8'));
  return new Map(resource.body.map((message) => [message.id, { hasValue: message.value !== null }]));
}

describe('locale keys used by the code', () => {
  const { uses, unreadable } = scanKeyUses();

  it('are all readable as keys, and there are many of them', () => {
    expect(unreadable).toEqual([]);
    const keys = new Set(uses.map((use) => use.key));
    // The scan itself works: it finds the keys every reader meets.
    for (const key of [
      'start-welcome',
      'button-expired',
      'topic-gulf',
      'topic-un',
      'language-name-ar',
      'broadcast-refused-not-yours',
      'menu',
    ])
      expect(keys).toContain(key);
    expect(keys.size).toBeGreaterThan(100);
  });

  it('are in every locale file', () => {
    const missing: string[] = [];
    for (const language of LANGUAGES) {
      const messages = localeMessages(language);
      const reported = new Set<string>();
      for (const use of uses) {
        const message = messages.get(use.key);
        const problem = !message ? 'missing' : use.needsValue && !message.hasValue ? 'has no value' : undefined;
        if (problem && !reported.has(use.key)) {
          reported.add(use.key);
          missing.push(`${use.key} (${use.at}): ${problem} in locales/${language}.ftl`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('locale files', () => {
  it('have the same keys', () => {
    const keysOf = (language: string) => [...localeMessages(language).keys()];
    const all = new Set(LANGUAGES.flatMap(keysOf));
    const differences = LANGUAGES.flatMap((language) => {
      const own = new Set(keysOf(language));
      return [...all].filter((key) => !own.has(key)).map((key) => `${key}: missing from locales/${language}.ftl`);
    });
    expect(differences).toEqual([]);
  });
});
