import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let organisingA: Session;
let office: Session;
let inspection: Session;
let organisingB: Session;

const BA_DINH = '2025:C:00004'; // Phường Ba Đình, Thành phố Hà Nội
const HANOI = '2025:P:01';

async function as(role: Parameters<typeof createAccount>[1], unitId: string, personId?: string): Promise<Session> {
  const acc = await createAccount(t.db, role, unitId, { personId });
  return signIn(t.app, acc.username, acc.password);
}

async function createPost(unitId: string, title: string, validFrom = '2025-07-01', validTo: string | null = null): Promise<string> {
  const id = randomUUID();
  await t.db
    .insertInto('post')
    .values({
      id,
      unit_id: unitId,
      title,
      is_head: false,
      is_key: false,
      cadre_group: null,
      rank: 10,
      valid_from: validFrom,
      valid_to: validTo,
    })
    .execute();
  return id;
}

const input = (over: Record<string, unknown> = {}) => ({
  unitId: tree.committeeA,
  familyName: 'Trần',
  middleName: 'Thị',
  givenName: 'Bích',
  gender: 'female',
  dateOfBirth: '1985-03-10',
  hometownId: BA_DINH,
  birthplaceId: HANOI,
  citizenId: null,
  kind: 'civil_servant',
  ...over,
});

const detailOf = async (s: Session, id: string) => (await client(t.app, s).get(`/api/people/${id}`)).json();

beforeAll(async () => {
  t = await createTestApp({ reference: true });
  tree = await createSubtree(t.db);
  organisingA = await as('organising', tree.communeA);
  office = await as('office', tree.communeA);
  inspection = await as('inspection', tree.communeA);
  organisingB = await as('organising', tree.communeB);
});
afterAll(() => t?.close());

describe('GET /api/people/names', () => {
  it('gives any role — a cadre too — the names of the people of its subtrees, and nothing else', async () => {
    const me = await createPerson(t.db, tree.committeeA, { given_name: 'Thường' });
    const colleague = await createPerson(t.db, tree.cellA, {
      family_name: 'Đặng',
      middle_name: 'Thị',
      given_name: 'Hường',
      citizen_id: '001180000009',
    });
    const elsewhere = await createPerson(t.db, tree.communeB, { family_name: 'Đặng', middle_name: 'Thị', given_name: 'Hường' });
    const cadre = await as('cadre', tree.communeA, me);
    expect((await client(t.app, null).get('/api/people/names?q=huong')).statusCode).toBe(401);
    // the full list stays closed to a cadre (their own record only)
    expect((await client(t.app, cadre).get('/api/people?q=dang')).json().items).toEqual([]);
    const res = await client(t.app, cadre).get('/api/people/names?q=dang thi huong');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([{ id: colleague, fullName: 'Đặng Thị Hường', unitId: tree.cellA, unitName: expect.any(String) }]);
    expect(res.json().items.map((i: { id: string }) => i.id)).not.toContain(elsewhere);
    expect((await client(t.app, cadre).get(`/api/people/names?unitId=${tree.communeB}`)).statusCode).toBe(404);
    expect((await client(t.app, cadre).get(`/api/people/names?unitId=${tree.cellA}&q=huong`)).json().items).toHaveLength(1);
    const bad = await client(t.app, cadre).get('/api/people/names?limit=500');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('limit');
  });
});

