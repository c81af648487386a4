import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, embedded database with the demo) started once
// by global-setup.ts and shared by every spec; Debian chromium driven by playwright-core.
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // One spec file at a time: the specs share the server and its demo data, and two cores are
    // already busy with the server and chromium.
    fileParallelism: false,
    maxWorkers: 1,
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
