// Lint: typescript-eslint's recommended type-aware rules, plus the one-way arrows
// between the code areas: core ← engine ← worker, core ← ui; ui never imports the
// engine or worker (it reaches them only through the message protocol in core).
// The bench page (src/bench) may use core, engine and TF.js; nothing imports it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const area = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'public', 'node_modules', 'test-results', 'playwright-report', '.data-cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  area(
    ['src/core/**/*.ts'],
    ['**/engine/**', '**/worker/**', '**/ui/**', '**/bench/**', 'react', 'react-dom', 'zustand', '@tensorflow/*'],
    'core is pure logic: no TF.js, no React, no engine, worker or UI code.',
  ),
  area(
    ['src/engine/**/*.ts'],
    ['**/worker/**', '**/ui/**', '**/bench/**', 'react', 'react-dom', 'zustand'],
    'the engine runs in the worker and in Node: no UI, no worker-only code.',
  ),
  area(
    ['src/worker/**/*.ts'],
    ['**/ui/**', '**/bench/**', 'react', 'react-dom', 'zustand'],
    'the worker knows no UI.',
  ),
  area(
    ['src/ui/**/*.{ts,tsx}'],
    ['**/engine/**', '**/worker/**', '**/bench/**', '@tensorflow/tfjs', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-*'],
    'the UI reaches the engine only through the worker protocol in core.',
  ),
  area(
    ['src/browser/**/*.ts'],
    ['**/engine/**', '**/worker/**', '**/ui/**', '**/bench/**', 'react', 'react-dom', 'zustand', '@tensorflow/*'],
    'browser holds what both the page and the worker use of the browser (IndexedDB): no TF.js, no UI, no worker code.',
  ),
  area(
    ['src/bench/**/*.ts'],
    ['**/ui/**', '**/worker/**', 'react', 'react-dom', 'zustand'],
    'the bench page uses core, the engine and TF.js; it reaches the worker only through the protocol in core.',
  ),
);
