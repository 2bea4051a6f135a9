import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// DESIGN.md's layers, enforced: shared is pure; the renderer talks to its host only via host.ts.
const NODE_AND_ELECTRON = [
  { group: ['node:*'], message: 'src/shared is pure: no node modules (see DESIGN.md, Layers).' },
  { group: ['electron', 'electron/*'], message: 'No electron here (see DESIGN.md, Layers).' },
];
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'fs/promises',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({
              name,
              message: 'src/shared is pure: no node modules.',
            })),
            { name: 'react', message: 'src/shared is pure: no react.' },
            { name: 'react-dom', message: 'src/shared is pure: no react.' },
            { name: 'monaco-editor', message: 'src/shared is pure: no DOM libraries.' },
            { name: '@xyflow/react', message: 'src/shared is pure: no DOM libraries.' },
          ],
          patterns: [
            ...NODE_AND_ELECTRON,
            {
              group: ['**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**'],
              message: 'shared imports no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of shared code may read the corpora from disk.
    files: ['src/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'The renderer talks to its host through host.ts only.',
          })),
          patterns: [
            ...NODE_AND_ELECTRON,
            {
              group: ['**/main/**', '**/cli/**', '**/preload/**'],
              message: 'The renderer imports shared only.',
            },
          ],
        },
      ],
    },
  },
);
