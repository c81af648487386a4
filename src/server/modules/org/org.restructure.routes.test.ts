import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, createUnit, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let other: Subtree; // a province the actors below do not cover
const as = (s: Session | null) => client(t.app, s);
const login = async (role: Parameters<typeof createAccount>[1], unitId: string) => {
  const acc = await createAccount(t.db, role, unitId);
  return signIn(t.app, acc.username, acc.password);
};
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const ids = (res: { json(): { items: Array<{ id: string }> } }) => res.json().items.map((u) => u.id);

/** A province since 2020 with two communes, each with a Party committee, a cell, a post and a person. */
async function preReformProvince() {
  const s = randomUUID().slice(0, 6);
  const from = '2020-01-01';
  const province = await createUnit(t.db, { kind: 'province', name: `Tỉnh Cũ ${s}`, validFrom: from });
  const a = await createUnit(t.db, { kind: 'commune', name: `Xã Hòa ${s}`, parentId: province, validFrom: from });
  const b = await createUnit(t.db, { kind: 'commune', name: `Xã Lạc ${s}`, parentId: province, validFrom: from });
  const partyA = await createUnit(t.db, { kind: 'party_committee', name: `Đảng bộ xã Hòa ${s}`, parentId: a, validFrom: from });
  const partyB = await createUnit(t.db, { kind: 'party_committee', name: `Đảng bộ xã Lạc ${s}`, parentId: b, validFrom: from });
  const cellA = await createUnit(t.db, { kind: 'party_cell', name: `Chi bộ thôn 1 ${s}`, parentId: partyA, validFrom: from });
  const postA = randomUUID();
  await t.db
    .insertInto('post')
    .values({
      id: postA,
      unit_id: a,
      title: 'Chủ tịch',
      is_head: true,
      is_key: true,
      cadre_group: null,
      rank: 1,
      valid_from: from,
      valid_to: null,
    })
    .execute();
  const personA = await createPerson(t.db, a);
  const personB = await createPerson(t.db, b);
  return { province, a, b, partyA, partyB, cellA, postA, personA, personB, s };
}

let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  other = await createSubtree(t.db);
});
afterAll(() => t?.close());

