import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, createUnit, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let admin: Session; // admin at the province
let orgA: Session; // organising at commune A
let inspector: Session; // inspection at the province
let cadreA: Session; // cadre at commune A
const as = (s: Session | null) => client(t.app, s);
const login = async (role: Parameters<typeof createAccount>[1], unitId: string) => {
  const acc = await createAccount(t.db, role, unitId);
  return signIn(t.app, acc.username, acc.password);
};
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  admin = await login('admin', tree.provinceId);
  orgA = await login('organising', tree.communeA);
  inspector = await login('inspection', tree.provinceId);
  cadreA = await login('cadre', tree.communeA);
});
afterAll(() => t?.close());

describe('org: sessions are required', () => {
  it('answers 401 on every endpoint without a session', async () => {
    const id = tree.communeA;
    const anon = as(null);
    const calls = [
      anon.get('/api/org/roots'),
      anon.get(`/api/org/units/${id}`),
      anon.get(`/api/org/units/${id}/children`),
      anon.get(`/api/org/units/${id}/events`),
      anon.get(`/api/org/units/${id}/posts`),
      anon.get('/api/org/search?q=an'),
      anon.get('/api/terms'),
      anon.post('/api/org/units', { kind: 'party_cell', name: 'X', parentId: id, validFrom: '2025-08-01' }),
      anon.patch(`/api/org/units/${id}`, { version: 1, name: 'X' }),
      anon.post(`/api/org/units/${id}/close`, { validTo: '2026-01-01', version: 1 }),
      anon.post(`/api/org/units/${id}/move`, { parentId: id, validFrom: '2026-01-01', version: 1 }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(401);
  });
});

describe('org: reading the tree', () => {
  it('shows the actor its scope roots with child counts', async () => {
    const a = await as(orgA).get('/api/org/roots?asOf=2025-08-01');
    expect(a.statusCode).toBe(200);
    expect(a.json().items).toEqual([expect.objectContaining({ id: tree.communeA, kind: 'commune', childCount: 2 })]);
    const p = await as(admin).get('/api/org/roots?asOf=2025-08-01');
    expect(p.json().items.map((u: { id: string }) => u.id)).toEqual([tree.provinceId]);
    // before the units existed there is nothing to show
    expect((await as(orgA).get('/api/org/roots?asOf=2025-06-30')).json().items).toEqual([]);
  });

  it('lists children as of a date, Party bodies before government ones', async () => {
    const res = await as(cadreA).get(`/api/org/units/${tree.communeA}/children?asOf=2025-08-01`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { kind: string }) => u.kind)).toEqual(['party_committee', 'peoples_committee']);
    expect(res.json().items[0]).toMatchObject({ childCount: 1, validFrom: '2025-07-01', validTo: null });
    expect((await as(cadreA).get(`/api/org/units/${tree.communeA}/children?asOf=2025-01-01`)).json().items).toEqual([]);
  });

  it('hides another commune (404) and rejects a bad date naming the field', async () => {
    expect((await as(orgA).get(`/api/org/units/${tree.communeB}`)).statusCode).toBe(404);
    expect((await as(orgA).get(`/api/org/units/${tree.communeB}/children`)).statusCode).toBe(404);
    expect((await as(orgA).get(`/api/org/units/${tree.communeB}/posts`)).statusCode).toBe(404);
    expect((await as(orgA).get(`/api/org/units/${tree.communeB}/events`)).statusCode).toBe(404);
    expect((await as(orgA).get(`/api/org/units/${randomUUID()}`)).statusCode).toBe(404);
    const bad = await as(orgA).get(`/api/org/units/${tree.communeA}?asOf=2025-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['asOf']);
    expect(fields(await as(orgA).get('/api/org/units/not-a-uuid'))).toEqual(['id']);
  });

  it('shows a unit in detail: breadcrumb within scope, posts with holders, people count, actions', async () => {
    const personId = await createPerson(t.db, tree.cellA, { family_name: 'Trần', middle_name: 'Thị', given_name: 'Bình' });
    await createPerson(t.db, tree.committeeA);
    const postId = randomUUID();
    await t.db
      .insertInto('post')
      .values({
        id: postId,
        unit_id: tree.cellA,
        title: 'Bí thư chi bộ',
        is_head: true,
        is_key: false,
        cadre_group: null,
        rank: 1,
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .execute();
    await t.db
      .insertInto('tenure')
      .values({
        id: randomUUID(),
        person_id: personId,
        post_id: postId,
        term_id: null,
        start_date: '2025-08-01',
        end_date: null,
        how: 'elected',
        decision_ref: null,
      })
      .execute();

    const res = await as(orgA).get(`/api/org/units/${tree.cellA}?asOf=2025-09-01`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.unit).toMatchObject({ id: tree.cellA, kind: 'party_cell', version: 1, validTo: null });
    // the province lies outside the organising user's scope: the breadcrumb stops at the commune
    expect(d.breadcrumb.map((b: { kind: string }) => b.kind)).toEqual(['commune', 'party_committee']);
    expect(d.posts).toEqual([
      expect.objectContaining({
        id: postId,
        title: 'Bí thư chi bộ',
        isHead: true,
        holders: [expect.objectContaining({ personId, fullName: 'Trần Thị Bình' })],
      }),
    ]);
    expect(JSON.stringify(d.posts)).not.toContain('dateOfBirth');
    expect(d.peopleCount).toBe(1);
    expect(d.actions).toEqual({ edit: true, close: true, move: true, merge: true, split: true, addPost: true });
    expect(d.history.parents).toEqual([
      expect.objectContaining({
        validFrom: '2025-07-01',
        validTo: null,
        parent: expect.objectContaining({ kind: 'party_committee', inScope: true }),
      }),
    ]);
    // before the tenure started the post has no holder
    expect((await as(orgA).get(`/api/org/units/${tree.cellA}?asOf=2025-07-15`)).json().posts[0].holders).toEqual([]);

    const top = (await as(admin).get(`/api/org/units/${tree.communeA}?asOf=2025-09-01`)).json();
    expect(top.breadcrumb.map((b: { id: string }) => b.id)).toEqual([tree.provinceId]);
    expect(top.peopleCount).toBe(2);
    // nobody restructures the root of their own scope; an inspector only reads
    expect((await as(orgA).get(`/api/org/units/${tree.communeA}`)).json().actions).toMatchObject({ edit: true, close: false, move: false });
    expect((await as(inspector).get(`/api/org/units/${tree.cellA}`)).json().actions).toEqual({
      edit: false,
      close: false,
      move: false,
      merge: false,
      split: false,
      addPost: false,
    });
  });

  it('lists the terms', async () => {
    const res = await as(cadreA).get('/api/terms');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual({
      id: 'party-2025-2030',
      body: 'party',
      name: 'Nhiệm kỳ 2025–2030',
      startYear: 2025,
      endYear: 2030,
    });
  });
});

describe('org: creating and searching units', () => {
  it('creates a unit under a parent in scope, audited, and finds it without diacritics', async () => {
    const name = `Chi bộ thôn Đồng Tâm ${tree.suffix}`;
    const res = await as(orgA).post('/api/org/units', { kind: 'party_cell', name, parentId: tree.communeA, validFrom: '2025-09-01' });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({ kind: 'party_cell', name, validFrom: '2025-09-01', validTo: null, version: 1 });
    const ev = await lastAudit(t.db, 'org_unit', unit.id);
    expect(ev).toMatchObject({ action: 'org_unit.create', unit_id: unit.id });
    expect(ev?.after).toMatchObject({ name, parentId: tree.communeA });

    const found = await as(orgA).get(`/api/org/search?q=${encodeURIComponent(`dong tam ${tree.suffix}`)}&asOf=2025-10-01`);
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toEqual([expect.objectContaining({ id: unit.id, path: expect.stringContaining('Xã An') })]);
    // not yet open at the date, unless closed units are asked for too
    expect((await as(orgA).get(`/api/org/search?q=dong+tam+${tree.suffix}&asOf=2025-08-01`)).json().items).toEqual([]);
    expect((await as(orgA).get(`/api/org/search?q=dong+tam+${tree.suffix}&asOf=2025-08-01&includeClosed=true`)).json().items).toHaveLength(
      1,
    );
    // another commune's officer does not find it
    const orgB = await login('organising', tree.communeB);
    expect((await as(orgB).get(`/api/org/search?q=dong+tam+${tree.suffix}`)).json().items).toEqual([]);
    expect(fields(await as(orgA).get('/api/org/search?q='))).toEqual(['q']);
  });

  it('refuses bad input naming the field', async () => {
    const base = { kind: 'party_cell', name: 'Chi bộ mới', parentId: tree.communeA, validFrom: '2025-09-01' };
    expect(fields(await as(orgA).post('/api/org/units', { ...base, kind: 'village' }))).toEqual(['kind']);
    expect(fields(await as(orgA).post('/api/org/units', { ...base, name: '  ' }))).toEqual(['name']);
    expect(fields(await as(orgA).post('/api/org/units', { ...base, validFrom: '2025-06-30' }))).toEqual(['parentId']);
    expect(fields(await as(orgA).post('/api/org/units', { ...base, parentId: randomUUID() }))).toEqual(['parentId']);
    expect(fields(await as(admin).post('/api/org/units', { ...base, kind: 'district', parentId: tree.provinceId }))).toEqual(['kind']);
    const closed = await createUnit(t.db, {
      kind: 'party_cell',
      name: 'Chi bộ cũ',
      parentId: tree.communeA,
      validFrom: '2025-07-01',
      validTo: '2025-08-01',
    });
    const res = await as(orgA).post('/api/org/units', { ...base, parentId: closed });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'parentId', message: 'Đơn vị đã giải thể hoặc sáp nhập tại ngày này.' }]);
  });

  it('answers a parent outside the scope exactly like a missing one (400 parentId) and refuses read-only roles (403)', async () => {
    const body = { kind: 'party_cell', name: 'Chi bộ X', parentId: tree.communeB, validFrom: '2025-09-01' };
    const outside = await as(orgA).post('/api/org/units', body);
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toEqual(
      (await as(orgA).post('/api/org/units', { ...body, parentId: '00000000-0000-4000-8000-000000000000' })).json(),
    );
    expect((await as(inspector).post('/api/org/units', body)).statusCode).toBe(403);
    expect((await as(cadreA).post('/api/org/units', { ...body, parentId: tree.communeA })).statusCode).toBe(403);
  });
});

describe('org: renaming and closing', () => {
  it('renames with the version, 409 when stale, audited', async () => {
    const id = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ thôn Bắc', parentId: tree.communeA });
    const res = await as(orgA).patch(`/api/org/units/${id}`, { version: 1, name: 'Chi bộ thôn Bắc Sơn', shortName: 'CB Bắc Sơn' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Chi bộ thôn Bắc Sơn', shortName: 'CB Bắc Sơn', version: 2 });
    const ev = await lastAudit(t.db, 'org_unit', id);
    expect(ev).toMatchObject({
      action: 'org_unit.rename',
      unit_id: id,
      before: { name: 'Chi bộ thôn Bắc' },
      after: { name: 'Chi bộ thôn Bắc Sơn' },
    });
    const stale = await as(orgA).patch(`/api/org/units/${id}`, { version: 1, name: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(fields(await as(orgA).patch(`/api/org/units/${id}`, { version: 2, name: '' }))).toEqual(['name']);
    expect((await as(orgA).patch(`/api/org/units/${tree.communeB}`, { version: 1, name: 'X' })).statusCode).toBe(404);
    expect((await as(inspector).patch(`/api/org/units/${id}`, { version: 2, name: 'X' })).statusCode).toBe(403);
  });

  it('closes a unit with its posts and parent link, audited; the tree shows it only before', async () => {
    const id = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ giải thể', parentId: tree.committeeA });
    const postId = randomUUID();
    await t.db
      .insertInto('post')
      .values({
        id: postId,
        unit_id: id,
        title: 'Bí thư',
        is_head: true,
        is_key: false,
        cadre_group: null,
        rank: 1,
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .execute();
    expect(fields(await as(orgA).post(`/api/org/units/${id}/close`, { validTo: '2025-07-01', version: 1 }))).toEqual(['validTo']);
    expect((await as(orgA).post(`/api/org/units/${id}/close`, { validTo: '2026-01-01', version: 7 })).statusCode).toBe(409);
    const res = await as(orgA).post(`/api/org/units/${id}/close`, { validTo: '2026-01-01', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ validTo: '2026-01-01', version: 2 });
    expect(await lastAudit(t.db, 'org_unit', id)).toMatchObject({
      action: 'org_unit.close',
      unit_id: id,
      after: { validTo: '2026-01-01', closedPostIds: [postId] },
    });
    const post = await t.db.selectFrom('post').select('valid_to').where('id', '=', postId).executeTakeFirstOrThrow();
    expect(post.valid_to).toBe('2026-01-01');
    const ids = async (d: string) =>
      (await as(orgA).get(`/api/org/units/${tree.committeeA}/children?asOf=${d}`)).json().items.map((u: { id: string }) => u.id);
    expect(await ids('2025-12-31')).toContain(id);
    expect(await ids('2026-01-01')).not.toContain(id);
    // the closed unit stays readable, with its history
    const detail = (await as(orgA).get(`/api/org/units/${id}?asOf=2026-06-01`)).json();
    expect(detail.history.parents[0]).toMatchObject({ validTo: '2026-01-01' });
    expect(detail.breadcrumb.map((b: { id: string }) => b.id)).toEqual([tree.communeA, tree.committeeA]);
  });

  it('refuses to close a unit that still has sub-units, its own scope root (403), or another commune (404)', async () => {
    const parent = await createUnit(t.db, { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận', parentId: tree.communeA });
    await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ con', parentId: parent });
    const res = await as(orgA).post(`/api/org/units/${parent}/close`, { validTo: '2026-01-01', version: 1 });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['validTo']);
    expect((await as(orgA).post(`/api/org/units/${tree.communeA}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(403);
    expect((await as(orgA).post(`/api/org/units/${tree.communeB}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(404);
    expect((await as(inspector).post(`/api/org/units/${parent}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(403);
  });
});

describe('org: moving units', () => {
  it('moves a unit from a date on: the tree shows the old parent before and the new one after, audited', async () => {
    const from = await createUnit(t.db, { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận Một', parentId: tree.communeA });
    const to = await createUnit(t.db, { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận Hai', parentId: tree.communeA });
    const cell = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ lưu động', parentId: from });
    const res = await as(orgA).post(`/api/org/units/${cell}/move`, { parentId: to, validFrom: '2026-01-01', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    const kids = async (p: string, d: string) =>
      (await as(orgA).get(`/api/org/units/${p}/children?asOf=${d}`)).json().items.map((u: { id: string }) => u.id);
    expect(await kids(from, '2025-12-31')).toEqual([cell]);
    expect(await kids(to, '2025-12-31')).toEqual([]);
    expect(await kids(from, '2026-01-01')).toEqual([]);
    expect(await kids(to, '2026-01-01')).toEqual([cell]);
    expect(await lastAudit(t.db, 'org_unit', cell)).toMatchObject({
      action: 'org_unit.move',
      unit_id: cell,
      before: { parentId: from },
      after: { parentId: to, validFrom: '2026-01-01' },
    });
    const parents = (await as(orgA).get(`/api/org/units/${cell}`)).json().history.parents;
    expect(parents.map((p: { parent: { id: string }; validTo: string | null }) => [p.parent.id, p.validTo])).toEqual([
      [from, '2026-01-01'],
      [to, null],
    ]);
  });

  it('refuses a cycle, the same parent, a stale version, a parent elsewhere', async () => {
    const upper = await createUnit(t.db, { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận Ba', parentId: tree.communeA });
    const lower = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ Ba', parentId: upper });
    const cycle = await as(orgA).post(`/api/org/units/${upper}/move`, { parentId: lower, validFrom: '2026-01-01', version: 1 });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().details).toEqual([{ field: 'parentId', message: 'Không thể đặt đơn vị làm cấp dưới của chính nó.' }]);
    expect(fields(await as(orgA).post(`/api/org/units/${upper}/move`, { parentId: upper, validFrom: '2026-01-01', version: 1 }))).toEqual([
      'parentId',
    ]);
    expect(fields(await as(orgA).post(`/api/org/units/${lower}/move`, { parentId: upper, validFrom: '2026-01-01', version: 1 }))).toEqual([
      'parentId',
    ]);
    expect(
      fields(await as(orgA).post(`/api/org/units/${lower}/move`, { parentId: tree.communeA, validFrom: '2025-01-01', version: 1 })),
    ).toEqual(['validFrom']);
    expect(
      (await as(orgA).post(`/api/org/units/${lower}/move`, { parentId: tree.communeA, validFrom: '2026-01-01', version: 5 })).statusCode,
    ).toBe(409);
    expect(
      fields(await as(orgA).post(`/api/org/units/${lower}/move`, { parentId: tree.communeB, validFrom: '2026-01-01', version: 1 })),
    ).toEqual(['parentId']);
    expect(
      (await as(inspector).post(`/api/org/units/${lower}/move`, { parentId: tree.communeA, validFrom: '2026-01-01', version: 1 }))
        .statusCode,
    ).toBe(403);
  });
});
