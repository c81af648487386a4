// Types of house-config.js for the TypeScript test beside it.
import type { Linter } from 'eslint';

export const houseConfig: Array<Omit<Linter.Config, 'files' | 'ignores'> & { files?: string[]; ignores?: string[] }>;