describe('org: merges', () => {
  it('merges two communes into a new one: the tree before and after, history on both sides, people moved, audited', async () => {
    const p = await preReformProvince();
    admin = await login('admin', p.province);
    const res = await as(admin).post('/api/org/merges', {
      sourceIds: [p.a, p.b],
      effectiveOn: '2025-07-01',
      target: { new: { kind: 'commune', name: `Xã Hòa Lạc ${p.s}`, parentId: p.province } },
      decisionRef: 'NQ 1656/NQ-UBTVQH15',
      movePeopleTo: true,
    });
    expect(res.statusCode).toBe(201);
    const { eventId, targetId, movedPeople } = res.json();
    expect(movedPeople).toBe(2);

    expect(ids(await as(admin).get(`/api/org/units/${p.province}/children?asOf=2025-06-30`)).sort()).toEqual([p.a, p.b].sort());
    expect(ids(await as(admin).get(`/api/org/units/${p.province}/children?asOf=2025-07-01`))).toEqual([targetId]);
    // the old communes' sub-units hang under the new commune from the effective date on
    expect(ids(await as(admin).get(`/api/org/units/${targetId}/children?asOf=2025-07-01`)).sort()).toEqual([p.partyA, p.partyB].sort());
    expect(ids(await as(admin).get(`/api/org/units/${p.a}/children?asOf=2025-06-30`))).toEqual([p.partyA]);

    const oldA = (await as(admin).get(`/api/org/units/${p.a}?asOf=2025-06-30`)).json();
    expect(oldA.unit).toMatchObject({ validTo: '2025-07-01', version: 2 });
    expect(oldA.history.successors).toEqual([
      {
        unit: expect.objectContaining({ id: targetId, inScope: true }),
        event: { id: eventId, kind: 'merge', effectiveOn: '2025-07-01', decisionRef: 'NQ 1656/NQ-UBTVQH15' },
      },
    ]);
    expect(oldA.posts.map((x: { id: string }) => x.id)).toEqual([p.postA]);
    expect(oldA.actions.merge).toBe(false);
    const newC = (await as(admin).get(`/api/org/units/${targetId}?asOf=2025-07-01`)).json();
    expect(newC.history.predecessors.map((h: { unit: { id: string } }) => h.unit.id).sort()).toEqual([p.a, p.b].sort());
    expect(newC.peopleCount).toBe(2);
    const post = await t.db.selectFrom('post').select('valid_to').where('id', '=', p.postA).executeTakeFirstOrThrow();
    expect(post.valid_to).toBe('2025-07-01');

    const person = await t.db.selectFrom('person').select(['unit_id', 'version']).where('id', '=', p.personA).executeTakeFirstOrThrow();
    expect(person).toEqual({ unit_id: targetId, version: 2 });
    expect(await lastAudit(t.db, 'person', p.personA)).toMatchObject({
      action: 'person.transfer',
      person_id: p.personA,
      unit_id: targetId,
      before: { unitId: p.a },
      after: { unitId: targetId },
    });
    expect(await lastAudit(t.db, 'org_unit', targetId)).toMatchObject({
      action: 'org_unit.merge',
      unit_id: targetId,
      after: { eventId, createdTarget: true, movedPeople: 2 },
    });
    expect(await lastAudit(t.db, 'org_unit', p.b)).toMatchObject({
      action: 'org_unit.merge',
      unit_id: p.b,
      after: { validTo: '2025-07-01', successorId: targetId },
    });

    const events = await as(admin).get(`/api/org/units/${p.a}/events`);
    expect(events.statusCode).toBe(200);
    expect(events.json().items).toEqual([
      expect.objectContaining({ id: eventId, kind: 'merge', successors: [expect.objectContaining({ id: targetId })] }),
    ]);
    expect(
      events
        .json()
        .items[0].predecessors.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([p.a, p.b].sort());

    // an officer of the new commune reads the old communes' records through the history
    const orgC = await login('organising', targetId);
    expect((await as(orgC).get(`/api/org/units/${p.cellA}?asOf=2025-01-01`)).statusCode).toBe(200);
    expect(ids(await as(orgC).get('/api/org/roots?asOf=2025-06-30')).sort()).toEqual([p.a, p.b].sort());
    expect(ids(await as(orgC).get('/api/org/roots?asOf=2025-07-01'))).toEqual([targetId]);
    expect((await as(orgC).get(`/api/org/units/${p.province}`)).statusCode).toBe(404);
  });

  it('merges into an existing unit and re-parents the merged units sub-units', async () => {
    const p = await preReformProvince();
    const adm = await login('admin', p.province);
    const res = await as(adm).post('/api/org/merges', {
      sourceIds: [p.partyB],
      effectiveOn: '2025-07-01',
      target: { unitId: p.partyA },
      decisionRef: 'QĐ 12',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ targetId: p.partyA, movedPeople: 0 });
    expect(ids(await as(adm).get(`/api/org/units/${p.b}/children?asOf=2025-07-01`))).toEqual([]);
    const detail = (await as(adm).get(`/api/org/units/${p.partyA}?asOf=2025-07-01`)).json();
    expect(detail.history.predecessors).toEqual([expect.objectContaining({ unit: expect.objectContaining({ id: p.partyB }) })]);
    const person = await t.db.selectFrom('person').select('unit_id').where('id', '=', p.personB).executeTakeFirstOrThrow();
    expect(person.unit_id).toBe(p.b); // not moved unless asked
  });

  it('refuses bad merges naming the field', async () => {
    const p = await preReformProvince();
    const adm = await login('admin', p.province);
    const target = { new: { kind: 'commune', name: 'Xã Mới', parentId: p.province } };
    const base = { sourceIds: [p.a, p.b], effectiveOn: '2025-07-01', target, decisionRef: 'NQ' };
    expect(fields(await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a] }))).toEqual(['sourceIds']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a, p.a] }))).toEqual(['sourceIds']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a], target: { unitId: p.a } }))).toEqual([
      'target.unitId',
    ]);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, target: { new: { ...target.new, name: '' } } }))).toEqual([
      'target.new.name',
    ]);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, target: {} }))).toEqual(['target']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, target: { ...target, unitId: p.province } }))).toEqual(['target']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, effectiveOn: '2019-12-31' }))).toEqual(['sourceIds.0']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a, randomUUID()] }))).toEqual(['sourceIds.1']);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, target: { new: { ...target.new, parentId: p.partyA } } }))).toEqual([
      'target.new.parentId',
    ]);
    expect(fields(await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a, p.partyA] }))).toEqual(['sourceIds.1']);
    // a source already closed before the effective date
    const closed = await createUnit(t.db, {
      kind: 'commune',
      name: 'Xã Đã Nhập',
      parentId: p.province,
      validFrom: '2020-01-01',
      validTo: '2024-01-01',
    });
    const res = await as(adm).post('/api/org/merges', { ...base, sourceIds: [p.a, closed] });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'sourceIds.1', message: 'Đơn vị đã giải thể hoặc sáp nhập tại ngày này.' }]);
    // nothing was changed by the refused requests
    expect((await t.db.selectFrom('org_unit').select('valid_to').where('id', '=', p.a).executeTakeFirstOrThrow()).valid_to).toBeNull();
  });

  it('answers 401, 403, and for units outside the scope the same 400 as for missing ones', async () => {
    const p = await preReformProvince();
    const body = {
      sourceIds: [p.a, p.b],
      effectiveOn: '2025-07-01',
      target: { new: { kind: 'commune', name: 'Xã Mới', parentId: p.province } },
    };
    expect((await as(null).post('/api/org/merges', body)).statusCode).toBe(401);
    expect((await as(await login('inspection', p.province)).post('/api/org/merges', body)).statusCode).toBe(403);
    // Out of scope answers exactly like missing (issue 7, class 5): 400 naming the field.
    const outside = await as(await login('organising', other.provinceId)).post('/api/org/merges', body);
    const missing = await as(await login('organising', other.provinceId)).post('/api/org/merges', {
      ...body,
      sourceIds: [randomUUID(), p.b],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toEqual(missing.json());
    // a commune officer cannot merge their own commune away (in their scope: 403, nothing hidden)
    expect(
      (await as(await login('organising', p.a)).post('/api/org/merges', { ...body, sourceIds: [p.a], target: { unitId: p.b } })).statusCode,
    ).toBe(403);
  });
});

