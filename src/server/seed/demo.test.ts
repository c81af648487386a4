import { randomUUID } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { type Level, checkQuota, countLevels, quotaPct } from '../../domain/evaluation/index.js';
import type { Actor } from '../http/context.js';
import { loadRules } from '../modules/evaluation/index.js';
import { commendations } from '../modules/evaluation-reports/index.js';
import { openTestDatabase } from '../test/harness.js';
import { computeClosure } from './closure.js';
import { type DemoSummary, seedDemo } from './demo.js';
import { generateProvince, type GenerateResult } from './generate.js';
import { loadReferenceData } from './reference.js';
import { demoWorkCases } from './work-demo.cases.js';

/** A migrated database: PGlite in memory, or a fresh PostgreSQL database when TEST_DATABASE_URL is set. */
async function freshDb(): Promise<Database> {
  const { database, close } = await openTestDatabase();
  return { ...database, close };
}

async function count(db: Kysely<DB>, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
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

describe('computeClosure', () => {
  it('covers parent links and history (successor ancestors see predecessor descendants)', () => {
    // P → A (old commune) → A1; P2 → B (new commune); history A → B.
    const rows = computeClosure(
      ['P', 'A', 'A1', 'P2', 'B'],
      [
        { parent_id: 'P', child_id: 'A' },
        { parent_id: 'A', child_id: 'A1' },
        { parent_id: 'P2', child_id: 'B' },
      ],
      [{ predecessor_id: 'A', successor_id: 'B' }],
    );
    const set = new Set(rows.map((r) => `${r.ancestor_id}>${r.descendant_id}`));
    for (const u of ['P', 'A', 'A1', 'P2', 'B']) expect(set.has(`${u}>${u}`)).toBe(true);
    for (const pair of ['P>A', 'P>A1', 'A>A1', 'P2>B', 'B>A', 'B>A1', 'P2>A', 'P2>A1']) expect(set.has(pair)).toBe(true);
    expect(set.has('A>B')).toBe(false);
    expect(set.has('P>B')).toBe(false);
    expect(rows.length).toBe(set.size);
  });
});

describe('loadReferenceData', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDb();
  });
  afterAll(async () => database?.close());

  it('loads the 2025 and pre-2025 units and the links, once', async () => {
    const first = await loadReferenceData(database.db);
    expect(first.inserted).toBe(34 + 3321 + 63 + 696 + 10035);
    expect((await loadReferenceData(database.db)).inserted).toBe(0);
    const { db } = database;
    const rows = await db
      .selectFrom('admin_unit')
      .select(['era', 'level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['era', 'level'])
      .execute();
    const n = (era: string, level: string) => Number(rows.find((r) => r.era === era && r.level === level)?.n ?? 0);
    expect(n('2025', 'province')).toBe(34);
    expect(n('2025', 'commune')).toBe(3321);
    expect(n('pre2025', 'province')).toBe(63);
    expect(n('pre2025', 'district')).toBe(696);
    expect(n('pre2025', 'commune')).toBe(10035);
    expect(await count(db, sql`SELECT count(*) AS n FROM admin_unit_successor`)).toBe(10566 + 5);
    const hanoi = await db.selectFrom('admin_unit').selectAll().where('id', '=', '2025:C:00004').executeTakeFirstOrThrow();
    expect(hanoi).toMatchObject({ era: '2025', level: 'commune', code: '00004', parent_id: '2025:P:01', search_text: 'phuong ba dinh' });
    const island = await db.selectFrom('admin_unit_successor').selectAll().where('old_id', '=', 'pre:D:318').executeTakeFirstOrThrow();
    expect(island).toEqual({ old_id: 'pre:D:318', new_id: '2025:C:11948', full_transfer: true });
  });
});

