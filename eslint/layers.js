// An ESLint rule that keeps every import pointing down the pipeline. Written here rather than taken
// from eslint-plugin-boundaries: that plugin classifies folders only (our entry points and config
// are single files), and its settings are mid-way through a format change that warns on every run.
import { dirname, relative, resolve } from 'node:path';

/**
 * The layers, bottom first, in the order the data flows. Each may import itself and the layers it
 * names; nothing else of ours. The edge (entry points) may import everything.
 */
export const LAYERS = [
  { name: 'model', paths: ['src/model/'], may: [] },
  { name: 'text', paths: ['src/text/'], may: ['model'] },
  { name: 'topics', paths: ['src/topics/'], may: ['model', 'text'] },
  { name: 'summarize', paths: ['src/summarize/'], may: ['model', 'text'] },
  { name: 'schedule', paths: ['src/schedule/'], may: ['model', 'text'] },
  // Watches and mutes: what a chat's words match in an article, pure.
  { name: 'watch', paths: ['src/watch/'], may: ['model', 'text'] },
  // The gazetteer and what a report says happened, in any of the three languages: pure.
  { name: 'entities', paths: ['src/entities/'], may: ['model', 'text', 'topics'] },
  // The optional language model: its client, prompt and the checks on what it writes.
  { name: 'llm', paths: ['src/llm/'], may: ['model', 'text'] },
  { name: 'store', paths: ['src/store/'], may: ['model', 'text', 'topics', 'summarize', 'schedule', 'watch', 'entities', 'llm'] },
  { name: 'feeds', paths: ['src/feeds/'], may: ['model', 'text', 'topics', 'summarize', 'schedule', 'watch', 'entities', 'llm', 'store'] },
  {
    name: 'briefing',
    paths: ['src/briefing/'],
    may: ['model', 'text', 'topics', 'summarize', 'schedule', 'watch', 'entities', 'llm', 'store', 'feeds'],
  },
  {
    name: 'delivery',
    paths: ['src/delivery/'],
    may: ['model', 'text', 'topics', 'summarize', 'schedule', 'watch', 'entities', 'llm', 'store', 'feeds', 'briefing'],
  },
  // The validated environment: read by the bot and the edge, never by the layers that think.
  { name: 'config', paths: ['src/config.ts'], may: ['model'] },
  {
    name: 'bot',
    paths: ['src/bot/'],
    may: [
      'model',
      'text',
      'topics',
      'summarize',
      'schedule',
      'watch',
      'entities',
      'llm',
      'store',
      'feeds',
      'briefing',
      'delivery',
      'config',
    ],
  },
  {
    name: 'handlers',
    paths: ['handlers/'],
    may: [
      'model',
      'text',
      'topics',
      'summarize',
      'schedule',
      'watch',
      'entities',
      'store',
      'feeds',
      'briefing',
      'delivery',
      'config',
      'bot',
    ],
  },
  {
    name: 'edge',
    paths: ['src/main.ts', 'src/start/', 'src/cli.ts', 'src/cli/', 'src/http/', 'src/ops/', 'src/app.ts', 'src/logger.ts'],
    may: '*',
  },
];

const ORDER =
  'model → text → topics / summarize / schedule / watch → entities / llm → store → feeds → briefing → delivery → bot → handlers, with the entry points (main, start, cli, http, ops, app) at the edge';

/** A file's path from the repository root, with forward slashes. */
function repoPath(root, file) {
  return relative(root, file).split('\\').join('/');
}

function layerOf(root, file) {
  const path = repoPath(root, file);
  return LAYERS.find((layer) => layer.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)));
}

/** @type {import('eslint').Rule.RuleModule} */
export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'imports point down the pipeline: a layer never imports one above it' },
    messages: {
      up: 'layers/import-direction: {{from}} may not import {{to}} ({{source}}). Imports point down: {{order}}.',
      unplaced:
        'layers/import-direction: {{path}} is in no layer; add its folder to LAYERS in eslint/layers.js, where it belongs in: {{order}}.',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const from = layerOf(root, context.filename);
    if (!from) {
      const path = repoPath(root, context.filename);
      return { Program: (node) => context.report({ node, messageId: 'unplaced', data: { path, order: ORDER } }) };
    }
    if (from.may === '*') return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(root, resolve(dirname(context.filename), source));
      if (to === from || (to && from.may.includes(to.name))) return;
      const target = to ? to.name : repoPath(root, resolve(dirname(context.filename), source));
      context.report({ node: node.source, messageId: 'up', data: { from: from.name, to: target, source, order: ORDER } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'import-direction': importDirection } };