describe('GET /api/people', () => {
  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get('/api/people')).statusCode).toBe(401);
  });

  it('answers 404 for a unit outside the scope and 400 naming a bad query field', async () => {
    expect((await client(t.app, organisingA).get(`/api/people?unitId=${tree.communeB}`)).statusCode).toBe(404);
    const bad = await client(t.app, organisingA).get('/api/people?sort=age');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('sort');
  });

  it('lists the scope only, without citizen IDs, with posts, hometown path and retirement date', async () => {
    const a = await createPerson(t.db, tree.cellA, { given_name: 'Khải', citizen_id: '001080000001', hometown_id: BA_DINH });
    const b = await createPerson(t.db, tree.communeB, { given_name: 'Khải', citizen_id: '001080000002' });
    const post = await createPost(tree.cellA, 'Bí thư Chi bộ');
    await t.db
      .insertInto('tenure')
      .values({
        id: randomUUID(),
        person_id: a,
        post_id: post,
        term_id: null,
        start_date: '2025-08-01',
        end_date: null,
        how: 'elected',
        decision_ref: null,
      })
      .execute();
    const res = await client(t.app, organisingA).get('/api/people?q=khai&pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const ids = body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(a);
    expect(ids).not.toContain(b);
    const item = body.items.find((i: { id: string }) => i.id === a);
    expect(item).toEqual({
      id: a,
      fullName: 'Nguyễn Văn Khải',
      gender: 'male',
      dateOfBirth: '1980-05-15',
      kind: 'cadre',
      cadreGroup: null,
      unitId: tree.cellA,
      unitName: `Chi bộ thôn Đông ${tree.suffix}`,
      posts: ['Bí thư Chi bộ'],
      hometownName: 'Phường Ba Đình, Thành phố Hà Nội',
      // born 05/1980, men: 62 years reached in 05/2042 (cap since 2028)
      retirementDate: '2042-05-31',
    });
    expect(res.body).not.toContain('001080000001');
    // The commune-B organiser never sees the commune-A person.
    const other = (await client(t.app, organisingB).get('/api/people?q=khai&pageSize=200')).json();
    expect(other.items.map((i: { id: string }) => i.id)).toEqual([b]);
  });

  it('shows a cadre only their own record', async () => {
    const self = await createPerson(t.db, tree.cellA, { given_name: 'Tự' });
    await createPerson(t.db, tree.cellA, { given_name: 'Khác' });
    const cadre = await as('cadre', tree.cellA, self);
    const body = (await client(t.app, cadre).get('/api/people?pageSize=200')).json();
    expect(body.total).toBe(1);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([self]);
  });
});