describe('seedDemo', () => {
  let database: Database;
  let db: Kysely<DB>;
  let summary: DemoSummary;

  beforeAll(async () => {
    database = await freshDb();
    db = database.db;
    await loadReferenceData(db);
    summary = await seedDemo(db);
  }, 240_000);
  afterAll(async () => database?.close());

  it('creates Tỉnh Hưng Yên with 12 of its communes', async () => {
    const province = await db.selectFrom('org_unit').selectAll().where('id', '=', summary.provinceUnitId).executeTakeFirstOrThrow();
    expect(province).toMatchObject({ kind: 'province', name: 'Tỉnh Hưng Yên', admin_unit_id: '2025:P:33', valid_from: '2025-07-01', valid_to: null });
    expect(summary.communeUnitIds).toHaveLength(12);
    const communes = await db.selectFrom('org_unit').selectAll().where('id', 'in', summary.communeUnitIds).execute();
    expect(communes).toHaveLength(12);
    expect(new Set(communes.map((c) => c.kind))).toEqual(new Set(['commune', 'ward']));
    for (const c of communes) expect(c.admin_unit_id).toMatch(/^2025:C:\d{5}$/);
    const units = await count(db, sql`SELECT count(*) AS n FROM org_unit`);
    expect(units).toBe(summary.units);
  });

  it('has 1,800–2,300 realistic people', async () => {
    const people = await db.selectFrom('person').selectAll().execute();
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
      expect(year).toBeGreaterThanOrEqual(1966);
      expect(year).toBeLessThanOrEqual(2003);
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

  it('shows the old communes as of 2025-06-30 and the new ones as of 2026-11-22', async () => {
    const oldCommunes = (
      await db.selectFrom('org_unit').select('id').where('admin_unit_id', 'like', 'pre:C:%').execute()
    ).map((r) => r.id);
    expect(oldCommunes.length).toBeGreaterThan(40);
    const before = await childrenAsOf(db, '2025-06-30');
    const after = await childrenAsOf(db, '2026-11-22');
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
    const vacant = await count(db, sql`SELECT count(*) AS n FROM post p WHERE p.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM tenure t WHERE t.post_id = p.id)`);
    expect(vacant).toBeGreaterThan(0);
    const terms = await db.selectFrom('tenure').select('term_id').distinct().execute();
    expect(new Set(terms.map((t) => t.term_id))).toEqual(new Set([null, 'party-2020-2025', 'party-2025-2030', 'state-2021-2026', 'state-2026-2031']));
    // Every current commune has a secretary and a People's Committee chair in office today.
    const heads = await db
      .selectFrom('tenure as t')
      .innerJoin('post as p', 'p.id', 't.post_id')
      .select(['p.title', (eb) => eb.fn.countAll<number>().as('n')])
      .where('t.end_date', 'is', null)
      .where('p.title', 'in', ['Bí thư Đảng ủy', 'Chủ tịch UBND'])
      .groupBy('p.title')
      .execute();
    expect(heads.map((h) => [h.title, Number(h.n)]).sort()).toEqual([
      ['Bí thư Đảng ủy', 12],
      ['Chủ tịch UBND', 12],
    ]);
  });

  it('creates the demo accounts', async () => {
    expect(summary.accounts.map((a) => a.username).sort()).toEqual(
      ['admin', 'bithuchibo', 'canbo', 'chutich', 'kiemtra', 'thuongvu', 'tochuc', 'tochuc.xa', 'tochuc.xa2', 'vanphong'].sort(),
    );
    const rows = await db
      .selectFrom('account as a')
      .innerJoin('role_binding as r', 'r.account_id', 'a.id')
      .select(['a.username', 'a.password_hash', 'a.person_id', 'r.role', 'r.unit_id'])
      .execute();
    expect(rows).toHaveLength(10);
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

  demoWorkCases(() => ({ db, summary }));

  it('carries the evaluation history: 2025 and quarters I–III of 2026 decided within the quota, published and closed', async () => {
    const periods = await db.selectFrom('evaluation_period').select(['id', 'unit_id', 'kind', 'year', 'number', 'status']).execute();
    // 12 communes × (year 2025 + 3 quarters), less quarter III of commune #1, left to open.
    expect(periods).toHaveLength(12 * 4 - 1);
    expect(new Set(periods.map((p) => p.status))).toEqual(new Set(['closed']));
    const first = summary.communeUnitIds[0];
    expect(periods.filter((p) => p.unit_id === first).map((p) => `${p.kind} ${p.year}/${p.number}`).sort()).toEqual(['quarter 2026/1', 'quarter 2026/2', 'year 2025/0']);

    const rows = await db.selectFrom('evaluation').select(['period_id', 'unit_id', 'cadre_group', 'status', 'decision_level', 'excluded_reason']).execute();
    expect(rows.every((r) => (r.status === 'excluded' ? !!r.excluded_reason : r.status === 'published' && r.decision_level))).toBe(true);
    expect(new Set(rows.map((r) => r.decision_level).filter(Boolean))).toEqual(new Set(['excellent', 'good', 'completed', 'not_completed']));
    // Quy định 366-QĐ/TW: HTXS ≤ 20% of HTT per peer group (up to 25% where the exception was granted), as the settings of each period say.
    const keyOf = (r: { period_id: string; unit_id: string; cadre_group: string }) => `${r.period_id}|${r.unit_id}|${r.cadre_group}`;
    const exceptions = new Map((await db.selectFrom('quota_exception').selectAll().execute()).map((e) => [keyOf(e), { percent: Number(e.percent) }]));
    const ends = new Map((await db.selectFrom('evaluation_period').select(['id', 'end_date']).execute()).map((p) => [p.id, p.end_date]));
    const groups = new Map<string, { periodId: string; levels: Level[] }>();
    for (const r of rows) {
      if (!r.decision_level) continue;
      const g = groups.get(keyOf(r)) ?? { periodId: r.period_id, levels: [] };
      g.levels.push(r.decision_level);
      groups.set(keyOf(r), g);
    }
    const quotas = new Map<string, Awaited<ReturnType<typeof loadRules>>['quota']>();
    for (const [key, g] of groups) {
      if (!quotas.has(g.periodId)) quotas.set(g.periodId, (await loadRules(db, ends.get(g.periodId)!)).quota);
      const quota = quotas.get(g.periodId)!;
      expect(checkQuota(countLevels(g.levels), { pct: quotaPct(quota, exceptions.get(key) ?? null) }).ok, key).toBe(true);
    }

    // The cadre account's holder: every quarter of 2026 qualifies for HTXS on the task evidence.
    const canbo = await db.selectFrom('account').select('person_id').where('username', '=', 'canbo').executeTakeFirstOrThrow();
    const own = await db.selectFrom('evaluation as e').innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
      .select(['p.kind', 'p.number', 'e.proposed_level', 'e.results_score']).where('e.person_id', '=', canbo.person_id).where('p.year', '=', 2026).orderBy('p.number').execute();
    expect(own.map((e) => [e.kind, e.number, e.proposed_level, Number(e.results_score)])).toEqual([['quarter', 1, 'excellent', 70], ['quarter', 2, 'excellent', 70]]);

    // Commendation suggestions for 2025: those rated HTXS in the year, for the grassroots certificate.
    const actor: Actor = { accountId: randomUUID(), username: 'tochuc', displayName: 'tochuc', personId: null, locale: 'vi', roles: [{ role: 'organising', unitId: summary.provinceUnitId }], sessionId: '', csrfToken: '' };
    const list = await commendations(db, actor, 'vi', { unitId: summary.provinceUnitId, year: 2025 });
    const excellent2025 = rows.filter((r) => r.decision_level === 'excellent' && periods.find((p) => p.id === r.period_id)!.kind === 'year').length;
    expect(list.items.length).toBe(excellent2025);
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i) => i.kind))).toEqual(new Set(['grassroots']));
  });

  it('is deterministic', async () => {
    const other = await freshDb();
    try {
      await loadReferenceData(other.db);
      const again = await seedDemo(other.db);
      expect(again.communeUnitIds).toEqual(summary.communeUnitIds);
      const q = (d: Kysely<DB>) =>
        d.selectFrom('person').select(['id', 'family_name', 'middle_name', 'given_name', 'citizen_id', 'unit_id']).orderBy('id').execute();
      expect(await q(other.db)).toEqual(await q(db));
      const t = (d: Kysely<DB>) => d.selectFrom('tenure').select(['id', 'person_id', 'post_id', 'start_date', 'how']).orderBy('id').execute();
      expect(await t(other.db)).toEqual(await t(db));
      // The work and evaluation data too: a digest of every task, plan and evaluation, and the assignees.
      const digest = (d: Kysely<DB>) =>
        sql<{ tasks: string; plans: string; assignees: string; evaluations: string }>`SELECT
            (SELECT md5(string_agg(concat_ws('|', id, person_id, status, results_score, decision_level, decision_score), ',' ORDER BY id)) FROM evaluation) AS evaluations,
            (SELECT md5(string_agg(concat_ws('|', id, title, status, due_date, completed_on, exceeded), ',' ORDER BY id)) FROM task) AS tasks,
            (SELECT md5(string_agg(concat_ws('|', id, person_id, week_start, status), ',' ORDER BY id)) FROM weekly_plan) AS plans,
            (SELECT md5(string_agg(concat_ws('|', task_id, person_id, role), ',' ORDER BY task_id, person_id)) FROM task_assignee) AS assignees`
          .execute(d)
          .then((r) => r.rows[0]);
      expect(await digest(other.db)).toEqual(await digest(db));
    } finally {
      await other.close();
    }
  }, 240_000);
});

