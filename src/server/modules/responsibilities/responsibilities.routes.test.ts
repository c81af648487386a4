import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { responsibilitiesOf } from './index.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let standing: Session;
let cadre: Session;
let member: string;
let outsider: string;
const as = (s: Session | null) => client(t.app, s);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const base = () => ({
  personId: member,
  unitId: tree.communeA,
  termId: 'party-2025-2030',
  fieldCode: 'economy',
  note: 'Phụ trách kinh tế',
  validFrom: '2025-10-01',
});

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  member = await createPerson(t.db, tree.committeeA, { family_name: 'Trần', middle_name: 'Thị', given_name: 'Mai' });
  outsider = await createPerson(t.db, tree.communeB);
  const o = await createAccount(t.db, 'organising', tree.communeA);
  organising = await signIn(t.app, o.username, o.password);
  const s = await createAccount(t.db, 'standing', tree.communeA);
  standing = await signIn(t.app, s.username, s.password);
  const c = await createAccount(t.db, 'cadre', tree.communeA);
  cadre = await signIn(t.app, c.username, c.password);
});
afterAll(() => t?.close());

describe('work fields', () => {
  it('answers 401 without a session and lists the fields in the reader’s language', async () => {
    expect((await as(null).get('/api/work-fields')).statusCode).toBe(401);
    const vi = (await as(cadre).get('/api/work-fields')).json().items;
    expect(vi[0]).toEqual({ code: 'party_building', name: 'Xây dựng Đảng', rank: 10 });
    expect((await as(cadre).get('/api/work-fields?lang=en')).json().items[0].name).toBe('Party building');
  });
});

