// Test cases of the demo organisation (units, people, history, posts, accounts), registered by
// demo.test.ts inside its seedDemo suite for each anchor, so the (slow) demo is seeded once per anchor.
import { verify } from '@node-rs/argon2';
import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import type { DemoCalendar } from '../../domain/demo-calendar.js';
import type { DB } from '../db/schema.js';
import { DEMO_USERNAMES, type DemoSummary } from './demo.js';

export type DemoCtx = () => { db: Kysely<DB>; summary: DemoSummary; cal: DemoCalendar };

export async function count(db: Kysely<DB>, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number(rows[0].n);
}

/** Units linked to a parent at date d. */
async function childrenAsOf(db: Kysely<DB>, d: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('org_unit_link')
    .select('child_id')
    .where('valid_from', '<=', d)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', d)]))
    .execute();
  return new Set(rows.map((r) => r.child_id));
}

export function demoOrgCases(ctx: DemoCtx) {
  it('creates Tỉnh Hưng Yên with 12 of its communes', async () => {
    const { db, summary } = ctx();
    const province = await db.selectFrom('org_unit').selectAll().where('id', '=', summary.provinceUnitId).executeTakeFirstOrThrow();
    expect(province).toMatchObject({
      kind: 'province',
      name: 'Tỉnh Hưng Yên',
      admin_unit_id: '2025:P:33',
      valid_from: '2025-07-01',
      valid_to: null,
    });
    expect(summary.communeUnitIds).toHaveLength(12);
    const communes = await db.selectFrom('org_unit').selectAll().where('id', 'in', summary.communeUnitIds).execute();
    expect(communes).toHaveLength(12);
    expect(new Set(communes.map((c) => c.kind))).toEqual(new Set(['commune', 'ward']));
    for (const c of communes) expect(c.admin_unit_id).toMatch(/^2025:C:\d{5}$/);
    const units = await count(db, sql`SELECT count(*) AS n FROM org_unit`);
    expect(units).toBe(summary.units);
  });

  it('has 1,800–2,300 realistic people', async () => {
    const { db, summary, cal } = ctx();
    const everyone = await db.selectFrom('person').selectAll().execute();
    // The cadre records; the village Party members the cells demo adds and the new-member pipeline's
    // candidates have none (no citizen ID, post or account).
    const people = everyone.filter((p) => p.citizen_id !== null);
    expect(summary.villageMembers).toBeGreaterThan(0);
    expect(summary.recruitmentCandidates).toBeGreaterThan(0);
    expect(everyone.length - people.length).toBe(summary.villageMembers + summary.recruitmentCandidates);
    const thisYear = Number(cal.anchor.slice(0, 4));
    expect(people.length).toBe(summary.people);
    expect(people.length).toBeGreaterThanOrEqual(1800);
    expect(people.length).toBeLessThanOrEqual(2300);
    const nguyen = people.filter((p) => p.family_name === 'Nguyễn').length / people.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.45);
    const ids = people.map((p) => p.citizen_id);
    expect(new Set(ids).size).toBe(people.length);
    for (const p of people) {
      expect(p.citizen_id).toMatch(/^\d{12}$/);
      const year = Number(p.date_of_birth.slice(0, 4));
      // Aged 23–60 in the anchor's year; those who retired at the 2025 reform were 55–60 then.
      expect(year).toBeGreaterThanOrEqual(Math.min(thisYear - 60, 1965));
      expect(year).toBeLessThanOrEqual(thisYear - 23);
      const digit = (year >= 2000 ? 2 : 0) + (p.gender === 'female' ? 1 : 0);
      expect(p.citizen_id!.slice(3, 6)).toBe(`${digit}${String(year).slice(2)}`);
      if (p.party_full_date) expect(p.party_admission_date! < p.party_full_date).toBe(true);
      expect(p.search_text).toBe(p.search_text.toLowerCase());
    }
    const male = people.filter((p) => p.gender === 'male').length / people.length;
    expect(male).toBeGreaterThan(0.48);
    expect(male).toBeLessThan(0.65);
    // Most hometowns are in the same (2025) province.
    const inProvince = new Set(
      (await db.selectFrom('admin_unit').select('id').where('parent_id', '=', '2025:P:33').execute()).map((r) => r.id),
    );
    const local = people.filter((p) => inProvince.has(p.hometown_id ?? '')).length / people.length;
    expect(local).toBeGreaterThan(0.7);
    expect(local).toBeLessThan(0.92);
  });

  it('gives each commune 5–15 Party cells', async () => {
    const { db, summary } = ctx();
    for (const communeId of summary.communeUnitIds) {
      const n = await count(
        db,
        sql`SELECT count(*) AS n FROM org_unit_closure c JOIN org_unit u ON u.id = c.descendant_id
            WHERE c.ancestor_id = ${communeId} AND u.kind = 'party_cell' AND u.valid_to IS NULL`,
      );
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(15);
    }
  });

  it('keeps a closure with a reflexive row per unit and history under the new communes', async () => {
    const { db, summary } = ctx();
    const missing = await count(
      db,
      sql`SELECT count(*) AS n FROM org_unit u WHERE NOT EXISTS
            (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = u.id AND c.descendant_id = u.id)`,
    );
    expect(missing).toBe(0);
    // Every old commune that fed a new commune is covered by the new commune's scope.
    const history = await db.selectFrom('org_unit_history').selectAll().execute();
    expect(history.length).toBeGreaterThan(0);
    const uncovered = await count(
      db,
      sql`SELECT count(*) AS n FROM org_unit_history h WHERE NOT EXISTS
            (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = h.successor_id AND c.descendant_id = h.predecessor_id)`,
    );
    expect(uncovered).toBe(0);
    // The province covers every unit of the demo (current and pre-2025).
    const underProvince = await count(db, sql`SELECT count(*) AS n FROM org_unit_closure WHERE ancestor_id = ${summary.provinceUnitId}`);
    expect(underProvince).toBe(summary.units);
  });

  it('records the mergers of 1/7/2025', async () => {
    const { db } = ctx();
    const events = await db.selectFrom('org_unit_event').selectAll().execute();
    expect(events).toHaveLength(13);
    for (const e of events) {
      expect(e.kind).toBe('merge');
      expect(e.effective_on).toBe('2025-07-01');
      expect(e.decision_ref).toMatch(/NQ-UBTVQH15|QH15/);
    }
    const oldProvinces = await db
      .selectFrom('org_unit')
      .select(['name', 'admin_unit_id', 'valid_to'])
      .where('kind', '=', 'province')
      .where('valid_to', 'is not', null)
      .orderBy('admin_unit_id')
      .execute();
    expect(oldProvinces).toEqual([
      { name: 'Tỉnh Hưng Yên', admin_unit_id: 'pre:P:33', valid_to: '2025-07-01' },
      { name: 'Tỉnh Thái Bình', admin_unit_id: 'pre:P:34', valid_to: '2025-07-01' },
    ]);
  });

  it('shows the old communes as of 2025-06-30 and the new ones as of the anchor', async () => {
    const { db, summary, cal } = ctx();
    const oldCommunes = (await db.selectFrom('org_unit').select('id').where('admin_unit_id', 'like', 'pre:C:%').execute()).map((r) => r.id);
    expect(oldCommunes.length).toBeGreaterThan(40);
    const before = await childrenAsOf(db, '2025-06-30');
    const after = await childrenAsOf(db, cal.anchor);
    for (const id of oldCommunes) {
      expect(before.has(id)).toBe(true);
      expect(after.has(id)).toBe(false);
    }
    for (const id of summary.communeUnitIds) {
      expect(before.has(id)).toBe(false);
      expect(after.has(id)).toBe(true);
    }
  });

  it('keeps posts single-held and tenures inside their posts', async () => {
    const { db } = ctx();
    const overlaps = await count(
      db,
      sql`SELECT count(*) AS n FROM tenure a JOIN tenure b ON a.post_id = b.post_id AND a.id < b.id
          AND daterange(a.start_date, a.end_date, '[]') && daterange(b.start_date, b.end_date, '[]')`,
    );
    expect(overlaps).toBe(0);
    const outside = await count(
      db,
      sql`SELECT count(*) AS n FROM tenure t JOIN post p ON p.id = t.post_id
          WHERE t.start_date < p.valid_from OR (p.valid_to IS NOT NULL AND (t.end_date IS NULL OR t.end_date >= p.valid_to))`,
    );
    expect(outside).toBe(0);
    const vacant = await count(
      db,
      sql`SELECT count(*) AS n FROM post p WHERE p.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM tenure t WHERE t.post_id = p.id)`,
    );
    expect(vacant).toBeGreaterThan(0);
    const terms = await db.selectFrom('tenure').select('term_id').distinct().execute();
    expect(new Set(terms.map((t) => t.term_id))).toEqual(
      new Set([null, 'party-2020-2025', 'party-2025-2030', 'state-2021-2026', 'state-2026-2031']),
    );
    // Every current commune has a secretary and a People's Committee chair in office today, but commune #2,
    // whose secretary retired last month (the personnel demo: the post waits for a decision).
    const heads = await db
      .selectFrom('tenure as t')
      .innerJoin('post as p', 'p.id', 't.post_id')
      .select(['p.title', (eb) => eb.fn.countAll<number>().as('n')])
      .where('t.end_date', 'is', null)
      .where('p.title', 'in', ['Bí thư Đảng ủy', 'Chủ tịch UBND'])
      .groupBy('p.title')
      .execute();
    expect(heads.map((h) => [h.title, Number(h.n)]).sort()).toEqual([
      ['Bí thư Đảng ủy', 11],
      ['Chủ tịch UBND', 12],
    ]);
  });

  it('creates the demo accounts', async () => {
    const { db, summary } = ctx();
    expect(summary.accounts.map((a) => a.username).sort()).toEqual(
      [
        'admin',
        'bithuchibo',
        'canbo',
        'chutich',
        'kiemtra',
        'thuongvu',
        'thuongvu.tinh',
        'tochuc',
        'tochuc.xa',
        'tochuc.xa2',
        'vanphong',
      ].sort(),
    );
    // --refresh tells the demo's accounts from real ones by this list.
    expect([...DEMO_USERNAMES].sort()).toEqual(summary.accounts.map((a) => a.username).sort());
    const rows = await db
      .selectFrom('account as a')
      .innerJoin('role_binding as r', 'r.account_id', 'a.id')
      .select(['a.username', 'a.password_hash', 'a.person_id', 'r.role', 'r.unit_id'])
      .execute();
    expect(rows).toHaveLength(11);
    const by = new Map(rows.map((r) => [r.username, r]));
    expect(by.get('admin')).toMatchObject({ role: 'admin', unit_id: summary.provinceUnitId });
    expect(by.get('tochuc.xa')).toMatchObject({ role: 'organising', unit_id: summary.communeUnitIds[0] });
    expect(by.get('tochuc.xa2')).toMatchObject({ role: 'organising', unit_id: summary.communeUnitIds[1] });
    expect(by.get('canbo')!.person_id).toBeTruthy();
    const cellSecretary = by.get('bithuchibo')!;
    expect(cellSecretary.role).toBe('cell_secretary');
    const cell = await db.selectFrom('org_unit').selectAll().where('id', '=', cellSecretary.unit_id).executeTakeFirstOrThrow();
    expect(cell.kind).toBe('party_cell');
    const held = await db
      .selectFrom('tenure as t')
      .innerJoin('post as p', 'p.id', 't.post_id')
      .select('p.title')
      .where('t.person_id', '=', cellSecretary.person_id!)
      .where('p.unit_id', '=', cell.id)
      .execute();
    expect(held.map((h) => h.title)).toContain('Bí thư Chi bộ');
    expect(await verify(by.get('admin')!.password_hash, 'CanBo@2026')).toBe(true);
  });
}