describe('generateProvince', () => {
  let database: Database;
  let result: GenerateResult;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    database = await freshDb();
    result = await generateProvince(database.db, { scale: 0.05, seed: 7, onProgress: (d, t) => progress.push([d, t]) });
  }, 60_000);
  afterAll(async () => database?.close());

  it('creates ~1,500 people in 5 communes of a real province', async () => {
    const { db } = database;
    expect(result.communeUnitIds).toHaveLength(5);
    expect(result.people).toBeGreaterThanOrEqual(1400);
    expect(result.people).toBeLessThanOrEqual(1650);
    expect(await count(db, sql`SELECT count(*) AS n FROM person`)).toBe(result.people);
    expect(await count(db, sql`SELECT count(*) AS n FROM org_unit`)).toBe(result.units);
    const province = await db.selectFrom('org_unit').selectAll().where('id', '=', result.provinceUnitId).executeTakeFirstOrThrow();
    expect(province).toMatchObject({ kind: 'province', admin_unit_id: '2025:P:38' });
    const admin = await db.selectFrom('account').select('username').execute();
    expect(admin.map((a) => a.username)).toEqual(['bench.admin']);
    const last = progress[progress.length - 1];
    expect(last[0]).toBe(last[1]);
  });

  it('maintains the closure', async () => {
    const { db } = database;
    const missing = await count(
      db,
      sql`SELECT count(*) AS n FROM org_unit u WHERE NOT EXISTS
            (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = u.id AND c.descendant_id = u.id)`,
    );
    expect(missing).toBe(0);
    expect(await count(db, sql`SELECT count(*) AS n FROM org_unit_closure WHERE ancestor_id = ${result.provinceUnitId}`)).toBe(result.units);
    // Each link's parent is an ancestor of the child, and every ancestor of the parent too.
    const broken = await count(
      db,
      sql`SELECT count(*) AS n FROM org_unit_link l JOIN org_unit_closure a ON a.descendant_id = l.parent_id
          WHERE NOT EXISTS (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = a.ancestor_id AND c.descendant_id = l.child_id)`,
    );
    expect(broken).toBe(0);
    for (const communeId of result.communeUnitIds) {
      const cells = await count(
        db,
        sql`SELECT count(*) AS n FROM org_unit_closure c JOIN org_unit u ON u.id = c.descendant_id
            WHERE c.ancestor_id = ${communeId} AND u.kind = 'party_cell'`,
      );
      expect(cells).toBeGreaterThanOrEqual(5);
      expect(cells).toBeLessThanOrEqual(15);
    }
  });
});