describe('responsibilities', () => {
  it('answers 401 without a session', async () => {
    expect((await as(null).get('/api/responsibilities')).statusCode).toBe(401);
    expect((await as(null).post('/api/responsibilities', base())).statusCode).toBe(401);
    expect((await as(null).patch(`/api/responsibilities/${randomUUID()}`, { version: 1, validTo: '2026-01-01' })).statusCode).toBe(401);
  });

  it('assigns a field and an area, lists them for readers in scope, ends one (audited, versioned)', async () => {
    const created = await as(organising).post('/api/responsibilities', base());
    expect(created.statusCode).toBe(201);
    const field = created.json();
    expect(field).toMatchObject({
      personId: member,
      personName: 'Trần Thị Mai',
      unitId: tree.communeA,
      termId: 'party-2025-2030',
      termName: 'Nhiệm kỳ 2025–2030',
      fieldCode: 'economy',
      fieldName: 'Kinh tế',
      areaUnitId: null,
      validTo: null,
      version: 1,
      actions: { edit: true },
    });
    expect(await lastAudit(t.db, 'responsibility', field.id)).toMatchObject({
      action: 'responsibility.create',
      unit_id: tree.communeA,
      person_id: member,
      after: { fieldCode: 'economy', validFrom: '2025-10-01' },
    });

    const area = (
      await as(standing).post('/api/responsibilities', { ...base(), fieldCode: undefined, areaUnitId: tree.cellA, termId: null })
    ).json();
    expect(area).toMatchObject({
      areaUnitId: tree.cellA,
      areaUnitName: expect.stringContaining('Chi bộ thôn Đông'),
      fieldCode: null,
      termId: null,
    });

    const list = (await as(cadre).get(`/api/responsibilities?unitId=${tree.communeA}&asOf=2026-01-15`)).json().items;
    expect(list.map((r: { id: string }) => r.id).sort()).toEqual([field.id, area.id].sort());
    expect(list[0].actions).toEqual({ edit: false });
    expect(
      (await as(cadre).get(`/api/responsibilities?personId=${member}&termId=party-2025-2030`))
        .json()
        .items.map((r: { id: string }) => r.id),
    ).toEqual([field.id]);
    expect((await as(cadre).get(`/api/responsibilities?unitId=${tree.communeA}&asOf=2025-09-30`)).json().items).toEqual([]);

    const ended = await as(organising).patch(`/api/responsibilities/${field.id}`, {
      version: 1,
      validTo: '2026-02-01',
      note: 'Chuyển công tác',
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ validTo: '2026-02-01', note: 'Chuyển công tác', version: 2 });
    expect(await lastAudit(t.db, 'responsibility', field.id)).toMatchObject({
      action: 'responsibility.update',
      unit_id: tree.communeA,
      person_id: member,
      before: { validTo: null },
      after: { validTo: '2026-02-01' },
    });
    expect((await as(organising).patch(`/api/responsibilities/${field.id}`, { version: 1, validTo: '2026-03-01' })).statusCode).toBe(409);
    expect(
      (await as(cadre).get(`/api/responsibilities?personId=${member}&asOf=2026-02-01`)).json().items.map((r: { id: string }) => r.id),
    ).toEqual([area.id]);

    const byPerson = await responsibilitiesOf(t.db, [member, outsider], '2026-01-15');
    expect(
      byPerson
        .get(member)!
        .map((r) => r.id)
        .sort(),
    ).toEqual([field.id, area.id].sort());
    expect(byPerson.get(outsider)).toEqual([]);
  });

  it('refuses bad input naming the field', async () => {
    const post = (body: object) => as(organising).post('/api/responsibilities', body);
    expect(fields(await post({ ...base(), areaUnitId: tree.cellA }))).toEqual(['areaUnitId']);
    expect(fields(await post({ ...base(), fieldCode: undefined }))).toEqual(['fieldCode']);
    expect(fields(await post({ ...base(), validTo: '2025-10-01' }))).toEqual(['validTo']);
    expect(fields(await post({ ...base(), validFrom: '2025-02-30' }))).toEqual(['validFrom']);
    expect(fields(await post({ ...base(), personId: outsider }))).toEqual(['personId']);
    expect(fields(await post({ ...base(), personId: randomUUID() }))).toEqual(['personId']);
    expect(fields(await post({ ...base(), fieldCode: 'astrology' }))).toEqual(['fieldCode']);
    expect(fields(await post({ ...base(), termId: 'party-1990' }))).toEqual(['termId']);
    expect(fields(await post({ ...base(), fieldCode: undefined, areaUnitId: tree.communeB }))).toEqual(['areaUnitId']);
    expect(fields(await as(cadre).get('/api/responsibilities?asOf=2026-13-01'))).toEqual(['asOf']);
    const r = (await post(base())).json();
    expect(fields(await as(organising).patch(`/api/responsibilities/${r.id}`, { version: 1, validTo: '2025-09-01' }))).toEqual(['validTo']);
    expect(fields(await as(organising).patch(`/api/responsibilities/${r.id}`, { validTo: '2026-09-01' }))).toEqual(['version']);
  });

  it('hides other communes (404) and refuses read-only roles (403)', async () => {
    const other = randomUUID();
    await t.db
      .insertInto('responsibility')
      .values({
        id: other,
        person_id: outsider,
        unit_id: tree.communeB,
        term_id: null,
        field_code: 'justice',
        area_unit_id: null,
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .execute();
    expect((await as(cadre).get(`/api/responsibilities?unitId=${tree.communeB}`)).statusCode).toBe(404);
    expect((await as(cadre).get(`/api/responsibilities?personId=${outsider}`)).json().items).toEqual([]);
    expect((await as(organising).post('/api/responsibilities', { ...base(), unitId: tree.communeB, personId: outsider })).statusCode).toBe(
      404,
    );
    expect((await as(organising).patch(`/api/responsibilities/${other}`, { version: 1, validTo: '2026-01-01' })).statusCode).toBe(404);
    expect((await as(organising).patch(`/api/responsibilities/${randomUUID()}`, { version: 1, validTo: '2026-01-01' })).statusCode).toBe(
      404,
    );
    expect((await as(cadre).post('/api/responsibilities', base())).statusCode).toBe(403);
    const mine = (await as(organising).post('/api/responsibilities', base())).json();
    expect((await as(cadre).patch(`/api/responsibilities/${mine.id}`, { version: 1, validTo: '2026-01-01' })).statusCode).toBe(403);
  });
});
