// Types of house-rules.js for the TypeScript test beside it.
import type { ESLint } from 'eslint';

/** The boundary an import from `from` to `to` crosses (as a message), or null when allowed. */
export function crossing(from: string, to: string | { pkg: string }): string | null;
export const houseRules: ESLint.Plugin & { rules: Record<'boundaries' | 'long-file' | 'disable-reason', unknown> };
