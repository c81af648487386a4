import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let office: Session;
let cadre: Session;
let organising: Session;
const as = (s: Session | null) => client(t.app, s);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const revenue = () => ({
  unitId: tree.communeA,
  year: 2026,
  code: 'budget_revenue',
  name: 'Thu ngân sách',
  measure: 'triệu đồng',
  target: 12000,
  direction: 'increase',
});

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const o = await createAccount(t.db, 'office', tree.communeA);
  office = await signIn(t.app, o.username, o.password);
  const c = await createAccount(t.db, 'cadre', tree.communeA);
  cadre = await signIn(t.app, c.username, c.password);
  const g = await createAccount(t.db, 'organising', tree.communeA);
  organising = await signIn(t.app, g.username, g.password);
});
afterAll(() => t?.close());

describe('indicators', () => {
  it('answers 401 without a session', async () => {
    const id = randomUUID();
    expect((await as(null).get(`/api/indicators?unitId=${tree.communeA}&year=2026`)).statusCode).toBe(401);
    expect((await as(null).post('/api/indicators', revenue())).statusCode).toBe(401);
    expect(
      (await as(null).patch(`/api/indicators/${id}`, { version: 1, name: 'X', measure: '', target: 1, direction: 'increase' })).statusCode,
    ).toBe(401);
    expect((await as(null).post(`/api/indicators/${id}/actuals`, { periodEnd: '2026-03-31', value: 1 })).statusCode).toBe(401);
  });

  it('sets a target, records actual values (a second value per period replaces the first) and shows progress', async () => {
    const created = await as(office).post('/api/indicators', revenue());
    expect(created.statusCode).toBe(201);
    const ind = created.json();
    expect(ind).toMatchObject({
      code: 'budget_revenue',
      target: 12000,
      direction: 'increase',
      version: 1,
      actuals: [],
      latest: null,
      progress: null,
      actions: { edit: true },
    });
    expect(await lastAudit(t.db, 'indicator', ind.id)).toMatchObject({
      action: 'indicator.create',
      unit_id: tree.communeA,
      after: { code: 'budget_revenue', target: 12000 },
    });

    const q1 = await as(office).post(`/api/indicators/${ind.id}/actuals`, { periodEnd: '2026-03-31', value: 2500.5, note: 'Quý I' });
    expect(q1.statusCode).toBe(200);
    expect(await lastAudit(t.db, 'indicator', ind.id)).toMatchObject({
      action: 'indicator.actual',
      unit_id: tree.communeA,
      before: null,
      after: { periodEnd: '2026-03-31', value: 2500.5 },
    });
    await as(office).post(`/api/indicators/${ind.id}/actuals`, { periodEnd: '2026-06-30', value: 5000 });
    const fixed = await as(office).post(`/api/indicators/${ind.id}/actuals`, {
      periodEnd: '2026-06-30',
      value: 6000,
      note: 'Số liệu chính thức',
    });
    expect(fixed.json()).toMatchObject({
      actuals: [
        { periodEnd: '2026-03-31', value: 2500.5, note: 'Quý I' },
        { periodEnd: '2026-06-30', value: 6000, note: 'Số liệu chính thức' },
      ],
      latest: { periodEnd: '2026-06-30', value: 6000 },
      progress: 50,
    });
    expect(await lastAudit(t.db, 'indicator', ind.id)).toMatchObject({
      action: 'indicator.actual',
      before: { periodEnd: '2026-06-30', value: 5000 },
      after: { value: 6000 },
    });

    const rank = (
      await as(office).post('/api/indicators', {
        ...revenue(),
        code: 'admin_reform_rank',
        name: 'Xếp hạng CCHC',
        measure: 'hạng',
        target: 10,
        direction: 'decrease',
      })
    ).json();
    await as(office).post(`/api/indicators/${rank.id}/actuals`, { periodEnd: '2026-06-30', value: 20 });

    const list = (await as(cadre).get(`/api/indicators?unitId=${tree.communeA}&year=2026`)).json();
    expect(list.actions).toEqual({ create: false });
    expect(list.items.map((i: { code: string; progress: number; actions: object }) => [i.code, i.progress, i.actions])).toEqual([
      ['admin_reform_rank', 50, { edit: false }],
      ['budget_revenue', 50, { edit: false }],
    ]);
    expect((await as(cadre).get(`/api/indicators?unitId=${tree.communeA}&year=2025`)).json().items).toEqual([]);

    const upd = await as(office).patch(`/api/indicators/${ind.id}`, {
      version: 1,
      name: 'Thu ngân sách xã',
      measure: 'triệu đồng',
      target: 24000,
      direction: 'increase',
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({ name: 'Thu ngân sách xã', target: 24000, version: 2, progress: 25 });
    expect(await lastAudit(t.db, 'indicator', ind.id)).toMatchObject({
      action: 'indicator.update',
      unit_id: tree.communeA,
      before: { target: 12000 },
      after: { target: 24000 },
    });
    expect(
      (await as(office).patch(`/api/indicators/${ind.id}`, { version: 1, name: 'X', measure: '', target: 1, direction: 'increase' }))
        .statusCode,
    ).toBe(409);
    const dup = await as(office).post('/api/indicators', revenue());
    expect(dup.statusCode).toBe(409);
    expect(fields(dup)).toEqual(['code']);
  });

  it('refuses bad input naming the field', async () => {
    const post = (body: object) => as(office).post('/api/indicators', { ...revenue(), code: 'digital_citizens', ...body });
    expect(fields(await post({ code: 'Bad Code' }))).toEqual(['code']);
    expect(fields(await post({ year: 1990 }))).toEqual(['year']);
    expect(fields(await post({ name: '' }))).toEqual(['name']);
    expect(fields(await post({ target: 'nhiều' }))).toEqual(['target']);
    expect(fields(await post({ direction: 'up' }))).toEqual(['direction']);
    expect(fields(await as(cadre).get(`/api/indicators?unitId=${tree.communeA}&year=abc`))).toEqual(['year']);
    expect(fields(await as(cadre).get('/api/indicators'))).toEqual(['unitId']);
    const ind = (await post({})).json();
    expect(fields(await as(office).post(`/api/indicators/${ind.id}/actuals`, { periodEnd: '2025-12-31', value: 1 }))).toEqual([
      'periodEnd',
    ]);
    expect(fields(await as(office).post(`/api/indicators/${ind.id}/actuals`, { periodEnd: '2026-02-30', value: 1 }))).toEqual([
      'periodEnd',
    ]);
    expect(fields(await as(office).post(`/api/indicators/${ind.id}/actuals`, { periodEnd: '2026-03-31' }))).toEqual(['value']);
    expect(fields(await as(office).patch(`/api/indicators/${ind.id}`, { version: 1, name: 'X', measure: '', target: 1 }))).toEqual([
      'direction',
    ]);
  });

  it('hides other communes (404) and refuses roles that may not write (403)', async () => {
    const other = randomUUID();
    await t.db
      .insertInto('indicator')
      .values({ id: other, unit_id: tree.communeB, year: 2026, code: 'new_party_members', name: 'Kết nạp đảng viên', target: 5 })
      .execute();
    expect((await as(cadre).get(`/api/indicators?unitId=${tree.communeB}&year=2026`)).statusCode).toBe(404);
    expect((await as(office).post('/api/indicators', { ...revenue(), unitId: tree.communeB })).statusCode).toBe(404);
    expect(
      (await as(office).patch(`/api/indicators/${other}`, { version: 1, name: 'X', measure: '', target: 1, direction: 'increase' }))
        .statusCode,
    ).toBe(404);
    expect((await as(office).post(`/api/indicators/${other}/actuals`, { periodEnd: '2026-03-31', value: 1 })).statusCode).toBe(404);
    expect((await as(office).post(`/api/indicators/${randomUUID()}/actuals`, { periodEnd: '2026-03-31', value: 1 })).statusCode).toBe(404);
    expect((await as(organising).post('/api/indicators', { ...revenue(), code: 'land_clearance' })).statusCode).toBe(403);
    const mine = (await as(office).post('/api/indicators', { ...revenue(), code: 'online_public_services' })).json();
    expect((await as(cadre).post(`/api/indicators/${mine.id}/actuals`, { periodEnd: '2026-03-31', value: 1 })).statusCode).toBe(403);
    expect(
      (await as(cadre).patch(`/api/indicators/${mine.id}`, { version: 1, name: 'X', measure: '', target: 1, direction: 'increase' }))
        .statusCode,
    ).toBe(403);
  });
});
