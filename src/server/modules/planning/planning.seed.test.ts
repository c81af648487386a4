// The seeded planning settings and ladder are exactly the domain's seeds (src/domain/planning), and they
// pass the domain's own validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_SETTINGS, DEFAULT_POST_LADDER, PLANNING_SETTING_KEYS, validateLadder } from '../../../domain/planning/index.js';
import { openTestDatabase } from '../../test/harness.js';
import { loadLadder, loadPlanningSettings } from './planning.settings.js';

let ctx: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  ctx = await openTestDatabase();
});
afterAll(async () => ctx.close());

describe('planning seed', () => {
  it('writes DEFAULT_PLANNING_SETTINGS as the planning.* regulation settings', async () => {
    const settings = await loadPlanningSettings(ctx.database.db, '2026-12-07');
    expect(settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_PLANNING_SETTINGS)));
    const rows = await ctx.database.db.selectFrom('regulation_setting').select('key').where('key', 'like', 'planning.%').execute();
    expect(rows.map((r) => r.key).sort()).toEqual(Object.values(PLANNING_SETTING_KEYS).sort());
  });

  it('writes DEFAULT_POST_LADDER as the editable ladder, valid by the domain rules', async () => {
    const { ladder, posts } = await loadLadder(ctx.database.db);
    expect(ladder).toEqual(DEFAULT_POST_LADDER);
    expect(validateLadder(ladder)).toEqual([]);
    expect(posts.every((p) => p.titleVi.length > 0 && p.titleEn.length > 0)).toBe(true);
  });
});
