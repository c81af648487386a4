import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { DEFAULT_FAMILIES, freezeSetTx } from './index.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let admin: Session;
let cadre: Session;
let standing: Session;
const as = (s: Session | null) => client(t.app, s);
type Res = { statusCode: number; json(): { details?: Array<{ field: string; message: string }> } };
const fields = (res: Res) => (res.json().details ?? []).map((d) => d.field);
const details = (res: Res) => res.json().details ?? [];
const RULE = 'Quy định 366-QĐ/TW';

const pl4 = (over: Record<string, unknown> = {}) => ({
  name: 'Bộ tiêu chí cán bộ xã',
  appendix: 'PL4',
  criteria: [
    { part: 'general', code: 'politics', title: 'Phẩm chất chính trị, tư tưởng', maxPoints: 10 },
    { part: 'general', code: 'ethics', title: 'Đạo đức, lối sống', maxPoints: 10 },
    { part: 'general', code: 'discipline', title: 'Ý thức tổ chức kỷ luật', maxPoints: 10 },
    { part: 'results', code: 'tasks', title: 'Kết quả thực hiện nhiệm vụ', maxPoints: 70, source: 'tasks' },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const sign = async (role: Parameters<typeof createAccount>[1], unitId: string) => {
    const a = await createAccount(t.db, role, unitId);
    return signIn(t.app, a.username, a.password);
  };
  organising = await sign('organising', tree.provinceId);
  admin = await sign('admin', tree.provinceId);
  cadre = await sign('cadre', tree.communeA);
  standing = await sign('standing', tree.communeA);
});
afterAll(() => t?.close());

describe('OpenAPI', () => {
  it('documents every endpoint of the criteria module', async () => {
    const paths = (await as(null).get('/api/openapi.json')).json().paths;
    for (const p of ['/api/cadre-groups', '/api/criteria-sets', '/api/criteria-sets/{id}', '/api/criteria-assignments'])
      expect(paths).toHaveProperty([p]);
    expect(Object.keys(paths['/api/criteria-sets/{id}'])).toEqual(expect.arrayContaining(['get', 'put']));
  });
});

describe('cadre groups', () => {
  it('answers 401 without a session', async () => {
    expect((await as(null).get('/api/cadre-groups')).statusCode).toBe(401);
    expect((await as(null).post('/api/cadre-groups', { code: 'x_group', nameVi: 'X', nameEn: 'X', appendix: 'LOCAL' })).statusCode).toBe(
      401,
    );
  });

  it('lists the seeded groups in the reader’s language and adds a province’s own group (audited)', async () => {
    const vi = (await as(cadre).get('/api/cadre-groups')).json();
    expect(vi.actions).toEqual({ create: false });
    expect(vi.items.map((g: { code: string }) => g.code).slice(0, 7)).toEqual([
      'collective',
      'leader_central',
      'leader_province',
      'leader_commune',
      'staff',
      'party_member_outside',
      'civil_servant',
    ]);
    expect(vi.items[0]).toMatchObject({ name: 'Tập thể', appendix: 'PL1', isCollective: true, isLeader: false });
    const en = (await as(cadre).get('/api/cadre-groups?lang=en')).json();
    expect(en.items.find((g: { code: string }) => g.code === 'staff').name).toBe('Individuals without a leadership post');

    const res = await as(organising).post('/api/cadre-groups', {
      code: 'commune_specialist',
      nameVi: 'Công chức chuyên môn cấp xã',
      nameEn: 'Commune specialists',
      appendix: 'ND335',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      code: 'commune_specialist',
      name: 'Công chức chuyên môn cấp xã',
      appendix: 'ND335',
      isCollective: false,
      isLeader: false,
    });
    expect(await lastAudit(t.db, 'cadre_group', 'commune_specialist')).toMatchObject({
      action: 'cadre_group.create',
      unit_id: tree.provinceId,
      after: { code: 'commune_specialist', appendix: 'ND335' },
    });
    const collective = await as(admin).post('/api/cadre-groups', {
      code: 'village_cells',
      nameVi: 'Chi bộ thôn',
      nameEn: 'Village cells',
      appendix: 'PL1',
    });
    expect(collective.json()).toMatchObject({ isCollective: true });
    const list = (await as(organising).get('/api/cadre-groups')).json();
    expect(list.actions).toEqual({ create: true });
    expect(list.items.at(-1).code).toBe('village_cells');
    const dup = await as(organising).post('/api/cadre-groups', { code: 'commune_specialist', nameVi: 'X', nameEn: 'X', appendix: 'LOCAL' });
    expect(dup.statusCode).toBe(409);
    expect(fields(dup)).toEqual(['code']);
  });

  it('refuses bad input naming the field, and roles that may not define groups (403)', async () => {
    const post = (body: object) =>
      as(organising).post('/api/cadre-groups', { code: 'ok_code', nameVi: 'X', nameEn: 'X', appendix: 'LOCAL', ...body });
    expect(fields(await post({ code: 'Nhóm 1' }))).toEqual(['code']);
    expect(fields(await post({ appendix: 'PL9' }))).toEqual(['appendix']);
    expect(fields(await post({ nameVi: '' }))).toEqual(['nameVi']);
    expect((await as(cadre).post('/api/cadre-groups', { code: 'ok_code', nameVi: 'X', nameEn: 'X', appendix: 'LOCAL' })).statusCode).toBe(
      403,
    );
    expect(
      (await as(standing).post('/api/cadre-groups', { code: 'ok_code', nameVi: 'X', nameEn: 'X', appendix: 'LOCAL' })).statusCode,
    ).toBe(403);
  });
});

describe('criteria sets', () => {
  it('answers 401 without a session', async () => {
    const id = randomUUID();
    expect((await as(null).get('/api/criteria-sets')).statusCode).toBe(401);
    expect((await as(null).get(`/api/criteria-sets/${id}`)).statusCode).toBe(401);
    expect((await as(null).post('/api/criteria-sets', pl4())).statusCode).toBe(401);
    expect((await as(null).put(`/api/criteria-sets/${id}`, { version: 1, ...pl4() })).statusCode).toBe(401);
  });

  it('creates a set (audited), lists the latest version of each family and reads it with its criteria and formula', async () => {
    const res = await as(organising).post('/api/criteria-sets', pl4({ resultsConfig: { weights: { quantity: 2 } } }));
    expect(res.statusCode).toBe(201);
    const set = res.json();
    expect(set).toMatchObject({
      family: set.id,
      versionNo: 1,
      latestVersionNo: 1,
      frozen: false,
      version: 1,
      generalPoints: 30,
      resultsPoints: 70,
      assignedGroups: [],
      resultsConfig: { weights: { quantity: 2 } },
      resultsFormula: { weights: { quantity: 2, quality: 1, progress: 1 }, deductionPerErrorPct: 25, leader: { ownWeight: 0.5 } },
      actions: { edit: true },
    });
    expect(set.criteria.map((c: { code: string; ordinal: number; source: string }) => [c.code, c.ordinal, c.source])).toEqual([
      ['politics', 1, 'manual'],
      ['ethics', 2, 'manual'],
      ['discipline', 3, 'manual'],
      ['tasks', 1, 'tasks'],
    ]);
    expect(await lastAudit(t.db, 'criteria_set', set.id)).toMatchObject({
      action: 'criteria_set.create',
      unit_id: tree.provinceId,
      after: { name: 'Bộ tiêu chí cán bộ xã', versionNo: 1, criteria: [{ code: 'politics', maxPoints: 10 }, {}, {}, {}] },
    });

    const list = (await as(cadre).get('/api/criteria-sets')).json();
    expect(list.actions).toEqual({ create: false });
    const families = list.items.map((s: { family: string }) => s.family);
    expect(families).toEqual(expect.arrayContaining([...Object.values(DEFAULT_FAMILIES), set.id]));
    expect(new Set(families).size).toBe(families.length);
    const read = await as(cadre).get(`/api/criteria-sets/${set.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: set.id, actions: { edit: false }, criteria: set.criteria });
    expect((await as(cadre).get(`/api/criteria-sets/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('refuses weights that do not add up to the part’s points, naming the field and the rule', async () => {
    const bad = pl4();
    bad.criteria[0] = { ...bad.criteria[0], maxPoints: 12 };
    const res = await as(organising).post('/api/criteria-sets', bad);
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['weights']);
    expect(details(res)[0].message).toContain('32');
    expect(details(res)[0].message).toContain(RULE);

    const parts = await as(organising).post('/api/criteria-sets?lang=en', pl4({ generalPoints: 40 }));
    // 40 + 70 ≠ 100, 40 is not the regulation's 30, and the general criteria add up to 30, not 40.
    expect(fields(parts)).toEqual(['weights', 'generalPoints', 'weights']);
    expect(details(parts)[0].message).toContain(RULE);

    const zero = pl4();
    zero.criteria.push({ part: 'general', code: 'extra', title: 'Khác', maxPoints: 0 });
    expect(fields(await as(organising).post('/api/criteria-sets', zero))).toEqual(['criteria.extra.maxPoints']);
    const twice = pl4();
    twice.criteria.push({ part: 'results', code: 'tasks2', title: 'Nhiệm vụ 2', maxPoints: 0.5, source: 'tasks' });
    expect(fields(await as(organising).post('/api/criteria-sets', twice))).toEqual(['criteria.tasks2.source', 'weights']);
    expect(
      fields(
        await as(organising).post('/api/criteria-sets', pl4({ resultsConfig: { weights: { quantity: 0, quality: 0, progress: 0 } } })),
      ),
    ).toEqual(['resultsConfig.weights']);
    expect(fields(await as(organising).post('/api/criteria-sets', pl4({ resultsConfig: { deductionPerDelayPct: 30 } })))).toEqual([
      'resultsConfig.deductionPerDelayPct',
    ]);
    expect(fields(await as(organising).post('/api/criteria-sets', pl4({ resultsConfig: { bonus: 1 } })))).toEqual(['resultsConfig']);
    expect(fields(await as(organising).post('/api/criteria-sets', pl4({ name: '' })))).toEqual(['name']);
    expect(fields(await as(organising).post('/api/criteria-sets', pl4({ appendix: 'PL7' })))).toEqual(['appendix']);
    expect(fields(await as(organising).post('/api/criteria-sets', pl4({ criteria: [] })))).toEqual(['criteria']);
    expect(
      fields(
        await as(organising).post(
          '/api/criteria-sets',
          pl4({ criteria: [{ part: 'general', code: 'Bad Code', title: 'X', maxPoints: 30 }] }),
        ),
      ),
    ).toEqual(['criteria.0.code']);
  });

  it('edits a draft in place (409 when stale) and versions a frozen set, never changing the frozen one', async () => {
    const draft = (await as(organising).post('/api/criteria-sets', pl4({ name: 'Bản nháp' }))).json();
    const edited = await as(organising).put(`/api/criteria-sets/${draft.id}`, { version: 1, ...pl4({ name: 'Bản nháp đã sửa' }) });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: draft.id, versionNo: 1, version: 2, name: 'Bản nháp đã sửa' });
    expect(await lastAudit(t.db, 'criteria_set', draft.id)).toMatchObject({
      action: 'criteria_set.update',
      before: { name: 'Bản nháp' },
      after: { name: 'Bản nháp đã sửa' },
    });
    expect((await as(organising).put(`/api/criteria-sets/${draft.id}`, { version: 1, ...pl4() })).statusCode).toBe(409);

    await t.db.transaction().execute((trx) => freezeSetTx(trx, draft.id));
    const v1 = (await as(organising).get(`/api/criteria-sets/${draft.id}`)).json();
    expect(v1).toMatchObject({ frozen: true, version: 2 });
    const changed = pl4({ name: 'Phiên bản 2' });
    changed.criteria[0] = { ...changed.criteria[0], title: 'Chính trị, tư tưởng', maxPoints: 6 };
    changed.criteria[1] = { ...changed.criteria[1], maxPoints: 14 };
    const res = await as(admin).put(`/api/criteria-sets/${draft.id}`, { version: 2, ...changed });
    expect(res.statusCode).toBe(201);
    const v2 = res.json();
    expect(v2.id).not.toBe(draft.id);
    expect(v2).toMatchObject({ family: draft.id, versionNo: 2, latestVersionNo: 2, version: 1, frozen: false, name: 'Phiên bản 2' });
    expect(v2.criteria[0]).toMatchObject({ code: 'politics', title: 'Chính trị, tư tưởng', maxPoints: 6 });
    expect(await lastAudit(t.db, 'criteria_set', v2.id)).toMatchObject({
      action: 'criteria_set.new_version',
      unit_id: tree.provinceId,
      before: { id: draft.id, versionNo: 1 },
      after: { versionNo: 2, name: 'Phiên bản 2' },
    });

    const after = (await as(organising).get(`/api/criteria-sets/${draft.id}`)).json();
    expect({ ...after, latestVersionNo: 1 }).toEqual(v1);
    expect(after.latestVersionNo).toBe(2);
    const list = (await as(organising).get('/api/criteria-sets')).json();
    expect(list.items.filter((s: { family: string }) => s.family === draft.id).map((s: { id: string }) => s.id)).toEqual([v2.id]);
    // The old version can no longer be edited: the latest one is.
    const old = await as(organising).put(`/api/criteria-sets/${draft.id}`, { version: 2, ...pl4() });
    expect(old.statusCode).toBe(409);
    expect(fields(old)).toEqual(['id']);
    expect(
      (await as(organising).put(`/api/criteria-sets/${v2.id}`, { version: 1, ...pl4({ name: 'Phiên bản 2 sửa' }) })).json(),
    ).toMatchObject({ id: v2.id, version: 2 });
  });

  it('refuses bad edits naming the field, unknown sets (404) and roles that may not write (403)', async () => {
    const set = (await as(organising).post('/api/criteria-sets', pl4())).json();
    const bad = pl4();
    bad.criteria[3] = { ...bad.criteria[3], maxPoints: 60 };
    const res = await as(organising).put(`/api/criteria-sets/${set.id}`, { version: 1, ...bad });
    expect(fields(res)).toEqual(['weights']);
    expect(details(res)[0].message).toContain(RULE);
    expect(fields(await as(organising).put(`/api/criteria-sets/${set.id}`, pl4()))).toEqual(['version']);
    expect((await as(organising).get(`/api/criteria-sets/${set.id}`)).json()).toMatchObject({ version: 1 });
    expect((await as(organising).put(`/api/criteria-sets/${randomUUID()}`, { version: 1, ...pl4() })).statusCode).toBe(404);
    expect((await as(cadre).post('/api/criteria-sets', pl4())).statusCode).toBe(403);
    expect((await as(standing).put(`/api/criteria-sets/${set.id}`, { version: 1, ...pl4() })).statusCode).toBe(403);
  });
});

describe("the 30 + 70 split is the regulation's (setting evaluation.score_split), not the set's", () => {
  const pl4Split = (g: number, r: number) =>
    pl4({
      generalPoints: g,
      resultsPoints: r,
      criteria: [
        { part: 'general', code: 'politics', title: 'Phẩm chất chính trị, tư tưởng', maxPoints: g },
        { part: 'results', code: 'tasks', title: 'Kết quả thực hiện nhiệm vụ', maxPoints: r, source: 'tasks' },
      ],
    });

  it('a set choosing its own 40 + 60 is refused even though it adds up; left out, the split is filled in', async () => {
    const own = await as(organising).post('/api/criteria-sets', pl4Split(40, 60));
    expect(own.statusCode).toBe(400);
    expect(fields(own)).toEqual(['generalPoints', 'resultsPoints']);
    expect(details(own)[0].message).toContain('30');
    expect(details(own)[0].message).toContain(RULE);
    const filled = await as(organising).post('/api/criteria-sets', pl4());
    expect(filled.statusCode, filled.body).toBe(201);
    expect(filled.json()).toMatchObject({ generalPoints: 30, resultsPoints: 70 });
  });

  it('follows the setting in force: once the regulation says 40 + 60, that is what a set must have', async () => {
    await t.db
      .insertInto('regulation_setting')
      .values({
        key: 'evaluation.score_split',
        effective_from: '2026-01-01',
        value: JSON.stringify({ generalPoints: 40, resultsPoints: 60 }),
        source: 'test',
      })
      .execute();
    try {
      // Left out, the parts are the new 40 + 60: criteria written for 30 + 70 no longer add up.
      expect(fields(await as(organising).post('/api/criteria-sets', pl4()))).toEqual(['weights', 'weights']);
      expect(fields(await as(organising).post('/api/criteria-sets', pl4Split(30, 70)))).toEqual(['generalPoints', 'resultsPoints']);
      const ok = await as(organising).post('/api/criteria-sets', pl4Split(40, 60));
      expect(ok.statusCode, ok.body).toBe(201);
    } finally {
      await t.db
        .deleteFrom('regulation_setting')
        .where('key', '=', 'evaluation.score_split')
        .where('effective_from', '=', '2026-01-01')
        .execute();
    }
  });
});
