// Lint, including the layering of DESIGN.md: shared ← main/library ← doors; renderer → shared only;
// only the Electron shell (main/index.ts, main/menu.ts) and the preload import 'electron'.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run anywhere: no node:* imports.',
};
const electron = {
  name: 'electron',
  message: "Only the Electron shell and the preload import 'electron'.",
};
const mainFromOutside = {
  group: ['**/main/**', '**/preload/**'],
  message: 'Only the contract in shared/ crosses from main to the renderer.',
};
const rendererFromOutside = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };

export default tseslint.config(
  {
    ignores: [
      'out/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [nodeBuiltins, mainFromOutside, rendererFromOutside] },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [nodeBuiltins, mainFromOutside] },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/menu.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron], patterns: [rendererFromOutside] }],
    },
  },
  {
    files: ['src/main/library/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            rendererFromOutside,
            {
              group: [
                '**/dispatch',
                '**/handlers',
                '**/web',
                '**/cli',
                '**/cli/**',
                '../index',
                '**/main/index',
              ],
              message: 'The Library never imports a door.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
