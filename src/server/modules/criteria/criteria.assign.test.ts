import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../../domain/evaluation/index.js';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import {
  DEFAULT_ASSIGNMENTS,
  DEFAULT_FAMILIES,
  assignDefaultCriteria,
  criteriaResolver,
  freezeSetTx,
  resolveCriteriaSet,
} from './index.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let organisingA: Session;
let cadre: Session;
let standing: Session;
const as = (s: Session | null) => client(t.app, s);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);

const setBody = (name: string) => ({
  name,
  appendix: 'PL4',
  resultsConfig: { weights: { quantity: 2 } },
  criteria: [
    { part: 'general', code: 'politics', title: 'Phẩm chất chính trị', maxPoints: 15 },
    { part: 'general', code: 'ethics', title: 'Đạo đức, lối sống', maxPoints: 15 },
    { part: 'results', code: 'tasks', title: 'Kết quả thực hiện nhiệm vụ', maxPoints: 70, source: 'tasks' },
  ],
});

function counted() {
  let queries = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      queries += 1;
      return args.result;
    },
  };
  return { db: t.db.withPlugin(plugin), count: () => queries };
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const sign = async (role: Parameters<typeof createAccount>[1], unitId: string) => {
    const a = await createAccount(t.db, role, unitId);
    return signIn(t.app, a.username, a.password);
  };
  organising = await sign('organising', tree.provinceId);
  organisingA = await sign('organising', tree.communeA);
  cadre = await sign('cadre', tree.communeA);
  standing = await sign('standing', tree.provinceId);
  await t.db.transaction().execute((trx) => assignDefaultCriteria(trx, tree.provinceId, '2025-01-01'));
});
afterAll(() => t?.close());

describe('default criteria sets', () => {
  it('seeds one valid set per appendix (30 + 70) and assigns them to the seeded groups at the province', async () => {
    const sets = await t.db
      .selectFrom('criteria_set')
      .select(['id', 'family', 'appendix', 'general_points', 'results_points'])
      .where('family', 'in', Object.values(DEFAULT_FAMILIES))
      .execute();
    expect(sets.map((s) => [s.appendix, s.family]).sort()).toEqual(Object.entries(DEFAULT_FAMILIES).sort());
    for (const s of sets) {
      const criteria = await t.db
        .selectFrom('criterion')
        .select(['code', 'part', 'max_points as maxPoints', 'source'])
        .where('set_id', '=', s.id)
        .execute();
      expect(validateCriteriaSet({ generalPoints: s.general_points, resultsPoints: s.results_points, criteria })).toEqual([]);
      const results = criteria.filter((c) => c.part === 'results').map((c) => [c.source, c.maxPoints]);
      if (s.appendix === 'PL2' || s.appendix === 'PL3')
        expect(results).toEqual([
          ['tasks', 35],
          ['units_led', 35],
        ]);
      else if (s.appendix === 'PL1')
        expect(results).toEqual([
          ['kpi', 25],
          ['kpi', 15],
          ['tasks', 30],
        ]);
      else expect(results).toEqual([['tasks', 70]]);
    }
    const list = (await as(cadre).get(`/api/criteria-assignments?unitId=${tree.communeA}&on=2026-03-31`)).json();
    expect(Object.fromEntries(list.items.map((i: { cadreGroup: string; family: string }) => [i.cadreGroup, i.family]))).toEqual(
      Object.fromEntries(Object.entries(DEFAULT_ASSIGNMENTS).map(([g, a]) => [g, DEFAULT_FAMILIES[a]])),
    );
    expect(list.items[0]).toMatchObject({ fromUnitId: tree.provinceId, inherited: true, effectiveFrom: '2025-01-01', versionNo: 1 });
    expect(list.actions).toEqual({ assign: false });
    // A second call adds nothing and never replaces what a province changed.
    expect(await assignDefaultCriteria(t.db, tree.provinceId, '2025-01-01')).toBe(0);
  });
});

