// `canbo seed demo` options on an embedded data folder: a bad --as-of and a --refresh of a
// database that is not a demo both exit 2 and change nothing. (The rebuild itself is tested on both
// databases in src/server/seed/demo-refresh.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { onPostgres } from '../test/harness.js';
import { cli, tempDir } from './cli.test-support.js';

describe.skipIf(onPostgres())('canbo seed demo options', { timeout: 240_000 }, () => {
  let work: string;
  let dataDir: string;
  const env = () => ({ CANBO_DATA_DIR: dataDir });

  beforeAll(async () => {
    work = tempDir('cli-seed');
    dataDir = path.join(work, 'data');
    const r = await cli(['migrate'], env());
    expect(r.code, r.err).toBe(0);
  }, 240_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it.each([['2026-11-15'], ['2030-07-01'], ['2027-02-29'], ['15/12/2026']])('refuses --as-of %s with exit code 2', async (day) => {
    const r = await cli(['seed', 'demo', '--as-of', day], env());
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of must be a real date YYYY-MM-DD from 2026-11-16 to 2030-06-30');
  });

  it('refuses a bad CANBO_DEMO_ANCHOR as a configuration error', async () => {
    const r = await cli(['seed', 'demo'], { ...env(), CANBO_DEMO_ANCHOR: '2026-13-01' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('CANBO_DEMO_ANCHOR');
  });

  it('refuses --refresh on a database that carries no demo, with exit code 2, leaving it empty', async () => {
    const r = await cli(['seed', 'demo', '--refresh', '--as-of', '2026-12-15'], env());
    expect(r.code).toBe(2);
    expect(r.err).toContain('no demo marker');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await database.db.selectFrom('org_unit').select('id').execute()).toEqual([]);
      expect(await database.db.selectFrom('demo_seed').selectAll().execute()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
