// The seeded personnel settings are exactly the domain's seed (src/domain/personnel), and they pass the
// domain's own validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERSONNEL_SETTINGS, PERSONNEL_SETTING_KEYS, validatePersonnelSettings } from '../../../domain/personnel/index.js';
import { openTestDatabase } from '../../test/harness.js';
import { loadPersonnelSettings } from './personnel.checks.js';

let ctx: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  ctx = await openTestDatabase();
});
afterAll(async () => ctx.close());

describe('personnel seed', () => {
  it('writes DEFAULT_PERSONNEL_SETTINGS as the personnel.* regulation settings', async () => {
    const settings = await loadPersonnelSettings(ctx.database.db, '2026-12-07');
    expect(settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_PERSONNEL_SETTINGS)));
    expect(validatePersonnelSettings(settings)).toEqual([]);
    const rows = await ctx.database.db.selectFrom('regulation_setting').select('key').where('key', 'like', 'personnel.%').execute();
    expect(rows.map((r) => r.key).sort()).toEqual(Object.values(PERSONNEL_SETTING_KEYS).sort());
  });
});