describe('criteria assignments', () => {
  it('answers 401 without a session', async () => {
    expect((await as(null).get(`/api/criteria-assignments?unitId=${tree.communeA}`)).statusCode).toBe(401);
    expect(
      (
        await as(null).post('/api/criteria-assignments', {
          family: DEFAULT_FAMILIES.PL4,
          cadreGroups: ['staff'],
          unitId: tree.communeA,
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('assigns a set to three groups at once for a commune subtree (audited), nearest assignment first', async () => {
    const set = (await as(organising).post('/api/criteria-sets', setBody('Bộ tiêu chí xã An'))).json();
    const res = await as(organisingA).post('/api/criteria-assignments', {
      setId: set.id,
      cadreGroups: ['staff', 'civil_servant', 'party_member_outside'],
      unitId: tree.communeA,
      effectiveFrom: '2026-01-01',
    });
    expect(res.statusCode).toBe(201);
    const list = res.json();
    expect(list).toMatchObject({ unitId: tree.communeA, on: '2026-01-01', unassigned: [], actions: { assign: true } });
    const mine = list.items.filter((i: { family: string }) => i.family === set.family);
    expect(mine.map((i: { cadreGroup: string }) => i.cadreGroup)).toEqual(['staff', 'party_member_outside', 'civil_servant']);
    expect(mine[0]).toMatchObject({
      setId: set.id,
      setName: 'Bộ tiêu chí xã An',
      versionNo: 1,
      fromUnitId: tree.communeA,
      inherited: false,
      effectiveFrom: '2026-01-01',
    });
    expect(list.items.find((i: { cadreGroup: string }) => i.cadreGroup === 'leader_commune')).toMatchObject({
      family: DEFAULT_FAMILIES.PL3,
      inherited: true,
    });
    for (const g of ['staff', 'civil_servant', 'party_member_outside']) {
      expect(await lastAudit(t.db, 'criteria_assignment', `${tree.communeA}:${g}:2026-01-01`)).toMatchObject({
        action: 'criteria_assignment.assign',
        unit_id: tree.communeA,
        before: null,
        after: { cadreGroup: g, family: set.family, effectiveFrom: '2026-01-01' },
      });
    }
    // The cell below the commune inherits it; the other commune keeps the province's.
    const cell = (await as(cadre).get(`/api/criteria-assignments?unitId=${tree.cellA}&on=2026-02-01`)).json();
    expect(cell.items.find((i: { cadreGroup: string }) => i.cadreGroup === 'staff')).toMatchObject({
      family: set.family,
      fromUnitId: tree.communeA,
      inherited: true,
    });
    const before = (await as(organising).get(`/api/criteria-assignments?unitId=${tree.cellA}&on=2025-12-31`)).json();
    expect(before.items.find((i: { cadreGroup: string }) => i.cadreGroup === 'staff')).toMatchObject({
      family: DEFAULT_FAMILIES.PL4,
      fromUnitId: tree.provinceId,
    });
    const other = (await as(organising).get(`/api/criteria-assignments?unitId=${tree.communeB}&on=2026-02-01`)).json();
    expect(other.items.find((i: { cadreGroup: string }) => i.cadreGroup === 'staff')).toMatchObject({ family: DEFAULT_FAMILIES.PL4 });
    expect(
      (await as(cadre).get('/api/criteria-sets')).json().items.find((s: { family: string }) => s.family === set.family).assignedGroups,
    ).toEqual(['civil_servant', 'party_member_outside', 'staff']);

    // Assigning again on the same date replaces the family, and the audit keeps what it replaced.
    await as(organisingA).post('/api/criteria-assignments', {
      family: DEFAULT_FAMILIES.ND335,
      cadreGroups: ['civil_servant'],
      unitId: tree.communeA,
      effectiveFrom: '2026-01-01',
    });
    expect(await lastAudit(t.db, 'criteria_assignment', `${tree.communeA}:civil_servant:2026-01-01`)).toMatchObject({
      before: { family: set.family },
      after: { family: DEFAULT_FAMILIES.ND335 },
    });
  });

  it('resolveCriteriaSet picks the nearest ancestor assignment in force and the latest version, with the merged formula', async () => {
    const set = (await as(organising).post('/api/criteria-sets', setBody('Bộ tiêu chí lãnh đạo xã'))).json();
    await as(organising).post('/api/criteria-assignments', {
      family: set.family,
      cadreGroups: ['staff'],
      unitId: tree.cellA,
      effectiveFrom: '2026-04-01',
    });

    const atCell = await resolveCriteriaSet(t.db, 'staff', tree.cellA, '2026-06-30');
    expect(atCell).toMatchObject({
      id: set.id,
      family: set.family,
      versionNo: 1,
      generalPoints: 30,
      resultsPoints: 70,
      frozen: false,
      assignment: { unitId: tree.cellA, effectiveFrom: '2026-04-01' },
      resultsConfig: {
        weights: { quantity: 2, quality: 1, progress: 1 },
        deductionPerErrorPct: 25,
        leader: { ownWeight: 0.5, unitsWeight: 0.5 },
      },
    });
    expect(atCell!.criteria.map((c) => [c.code, c.part, c.maxPoints, c.source])).toEqual([
      ['politics', 'general', 15, 'manual'],
      ['ethics', 'general', 15, 'manual'],
      ['tasks', 'results', 70, 'tasks'],
    ]);
    // Before the cell's date the commune's assignment applies; elsewhere the province's.
    expect((await resolveCriteriaSet(t.db, 'staff', tree.cellA, '2026-03-31'))?.assignment.unitId).toBe(tree.communeA);
    expect(await resolveCriteriaSet(t.db, 'staff', tree.communeB, '2026-06-30')).toMatchObject({
      family: DEFAULT_FAMILIES.PL4,
      assignment: { unitId: tree.provinceId },
    });
    expect(await resolveCriteriaSet(t.db, 'staff', tree.communeB, '2024-12-31')).toBeNull();
    expect(await resolveCriteriaSet(t.db, 'no_such_group', tree.cellA, '2026-06-30')).toBeNull();

    // Used → frozen; its edit becomes version 2, which is what now resolves.
    await t.db.transaction().execute((trx) => freezeSetTx(trx, set.id));
    const v2 = (await as(organising).put(`/api/criteria-sets/${set.id}`, { version: 1, ...setBody('Bộ tiêu chí lãnh đạo xã (2)') })).json();
    const latest = await resolveCriteriaSet(t.db, 'staff', tree.cellA, '2026-06-30');
    expect(latest).toMatchObject({ id: v2.id, family: set.family, versionNo: 2, name: 'Bộ tiêu chí lãnh đạo xã (2)' });

    // The whole province at once, in 4 queries, agrees with the one-by-one answers.
    const { db, count } = counted();
    const resolver = await criteriaResolver(db, tree.provinceId, '2026-06-30');
    expect(count()).toBe(4);
    expect(resolver.get('staff', tree.cellA)).toEqual(latest);
    expect(resolver.get('staff', tree.communeB)).toEqual(await resolveCriteriaSet(t.db, 'staff', tree.communeB, '2026-06-30'));
    expect(resolver.get('leader_commune', tree.committeeA)?.family).toBe(DEFAULT_FAMILIES.PL3);
    expect(resolver.get('staff', randomUUID())).toBeNull();
    expect(resolver.sets().map((s) => s.id)).toContain(v2.id);
  });

  it('refuses bad input naming the field', async () => {
    const post = (body: object) =>
      as(organising).post('/api/criteria-assignments', {
        family: DEFAULT_FAMILIES.PL4,
        cadreGroups: ['staff'],
        unitId: tree.communeB,
        effectiveFrom: '2026-01-01',
        ...body,
      });
    expect(fields(await post({ cadreGroups: [] }))).toEqual(['cadreGroups']);
    expect(fields(await post({ cadreGroups: ['staff', 'staff'] }))).toEqual(['cadreGroups']);
    expect(fields(await post({ cadreGroups: ['staff', 'no_such_group'] }))).toEqual(['cadreGroups.1']);
    expect(fields(await post({ family: undefined }))).toEqual(['family']);
    expect(fields(await post({ setId: randomUUID() }))).toEqual(['family']);
    expect(fields(await post({ family: randomUUID() }))).toEqual(['family']);
    expect(fields(await post({ family: undefined, setId: randomUUID() }))).toEqual(['setId']);
    expect(fields(await post({ effectiveFrom: '2026-02-30' }))).toEqual(['effectiveFrom']);
    const mismatch = await post({ cadreGroups: ['collective', 'staff'] });
    expect(fields(mismatch)).toEqual(['cadreGroups.0']);
    expect(mismatch.json().details[0].message).toContain('Quy định 366-QĐ/TW');
    expect(fields(await as(cadre).get('/api/criteria-assignments'))).toEqual(['unitId']);
    expect(fields(await as(cadre).get(`/api/criteria-assignments?unitId=${tree.communeA}&on=2026-13-01`))).toEqual(['on']);
    const list = (await as(organising).get(`/api/criteria-assignments?unitId=${tree.communeB}&on=2026-01-01`)).json();
    expect(list.items.find((i: { cadreGroup: string }) => i.cadreGroup === 'collective').family).toBe(DEFAULT_FAMILIES.PL1);
  });

  it('hides units outside the scope (404) and refuses roles that may not assign (403)', async () => {
    const body = { family: DEFAULT_FAMILIES.PL4, cadreGroups: ['staff'], unitId: tree.communeB, effectiveFrom: '2026-01-01' };
    expect((await as(organisingA).post('/api/criteria-assignments', body)).statusCode).toBe(404);
    expect((await as(cadre).get(`/api/criteria-assignments?unitId=${tree.communeB}`)).statusCode).toBe(404);
    expect((await as(cadre).post('/api/criteria-assignments', { ...body, unitId: tree.communeA })).statusCode).toBe(403);
    expect((await as(standing).post('/api/criteria-assignments', body)).statusCode).toBe(403);
    expect(await lastAudit(t.db, 'criteria_assignment', `${tree.communeB}:staff:2026-01-01`)).toBeUndefined();
  });
});
