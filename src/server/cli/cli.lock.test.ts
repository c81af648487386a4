// Two processes on one embedded data folder lose data silently, so the second must be refused:
// a second server and the CLI both exit 2 with the lock message while the first server runs,
// and the folder is usable again once that server has stopped.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../test/harness.js';
import { type Spawned, freePort, spawnTs, tempDir, waitForOutput } from './cli.test-support.js';

const LOCK_MESSAGE = /is in use by another CanBo process \(pid (\d+)\)/;

describe.skipIf(onPostgres())('one process per embedded data folder', { timeout: 240_000 }, () => {
  let work: string;
  let first: Spawned;
  const env = (port: number) => ({
    CANBO_DATA_DIR: path.join(work, 'data'),
    PORT: String(port),
    CANBO_SEED_DEMO: 'never',
    LOG_LEVEL: 'warn',
  });
  const cliEnv = () => ({ CANBO_DATA_DIR: path.join(work, 'data') });

  beforeAll(async () => {
    work = tempDir('lock');
    first = spawnTs('src/server/main.ts', [], env(await freePort()));
    await waitForOutput(first, /CanBo is running at/, 200_000);
  }, 240_000);
  afterAll(async () => {
    if (first && first.child.exitCode === null) {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('refuses a second server on the same folder while the first runs', async () => {
    const second = spawnTs('src/server/main.ts', [], env(await freePort()));
    const code = await second.exited;
    expect(code).toBe(2);
    const m = LOCK_MESSAGE.exec(second.output());
    expect(m, second.output()).not.toBeNull();
    expect(Number(m![1])).toBe(first.child.pid);
    expect(first.child.exitCode).toBeNull(); // the first server is untouched
  });

  it('refuses the CLI too, telling the operator to stop the server', async () => {
    const backup = spawnTs('src/server/cli/main.ts', ['backup', path.join(work, 'b.tar.gz')], cliEnv());
    expect(await backup.exited).toBe(2);
    expect(backup.output()).toMatch(LOCK_MESSAGE);
    expect(backup.output()).toMatch(/stop the server first/i);
    expect(fs.existsSync(path.join(work, 'b.tar.gz'))).toBe(false);
  });

  it('frees the folder when the first server stops', async () => {
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(work, 'data', 'canbo.lock'))).toBe(false);
    const backup = spawnTs('src/server/cli/main.ts', ['backup', path.join(work, 'b.tar.gz')], cliEnv());
    expect(await backup.exited, backup.output()).toBe(0);
    expect(fs.statSync(path.join(work, 'b.tar.gz')).size).toBeGreaterThan(1000);
  });
});
