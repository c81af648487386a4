// Shared configuration belongs to the level that owns it (issue 7, class 6): a commune's organising
// body cannot edit the province's (or the installation's) criteria sets nor create groups the whole
// province would use; where the province allows it, a commune owns sets and groups of its own,
// which other communes never see (they answer like missing ones) and the province may still edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { client, createTestApp, type Session, signIn, type TestContext } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
const s = {} as { province: Session; communeA: Session; communeB: Session };
const DEFAULT_PL4 = 'c3660000-0000-4000-8000-000000000104';

const pl4 = (name: string) => ({
  name,
  appendix: 'PL4',
  criteria: [
    { part: 'general', code: 'politics', title: 'Phẩm chất chính trị, tư tưởng', maxPoints: 15 },
    { part: 'general', code: 'ethics', title: 'Đạo đức, lối sống', maxPoints: 15 },
    { part: 'results', code: 'tasks', title: 'Kết quả thực hiện nhiệm vụ', maxPoints: 70, source: 'tasks' },
  ],
});
const group = (code: string) => ({ code, nameVi: `Nhóm ${code}`, nameEn: `Group ${code}`, appendix: 'LOCAL' });

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const sign = async (unitId: string) => {
    const a = await createAccount(t.db, 'organising', unitId);
    return signIn(t.app, a.username, a.password);
  };
  s.province = await sign(tree.provinceId);
  s.communeA = await sign(tree.communeA);
  s.communeB = await sign(tree.communeB);
});
afterAll(() => t?.close());

const api = (x: Session) => client(t.app, x);

describe('without the province’s permission', () => {
  it('a commune edits neither the installation’s defaults nor the province’s sets, and creates no set or group', async () => {
    const def = (await api(s.communeA).get(`/api/criteria-sets/${DEFAULT_PL4}`)).json();
    expect(def).toMatchObject({ ownerUnitId: null, actions: { edit: false } });
    const edit = await api(s.communeA).put(`/api/criteria-sets/${DEFAULT_PL4}`, { ...pl4('Sửa từ xã'), version: def.version });
    expect(edit.statusCode).toBe(403);
    expect(edit.json()).toMatchObject({ error: 'config.owned_above' });
    expect(edit.json().message).toContain('Quy định 366-QĐ/TW');
    expect((await t.db.selectFrom('criteria_set').select('name').where('id', '=', DEFAULT_PL4).executeTakeFirstOrThrow()).name).toBe(
      def.name,
    );

    const created = await api(s.province).post('/api/criteria-sets', pl4('Bộ tiêu chí của tỉnh'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().ownerUnitId).toBe(tree.provinceId);
    expect((await lastAudit(t.db, 'criteria_set', created.json().id))?.unit_id).toBe(tree.provinceId);
    const seen = await api(s.communeA).get(`/api/criteria-sets/${created.json().id}`);
    expect(seen.json()).toMatchObject({ ownerUnitId: tree.provinceId, actions: { edit: false } });
    expect((await api(s.communeA).put(`/api/criteria-sets/${created.json().id}`, { ...pl4('Sửa'), version: 1 })).statusCode).toBe(403);
    expect((await api(s.province).get(`/api/criteria-sets/${DEFAULT_PL4}`)).json().actions.edit).toBe(true);

    expect((await api(s.communeA).get('/api/criteria-sets')).json().actions.create).toBe(false);
    expect((await api(s.province).get('/api/criteria-sets')).json().actions.create).toBe(true);
    for (const [url, body] of [
      ['/api/criteria-sets', pl4('Bộ riêng của xã')],
      ['/api/cadre-groups', group('xa_rieng')],
    ] as const) {
      const res = await api(s.communeA).post(url, body);
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ error: 'config.local_not_allowed' });
    }
    // A foreign owner named in the body is unknown, like a missing unit.
    const foreign = await api(s.communeA).post('/api/criteria-sets', { ...pl4('Bộ lạ'), ownerUnitId: tree.communeB });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details).toEqual([expect.objectContaining({ field: 'ownerUnitId' })]);
  });
});

describe('where the province allows its communes their own configuration', () => {
  it('a commune owns its sets and groups; other communes never see them; the province may still edit them', async () => {
    const url = `/api/units/${tree.provinceId}/settings/criteria-local`;
    expect((await api(s.province).get(url)).json()).toMatchObject({
      allowed: false,
      source: 'default',
      version: null,
      actions: { edit: true },
    });
    // The commune sees the effect (actions.create on the lists), not the province's row.
    expect((await api(s.communeA).get(url)).statusCode).toBe(404);
    // Only the province decides: a commune's own unit is not a top-level one; the province is outside its write scope.
    const below = await api(s.communeA).put(`/api/units/${tree.communeA}/settings/criteria-local`, { allowed: true });
    expect(below.statusCode).toBe(400);
    expect(below.json().details).toEqual([expect.objectContaining({ field: 'id' })]);
    expect((await api(s.communeA).put(url, { allowed: true })).statusCode).toBe(404);
    const allowed = await api(s.province).put(url, { allowed: true });
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json()).toMatchObject({ allowed: true, source: 'unit', version: 1, actions: { edit: true } });
    expect((await api(s.province).put(url, { allowed: false })).statusCode).toBe(409);
    expect((await lastAudit(t.db, 'unit_setting', `${tree.provinceId}/criteria.local_config`))?.action).toBe('criteria.local_config_set');
    expect((await api(s.communeA).get('/api/cadre-groups')).json().actions.create).toBe(true);
    const own = await api(s.communeA).post('/api/criteria-sets', pl4('Bộ riêng của xã An'));
    expect(own.statusCode, own.body).toBe(201);
    const id = own.json().id as string;
    expect(own.json()).toMatchObject({ ownerUnitId: tree.communeA, actions: { edit: true } });
    const g = await api(s.communeA).post('/api/cadre-groups', group('xa_an_rieng'));
    expect(g.statusCode, g.body).toBe(201);
    expect(g.json().ownerUnitId).toBe(tree.communeA);

    // Commune B: the set answers exactly like a missing one, and neither appears in its lists.
    const missing = await api(s.communeB).get('/api/criteria-sets/00000000-0000-4000-8000-000000000000');
    const foreign = await api(s.communeB).get(`/api/criteria-sets/${id}`);
    expect([foreign.statusCode, foreign.json()]).toEqual([missing.statusCode, missing.json()]);
    expect((await api(s.communeB).get('/api/criteria-sets')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await api(s.communeB).get('/api/cadre-groups')).json().items.map((x: { code: string }) => x.code)).not.toContain('xa_an_rieng');
    const assignB = await api(s.province).post('/api/criteria-assignments', {
      setId: id,
      cadreGroups: ['staff'],
      unitId: tree.communeB,
      effectiveFrom: '2026-01-01',
    });
    expect(assignB.statusCode).toBe(400);
    expect(assignB.json().details).toEqual([expect.objectContaining({ field: 'setId' })]);
    const assignA = await api(s.communeA).post('/api/criteria-assignments', {
      setId: id,
      cadreGroups: ['staff'],
      unitId: tree.communeA,
      effectiveFrom: '2026-01-01',
    });
    expect(assignA.statusCode, assignA.body).toBe(201);

    const byProvince = await api(s.province).put(`/api/criteria-sets/${id}`, { ...pl4('Tỉnh chỉnh bộ của xã'), version: 1 });
    expect(byProvince.statusCode, byProvince.body).toBe(200);
    expect(byProvince.json().ownerUnitId).toBe(tree.communeA);
  });
});
