// ESLint: @eslint/js and typescript-eslint (type-checked), React hooks for the web app, and the
// house rules (architecture boundaries, SQL only in queries files, file size). `npm run lint`;
// `npm test` runs it. What is allowed on purpose, and why: docs/decisions/0009-house-rules.md.
import './scripts/lint/typescript-5.cjs'; // must come first: typescript-eslint needs TypeScript 5's API
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { houseConfig } from './scripts/lint/house-config.js';

const { default: tseslint } = await import('typescript-eslint'); // after the hook above

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'data/', 'artifacts/', 'test-results/', 'reference/', 'scratch/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // The `_` prefix marks what is unused on purpose; `{ omitted, ...rest }` drops fields.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // React's event attributes (onClick, onFinish…) ignore what a handler returns, and antd
      // reports a rejected submit itself; an async handler there is the idiom, not a lost promise.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // `async` without `await` is a contract here, not a slip: Fastify plugins are async functions,
      // antd validators and the mailer interface return promises. Lost promises are caught by
      // no-floating-promises and no-misused-promises instead.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // antd's List is deprecated: lists are ResponsiveTable (a table, cards on a phone) or CardList.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'antd', importNames: ['List'], message: 'antd List is deprecated: use ResponsiveTable or components/card-list.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Tests and benchmarks read responses as JSON (`res.json()` is `any` by design) and raw rows;
    // the unsafe-any family would flag every assertion without making a test safer.
    files: ['**/*.test.ts', '**/*.test-support.ts', 'e2e/**/*.ts', 'src/server/test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests read spreadsheet cells and similar loosely typed values as text on purpose.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  ...houseConfig,
);
