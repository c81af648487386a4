import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { serverStartLimitMs } from './server-start.js';

// Browser tests: the real server (built web app, embedded database with the demo) started once
// by global-setup.ts and shared by every spec; Debian chromium driven by playwright-core.
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // A hook may wait as long as the server start is allowed to take (CANBO_E2E_START_SECONDS).
    hookTimeout: Math.max(240_000, serverStartLimitMs()),
    pool: 'forks',
    // One spec file at a time: the specs share the server and its demo data, and two cores are
    // already busy with the server and chromium.
    fileParallelism: false,
    maxWorkers: 1,
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
