// `seed demo --refresh` (issue 15): a demo database is rebuilt as of a new anchor; a database
// without the demo marker, or with anything besides the demo, is refused and left as it was.
// Runs on PGlite, or on a fresh PostgreSQL database when TEST_DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCalendar } from '../../domain/demo-calendar.js';
import { prepareDatabase } from '../boot.js';
import type { Database } from '../db/connect.js';
import { openTestDatabase } from '../test/harness.js';
import { assertDemoOnly, clearDemoDatabase, DemoRefreshRefused, type RefreshRefusal } from './demo-refresh.js';

async function refusal(p: Promise<unknown>): Promise<RefreshRefusal> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DemoRefreshRefused) return e.refusal;
    throw e;
  }
  throw new Error('not refused');
}

describe('refreshing the demo', { timeout: 400_000 }, () => {
  let database: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase({ reference: true }));
  });
  afterAll(async () => close?.());

  it('refuses a database without the demo marker, changing nothing', async () => {
    expect(await refusal(clearDemoDatabase(database.db))).toEqual({ reason: 'not_demo' });
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM admin_unit`.execute(database.db)).rows[0].n).toBeGreaterThan(10_000);
  });

  it('moves a demo database to a new anchor, then refuses once real data is added', async () => {
    const { db } = database;
    const first = await prepareDatabase(database, { seedDemo: true, demoAnchor: '2026-12-07' });
    expect(first?.anchor).toBe('2026-12-07');
    const units = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM org_unit`.execute(db)).rows[0].n;

    expect(await clearDemoDatabase(db)).toEqual({ previousAnchor: '2026-12-07' });
    const again = await prepareDatabase(database, { seedDemo: true, demoAnchor: '2027-04-01' });
    expect(again?.anchor).toBe('2027-04-01');
    expect(await db.selectFrom('demo_seed').select(['anchor', 'province_unit_id']).execute()).toEqual([
      { anchor: '2027-04-01', province_unit_id: again!.provinceUnitId },
    ]);
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM org_unit`.execute(db)).rows[0].n).toBe(units);
    // The data lives in the new week, and the audit trail starts again with the new seed.
    const weeks = await sql<{ last: string }>`SELECT max(week_start)::text AS last FROM weekly_plan`.execute(db);
    expect(weeks.rows[0].last).toBe(demoCalendar('2027-04-01').nextWeek);
    const seeded = await db.selectFrom('audit_event').select(['action', 'after']).execute();
    // The seed's one audited change: the planning listener removing the disciplined candidate (decision 0030).
    expect(seeded.map((e) => e.action).filter((a) => a !== 'planning.candidate.remove')).toEqual(['demo.seed']);
    expect(seeded.some((e) => e.action === 'planning.candidate.remove')).toBe(true);

    // A real account: refused, nothing dropped.
    const accountId = randomUUID();
    await db
      .insertInto('account')
      .values({ id: accountId, username: 'nguyen.van.a', display_name: 'Nguyễn Văn A', password_hash: 'x', person_id: null, locale: 'vi' })
      .execute();
    expect(await refusal(clearDemoDatabase(db))).toEqual({ reason: 'foreign_data', units: 0, accounts: ['nguyen.van.a'] });
    await db.deleteFrom('account').where('id', '=', accountId).execute();
    // A unit outside the demo province: refused too.
    const unitId = randomUUID();
    await db
      .insertInto('org_unit')
      .values({
        id: unitId,
        kind: 'province',
        name: 'Tỉnh Thử nghiệm',
        short_name: null,
        admin_unit_id: null,
        valid_from: '2025-07-01',
        valid_to: null,
        search_text: 'tinh thu nghiem',
      })
      .execute();
    expect(await refusal(clearDemoDatabase(db))).toEqual({ reason: 'foreign_data', units: 1, accounts: [] });
    await db.deleteFrom('org_unit').where('id', '=', unitId).execute();
    expect(await db.selectFrom('demo_seed').select('anchor').execute()).toEqual([{ anchor: '2027-04-01' }]);

    // A demo created before the marker existed is known by its 'demo.seed' audit event.
    await db.deleteFrom('demo_seed').execute();
    expect(await assertDemoOnly(db)).toEqual({ anchor: null });
  });
});