describe('org: splits', () => {
  it('splits a unit into two with its sub-units assigned: before and after, history, audited', async () => {
    const p = await preReformProvince();
    const adm = await login('admin', p.province);
    const cell2 = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ thôn 2', parentId: p.partyA, validFrom: '2020-01-01' });
    const res = await as(adm).post('/api/org/splits', {
      sourceId: p.partyA,
      effectiveOn: '2026-01-01',
      targets: [
        { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận Đông', parentId: p.a, childIds: [p.cellA] },
        { kind: 'party_subcommittee', name: 'Đảng bộ bộ phận Tây', parentId: p.a, childIds: [cell2] },
      ],
      decisionRef: 'QĐ 99',
    });
    expect(res.statusCode).toBe(201);
    const { eventId, targetIds } = res.json();
    expect(targetIds).toHaveLength(2);
    expect(ids(await as(adm).get(`/api/org/units/${p.a}/children?asOf=2025-12-31`))).toEqual([p.partyA]);
    expect(ids(await as(adm).get(`/api/org/units/${p.a}/children?asOf=2026-01-01`)).sort()).toEqual([...targetIds].sort());
    expect(ids(await as(adm).get(`/api/org/units/${targetIds[1]}/children?asOf=2026-01-01`))).toEqual([cell2]);
    const old = (await as(adm).get(`/api/org/units/${p.partyA}?asOf=2025-12-31`)).json();
    expect(old.history.successors.map((h: { unit: { id: string }; event: { kind: string } }) => [h.unit.id, h.event.kind]).sort()).toEqual(
      targetIds.map((id: string) => [id, 'split']).sort(),
    );
    expect(await lastAudit(t.db, 'org_unit', p.partyA)).toMatchObject({
      action: 'org_unit.split',
      unit_id: p.partyA,
      after: { validTo: '2026-01-01', eventId, successorIds: targetIds },
    });
    expect(await lastAudit(t.db, 'org_unit', targetIds[0])).toMatchObject({ action: 'org_unit.split', unit_id: targetIds[0] });
    const events = (await as(adm).get(`/api/org/units/${targetIds[0]}/events`)).json().items;
    expect(events).toEqual([
      expect.objectContaining({
        id: eventId,
        kind: 'split',
        decisionRef: 'QĐ 99',
        predecessors: [expect.objectContaining({ id: p.partyA })],
      }),
    ]);
  });

  it('refuses bad splits naming the field, and answers 401/403/404', async () => {
    const p = await preReformProvince();
    const adm = await login('admin', p.province);
    const t1 = { kind: 'party_subcommittee', name: 'Một', parentId: p.a };
    const t2 = { kind: 'party_subcommittee', name: 'Hai', parentId: p.a };
    const body = { sourceId: p.partyA, effectiveOn: '2026-01-01', targets: [{ ...t1, childIds: [p.cellA] }, t2] };
    expect(fields(await as(adm).post('/api/org/splits', { ...body, targets: [t1] }))).toEqual(['targets']);
    expect(fields(await as(adm).post('/api/org/splits', { ...body, targets: [t1, t2] }))).toEqual(['targets']); // the cell is not assigned
    expect(
      fields(
        await as(adm).post('/api/org/splits', {
          ...body,
          targets: [
            { ...t1, childIds: [p.cellA] },
            { ...t2, childIds: [p.cellA] },
          ],
        }),
      ),
    ).toEqual(['targets']);
    expect(
      fields(
        await as(adm).post('/api/org/splits', {
          ...body,
          targets: [
            { ...t1, childIds: [p.cellA] },
            { ...t2, parentId: p.cellA },
          ],
        }),
      ),
    ).toEqual(['targets.1.parentId']);
    expect(fields(await as(adm).post('/api/org/splits', { ...body, effectiveOn: '2019-01-01' }))).toEqual(['sourceId']);
    expect((await as(null).post('/api/org/splits', body)).statusCode).toBe(401);
    expect((await as(await login('inspection', p.province)).post('/api/org/splits', body)).statusCode).toBe(403);
    expect((await as(await login('organising', other.communeA)).post('/api/org/splits', body)).statusCode).toBe(400);
    expect((await t.db.selectFrom('org_unit').select('valid_to').where('id', '=', p.partyA).executeTakeFirstOrThrow()).valid_to).toBeNull();
  });
});
