import type { ESLint, Rule } from 'eslint';

export interface Layer {
  name: string;
  paths: string[];
  may: string[] | '*';
}
export declare const LAYERS: Layer[];
export declare const importDirection: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