describe('GET /api/people/:id', () => {
  it('answers 401, 400 on a bad id, 404 outside the scope', async () => {
    const b = await createPerson(t.db, tree.communeB);
    expect((await client(t.app, null).get(`/api/people/${b}`)).statusCode).toBe(401);
    const bad = await client(t.app, organisingA).get('/api/people/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('id');
    expect((await client(t.app, organisingA).get(`/api/people/${b}`)).statusCode).toBe(404);
    expect((await client(t.app, organisingA).get(`/api/people/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('shows the citizen ID to organising and inspection, hides it from office', async () => {
    const id = await createPerson(t.db, tree.committeeA, { citizen_id: '001080000011', birthplace_id: HANOI });
    const org = await detailOf(organisingA, id);
    expect(org).toMatchObject({
      citizenId: '001080000011',
      citizenIdVisible: true,
      actions: { edit: true, addTenure: true, viewAudit: true },
    });
    expect(org.birthplace).toEqual({ id: HANOI, name: 'Thành phố Hà Nội', path: 'Thành phố Hà Nội' });
    expect(org.retirement).toEqual({ date: '2042-05-31', ageMonths: 744, rule: 'Nghị định 135/2020/NĐ-CP' });
    expect(await detailOf(inspection, id)).toMatchObject({ citizenId: '001080000011', citizenIdVisible: true, actions: { edit: false } });
    const off = await client(t.app, office).get(`/api/people/${id}`);
    expect(off.json()).toMatchObject({
      citizenId: null,
      citizenIdVisible: false,
      actions: { edit: false, addTenure: false, viewAudit: false },
    });
    expect(off.body).not.toContain('001080000011');
  });
});

describe('POST /api/people', () => {
  it('answers 401 without a session and 403 for a role that may not create', async () => {
    expect((await client(t.app, null).post('/api/people', input())).statusCode).toBe(401);
    expect((await client(t.app, office).post('/api/people', input())).statusCode).toBe(403);
  });

  it('answers 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ dateOfBirth: '2015-01-01' }, 'dateOfBirth'],
      [{ dateOfBirth: '1985-02-30' }, 'dateOfBirth'],
      [{ citizenId: '12345' }, 'citizenId'],
      [{ hometownId: '2025:C:99999' }, 'hometownId'],
      [{ unitId: tree.communeB }, 'unitId'],
      [{ givenName: '' }, 'givenName'],
      [{ partyFullDate: '2010-01-01' }, 'partyAdmissionDate'],
    ];
    for (const [over, field] of cases) {
      const res = await client(t.app, organisingA).post('/api/people', input(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const en = await client(t.app, organisingA).post('/api/people?lang=en', input({ dateOfBirth: '2015-01-01' }));
    expect(en.json().details[0].message).toBe('Invalid date of birth (age 16 to 100).');
  });

  it('creates the record, presents it and audits it; a duplicate citizen ID is a 409 on citizenId', async () => {
    const res = await client(t.app, organisingA).post('/api/people', input({ citizenId: '001085000123' }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      fullName: 'Trần Thị Bích',
      version: 1,
      citizenId: '001085000123',
      ethnicity: 'Kinh',
      unitId: tree.committeeA,
      hometown: { id: BA_DINH, path: 'Phường Ba Đình, Thành phố Hà Nội' },
      tenures: [],
      residences: [],
    });
    const row = await t.db.selectFrom('person').select(['search_text', 'sort_key']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.search_text).toBe('tran thi bich');
    const ev = await lastAudit(t.db, 'person', p.id);
    expect(ev).toMatchObject({ action: 'person.create', person_id: p.id, unit_id: tree.committeeA });
    expect(ev?.after).toMatchObject({ givenName: 'Bích', citizenId: '001085000123', hometownId: BA_DINH });
    const dup = await client(t.app, organisingA).post('/api/people', input({ citizenId: '001085000123', givenName: 'Khác' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: 'duplicate', details: [{ field: 'citizenId' }] });
  });
});

describe('PATCH /api/people/:id', () => {
  it('answers 401, 404 outside the scope, 403 to a reader, 400 naming the field', async () => {
    const a = await createPerson(t.db, tree.cellA);
    const b = await createPerson(t.db, tree.communeB);
    const body = { version: 1, changes: input() };
    expect((await client(t.app, null).patch(`/api/people/${a}`, body)).statusCode).toBe(401);
    expect((await client(t.app, organisingA).patch(`/api/people/${b}`, body)).statusCode).toBe(404);
    expect((await client(t.app, office).patch(`/api/people/${a}`, body)).statusCode).toBe(403);
    const bad = await client(t.app, organisingA).patch(`/api/people/${a}`, { version: 1, changes: input({ gender: 'x' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('changes.gender');
    const out = await client(t.app, organisingA).patch(`/api/people/${a}`, { version: 1, changes: input({ unitId: tree.communeB }) });
    expect(out.json().details[0].field).toBe('unitId');
  });

  it('updates with the version, audits before/after, refuses a stale version with 409', async () => {
    const id = await createPerson(t.db, tree.cellA, { citizen_id: '001080000021' });
    const res = await client(t.app, organisingA).patch(`/api/people/${id}`, {
      version: 1,
      changes: input({ unitId: tree.cellA, citizenId: '001080000021' }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, fullName: 'Trần Thị Bích', gender: 'female' });
    const ev = await lastAudit(t.db, 'person', id);
    expect(ev).toMatchObject({ action: 'person.update', person_id: id, unit_id: tree.cellA });
    expect(ev?.before).toMatchObject({ givenName: 'An', familyName: 'Nguyễn', version: 1, citizenId: '001080000021' });
    expect(ev?.after).toMatchObject({ givenName: 'Bích', familyName: 'Trần', version: 2, citizenId: '001080000021' });
    const row = await t.db.selectFrom('person').select('search_text').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.search_text).toBe('tran thi bich');
    const stale = await client(t.app, organisingA).patch(`/api/people/${id}`, { version: 1, changes: input({ unitId: tree.cellA }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('conflict');
  });
});

describe('tenures', () => {
  const tenure = (postId: string, over: Record<string, unknown> = {}) => ({
    postId,
    startDate: '2025-09-01',
    how: 'appointed',
    termId: 'party-2025-2030',
    ...over,
  });

  it('POST /people/:id/tenures: 401, 404, 400 naming the field, happy path with audit, overlap refused', async () => {
    const a = await createPerson(t.db, tree.cellA);
    const b = await createPerson(t.db, tree.communeB);
    const post = await createPost(tree.committeeA, 'Phó Chủ tịch UBND xã');
    const closed = await createPost(tree.committeeA, 'Chức vụ cũ', '2025-07-01', '2025-08-01');
    const postB = await createPost(tree.communeB, 'Chủ tịch UBND xã');
    const api = client(t.app, organisingA);
    expect((await client(t.app, null).post(`/api/people/${a}/tenures`, tenure(post))).statusCode).toBe(401);
    expect((await api.post(`/api/people/${b}/tenures`, tenure(post))).statusCode).toBe(404);
    const field = async (body: unknown) => (await api.post(`/api/people/${a}/tenures`, body)).json().details?.[0]?.field;
    expect(await field(tenure(closed))).toBe('postId');
    expect(await field(tenure(postB))).toBe('postId');
    expect(await field(tenure(post, { termId: 'nope' }))).toBe('termId');
    expect(await field(tenure(post, { endDate: '2025-08-01' }))).toBe('endDate');
    const res = await api.post(`/api/people/${a}/tenures`, tenure(post, { decisionRef: 'QĐ 12/QĐ-UBND' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      postTitle: 'Phó Chủ tịch UBND xã',
      unitId: tree.committeeA,
      termName: 'Nhiệm kỳ 2025–2030',
      startDate: '2025-09-01',
      endDate: null,
      version: 1,
    });
    const ev = await lastAudit(t.db, 'tenure', res.json().id);
    expect(ev).toMatchObject({ action: 'tenure.create', person_id: a, unit_id: tree.committeeA });
    expect(ev?.after).toMatchObject({ postId: post, startDate: '2025-09-01', decisionRef: 'QĐ 12/QĐ-UBND' });
    const overlap = await api.post(`/api/people/${a}/tenures`, tenure(post, { startDate: '2026-01-01' }));
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().details[0]).toMatchObject({ field: 'startDate' });
    expect((await detailOf(organisingA, a)).tenures.map((x: { postTitle: string }) => x.postTitle)).toEqual(['Phó Chủ tịch UBND xã']);
  });

  it('POST /tenures/:id/end and PATCH /tenures/:id: 401, 404, 400, 409 stale, happy paths with audit', async () => {
    const a = await createPerson(t.db, tree.cellA);
    const b = await createPerson(t.db, tree.communeB);
    const post = await createPost(tree.committeeA, 'Công chức Văn phòng');
    const postB = await createPost(tree.communeB, 'Công chức Tư pháp');
    const tA = (await client(t.app, organisingA).post(`/api/people/${a}/tenures`, tenure(post))).json();
    const tB = (await client(t.app, organisingB).post(`/api/people/${b}/tenures`, tenure(postB))).json();
    const api = client(t.app, organisingA);
    expect((await client(t.app, null).post(`/api/tenures/${tA.id}/end`, { endDate: '2026-01-31', version: 1 })).statusCode).toBe(401);
    expect((await api.post(`/api/tenures/${tB.id}/end`, { endDate: '2026-01-31', version: 1 })).statusCode).toBe(404);
    expect((await client(t.app, office).post(`/api/tenures/${tA.id}/end`, { endDate: '2026-01-31', version: 1 })).statusCode).toBe(403);
    const early = await api.post(`/api/tenures/${tA.id}/end`, { endDate: '2025-01-31', version: 1 });
    expect(early.json().details[0].field).toBe('endDate');
    expect((await api.post(`/api/tenures/${tA.id}/end`, { endDate: '2026-01-31', version: 9 })).statusCode).toBe(409);
    const ended = await api.post(`/api/tenures/${tA.id}/end`, { endDate: '2026-01-31', version: 1, decisionRef: 'QĐ 5' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endDate: '2026-01-31', decisionRef: 'QĐ 5', version: 2 });
    const ev = await lastAudit(t.db, 'tenure', tA.id);
    expect(ev).toMatchObject({ action: 'tenure.end', person_id: a, unit_id: tree.committeeA });
    expect(ev?.before).toMatchObject({ endDate: null });
    expect(ev?.after).toMatchObject({ endDate: '2026-01-31' });
    expect((await api.post(`/api/tenures/${tA.id}/end`, { endDate: '2026-02-28', version: 2 })).json().details[0].field).toBe('endDate');

    const fix = { version: 2, startDate: '2025-10-01', endDate: '2026-01-31', how: 'rotated', termId: null, decisionRef: 'QĐ 5' };
    expect((await client(t.app, null).patch(`/api/tenures/${tA.id}`, fix)).statusCode).toBe(401);
    expect((await api.patch(`/api/tenures/${tB.id}`, { ...fix, version: 1 })).statusCode).toBe(404);
    expect((await api.patch(`/api/tenures/${tA.id}`, { ...fix, endDate: '2025-09-01' })).json().details[0].field).toBe('endDate');
    expect((await api.patch(`/api/tenures/${tA.id}`, { ...fix, startDate: '2025-01-01' })).json().details[0].field).toBe('postId');
    expect((await api.patch(`/api/tenures/${tA.id}`, { ...fix, version: 1 })).statusCode).toBe(409);
    const fixed = await api.patch(`/api/tenures/${tA.id}`, fix);
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ startDate: '2025-10-01', how: 'rotated', termId: null, version: 3 });
    const ev2 = await lastAudit(t.db, 'tenure', tA.id);
    expect(ev2).toMatchObject({ action: 'tenure.update', person_id: a });
    expect(ev2?.before).toMatchObject({ startDate: '2025-09-01', how: 'appointed' });
    expect(ev2?.after).toMatchObject({ startDate: '2025-10-01', how: 'rotated', version: 3 });
    // A second tenure on the same post may start after the corrected one ended, not inside it.
    expect((await api.post(`/api/people/${a}/tenures`, tenure(post, { startDate: '2026-01-15' }))).statusCode).toBe(400);
    expect((await api.post(`/api/people/${a}/tenures`, tenure(post, { startDate: '2026-02-01' }))).statusCode).toBe(201);
  });
});

describe('POST /api/people/:id/residences', () => {
  it('answers 401, 404, 400 naming the field, creates with audit', async () => {
    const a = await createPerson(t.db, tree.cellA);
    const b = await createPerson(t.db, tree.communeB);
    const body = { adminUnitId: BA_DINH, address: 'Số 1 phố Điện Biên Phủ', validFrom: '2020-01-01' };
    const api = client(t.app, organisingA);
    expect((await client(t.app, null).post(`/api/people/${a}/residences`, body)).statusCode).toBe(401);
    expect((await api.post(`/api/people/${b}/residences`, body)).statusCode).toBe(404);
    expect((await api.post(`/api/people/${a}/residences`, { ...body, validTo: '2019-01-01' })).json().details[0].field).toBe('validTo');
    expect((await api.post(`/api/people/${a}/residences`, { ...body, adminUnitId: 'pre:C:99999' })).json().details[0].field).toBe(
      'adminUnitId',
    );
    const res = await api.post(`/api/people/${a}/residences`, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      adminUnit: { id: BA_DINH, path: 'Phường Ba Đình, Thành phố Hà Nội' },
      address: body.address,
      validFrom: '2020-01-01',
      validTo: null,
    });
    const ev = await lastAudit(t.db, 'person_residence', res.json().id);
    expect(ev).toMatchObject({ action: 'residence.create', person_id: a, unit_id: tree.cellA });
    expect((await detailOf(organisingA, a)).residences).toHaveLength(1);
  });
});
