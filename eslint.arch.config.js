// `npm run check:arch`: only the house rules (boundaries, SQL placement, file size), without type
// information, so it answers in seconds. `npm run lint` runs the same rules with everything else.
import './scripts/lint/typescript-5.cjs'; // typescript-eslint's parser needs TypeScript 5's API
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import { houseConfig } from './scripts/lint/house-config.js';

const { default: tseslint } = await import('typescript-eslint'); // after the hook above

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'data/', 'artifacts/', 'test-results/', 'reference/', 'scratch/'] },
  // The other plugins are registered (not enabled) so the disable comments naming their rules resolve;
  // whether those comments are still needed is `npm run lint`'s business.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { plugins: { '@typescript-eslint': tseslint.plugin, 'react-hooks': reactHooks } },
  { files: ['**/*.{ts,tsx,mts}'], languageOptions: { parser: tseslint.parser } },
  ...houseConfig,
);
