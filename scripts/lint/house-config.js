// The house rules as ESLint config blocks, shared by eslint.config.js (`npm run lint`, with type
// information) and eslint.arch.config.js (`npm run check:arch`, these rules alone, in seconds).
import { houseRules } from './house-rules.js';

// Kysely's query builders and `sql` belong in *.queries.ts / *.sql.ts (and migrations, seed data,
// test factories, test support and tests, which build or inspect the database on purpose).
const sqlBuilders = [
  {
    selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
    message: 'SQL lives in a *.queries.ts (or *.sql.ts) file: move this query there and call it.',
  },
  {
    selector: 'TaggedTemplateExpression[tag.name="sql"], MemberExpression[object.name="sql"]',
    message: 'Raw `sql` lives in a *.queries.ts (or *.sql.ts) file: move this query there and call it.',
  },
];

export const houseConfig = [
  {
    plugins: { house: houseRules },
    rules: {
      'house/boundaries': 'error',
      'house/disable-reason': 'error',
      // STYLE.md: aim under 300 lines (a warning), split by sub-resource before 500 (an error).
      // Blank lines and comments do not count.
      'house/long-file': ['warn', 300],
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.queries.ts',
      '**/*.sql.ts',
      '**/*.test.ts',
      '**/*.test-support.ts',
      'src/server/db/migrations/**',
      'src/server/seed/**',
      'src/server/test/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...sqlBuilders] },
  },
];
