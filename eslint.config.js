import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // Feed decoding and repair match control characters on purpose.
      'no-control-regex': 'off',
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    // Every import points down the pipeline (eslint/layers.js lists the layers).
    files: ['src/**/*.ts', 'handlers/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/import-direction': 'error' },
  },
  {
    files: ['tests/**', 'bench/**', 'eval/**'],
    rules: { 'no-console': 'off' },
  },
);
