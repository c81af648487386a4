// New-member development and cadres at cells on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): 401, 404 outside the scope, 400 naming the field and the rule (the level above,
// the split over the parent's target, the pipeline's order, the admission age in months), the happy
// paths with their audit: the decision creates the membership, the ceremony starts the probation, the
// cadre's report reaches the month's meeting as a guest and becomes a task on a board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type Subtree, createAccount, createPerson, createSubtree, createUnit, lastAudit } from '../../test/factories.js';

let t: TestContext;
let tree: Subtree;
let partyA = '';
let cellB = '';
let young = '';
let cadre = '';
let lead = '';
let accounts: Record<string, { username: string; password: string }> = {};

const as = async (who: string, lang: 'vi' | 'en' = 'vi') => {
  const a = accounts[who];
  if (!a) throw new Error(`no account ${who}`);
  return client(t.app, await signIn(t.app, a.username, a.password), lang);
};

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  partyA = (await t.db.selectFrom('org_unit_link').select('parent_id').where('child_id', '=', tree.cellA).executeTakeFirstOrThrow())
    .parent_id;
  cellB = await createUnit(t.db, { kind: 'party_cell', name: `Chi bộ thôn Tây ${tree.suffix}`, parentId: partyA });
  const secretary = await createPerson(t.db, tree.cellA, { given_name: 'Bí' });
  young = await createPerson(t.db, tree.cellA, { family_name: 'Trần', given_name: 'Trẻ', date_of_birth: '2008-06-01' });
  cadre = await createPerson(t.db, tree.committeeA, { family_name: 'Vũ', given_name: 'Cán' });
  lead = await createPerson(t.db, partyA, { family_name: 'Ngô', given_name: 'Tổ' });
  accounts = {
    secretary: await createAccount(t.db, 'cell_secretary', tree.cellA, { personId: secretary }),
    organising: await createAccount(t.db, 'organising', tree.communeA),
    province: await createAccount(t.db, 'organising', tree.provinceId),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
    cadre: await createAccount(t.db, 'cadre', tree.committeeA, { personId: cadre }),
    outsider: await createAccount(t.db, 'cadre', tree.communeB, { personId: await createPerson(t.db, tree.communeB) }),
  };
});
afterAll(async () => t.close());

describe('new-member development', () => {
  it('answers 401 without a session and 404 outside the scope', async () => {
    expect((await client(t.app, null).get(`/api/party-cells/units/${partyA}/recruitment`)).statusCode).toBe(401);
    const other = await as('otherOrganising');
    const read = await other.get(`/api/party-cells/units/${partyA}/recruitment`);
    const missing = await other.get(`/api/party-cells/units/00000000-0000-4000-8000-000000000000/recruitment`);
    expect(read.statusCode).toBe(404);
    expect(read.body).toBe(missing.body);
    expect((await other.put(`/api/party-cells/units/${tree.cellA}/recruitment/targets/2026`, { target: 1 })).statusCode).toBe(404);
    expect(
      (await other.post(`/api/party-cells/cells/${tree.cellA}/candidates`, { personId: young, outstandingOn: '2026-01-05' })).statusCode,
    ).toBe(404);
  });

  it('targets come from the level above and the split may not exceed the parent’s without a reason', async () => {
    const sec = await as('secretary', 'en');
    const own = await sec.put(`/api/party-cells/units/${tree.cellA}/recruitment/targets/2026`, { target: 9 });
    expect(own.statusCode).toBe(400);
    expect(own.json().details[0]).toMatchObject({ field: 'target' });
    expect(own.json().details[0].message).toContain('cấp trên giao');
    const province = await as('province');
    const top = await province.put(`/api/party-cells/units/${partyA}/recruitment/targets/2026`, { target: 5 });
    expect(top.statusCode, top.body).toBe(200);
    expect((await lastAudit(t.db, 'recruitment_target', `${partyA}:2026`))?.action).toBe('cells.target.set');
    await province.put(`/api/party-cells/units/${partyA}/recruitment/targets/2025`, { target: 3 });
    const org = await as('organising');
    expect((await org.put(`/api/party-cells/units/${tree.cellA}/recruitment/targets/2026`, { target: 3 })).statusCode).toBe(200);
    const b = await org.put(`/api/party-cells/units/${cellB}/recruitment/targets/2026`, { target: 3 });
    expect(b.statusCode).toBe(400);
    expect(b.json().details[0].field).toBe('overReason');
    expect(b.json().details[0].message).toContain('(6)');
    expect(await t.db.selectFrom('recruitment_target').select('unit_id').where('unit_id', '=', cellB).execute()).toHaveLength(0);
    const flagged = await org.put(`/api/party-cells/units/${cellB}/recruitment/targets/2026`, {
      target: 3,
      overReason: 'Thôn mới sáp nhập, nguồn dồi dào',
    });
    expect(flagged.statusCode).toBe(200);
    const stale = await org.put(`/api/party-cells/units/${tree.cellA}/recruitment/targets/2026`, { target: 2, version: 7 });
    expect(stale.statusCode).toBe(409);
  });

  it('runs the pipeline in order, applies the age rule in months at the cell’s consideration, and the decision creates the membership', async () => {
    const sec = await as('secretary');
    const created = await sec.post(`/api/party-cells/cells/${tree.cellA}/candidates`, { personId: young, outstandingOn: '2025-10-01' });
    expect(created.statusCode, created.body).toBe(201);
    let c = created.json();
    expect((await lastAudit(t.db, 'recruitment_candidate', c.id))?.action).toBe('cells.candidate.create');
    const twice = await sec.post(`/api/party-cells/cells/${tree.cellA}/candidates`, { personId: young, outstandingOn: '2025-10-01' });
    expect(twice.json().details[0].field).toBe('personId');
    const skip = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'application',
      on: '2025-12-01',
    });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().details[0]).toMatchObject({ field: 'stage' });
    const early = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, { version: c.version, stage: 'course', on: '2025-09-30' });
    expect(early.json().details[0].field).toBe('on');
    for (const [stage, on] of [
      ['course', '2025-11-10'],
      ['application', '2025-12-01'],
      ['verification', '2026-01-20'],
    ]) {
      const res = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, { version: c.version, stage, on });
      expect(res.statusCode, res.body).toBe(200);
      c = res.json();
    }
    const tooYoung = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'considered',
      on: '2026-03-01',
    });
    expect(tooYoung.statusCode).toBe(400);
    expect(tooYoung.json().details[0].field).toBe('ageException');
    expect(tooYoung.json().details[0].message).toMatch(/Quy định 294-QĐ\/TW.*tuổi đời 17 năm 9 tháng, chưa đủ 18 năm/);
    const considered = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'considered',
      on: '2026-03-01',
      ageException: 'Công văn 45-CV/HU đồng ý xét trường hợp đặc biệt',
    });
    expect(considered.statusCode, considered.body).toBe(200);
    c = considered.json();
    const decided = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'decision',
      on: '2026-06-05',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    c = decided.json();
    expect(c).toMatchObject({ stage: 'decision', membershipId: expect.any(String) });
    const m = await t.db.selectFrom('party_membership').selectAll().where('id', '=', c.membershipId).executeTakeFirstOrThrow();
    expect(m).toMatchObject({
      person_id: young,
      cell_id: tree.cellA,
      joined_how: 'admission',
      admission_decision_on: '2026-06-05',
      ceremony_on: null,
    });
    expect((await lastAudit(t.db, 'party_membership', c.membershipId))?.action).toBe('cells.membership.create');
    const back = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'verification',
      on: '2026-01-21',
    });
    expect(back.json().details[0].field).toBe('stage');
    const ceremony = await sec.post(`/api/party-cells/candidates/${c.id}/stage`, {
      version: c.version,
      stage: 'ceremony',
      on: '2026-06-20',
    });
    expect(ceremony.statusCode, ceremony.body).toBe(200);
    const view = await sec.get(`/api/party-cells/cells/${tree.cellA}?asOf=2026-07-01`);
    expect(view.json().members.find((x: { personId: string }) => x.personId === young)).toMatchObject({
      status: 'probationary',
      probationEndsOn: '2027-06-20',
    });
  });

  it('shows progress at a date per unit with last year beside it, and the pipeline per stage', async () => {
    const org = await as('organising');
    const res = await org.get(`/api/party-cells/units/${partyA}/recruitment?year=2026&asOf=2026-12-31`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.rows[0]).toMatchObject({ unitId: partyA, total: true, target: 5, admitted: 1, lastYearTarget: 3 });
    expect(p.rows.find((r: { unitId: string }) => r.unitId === tree.cellA)).toMatchObject({ target: 3, admitted: 1 });
    expect(p.rows.find((r: { unitId: string }) => r.unitId === cellB)).toMatchObject({
      target: 3,
      admitted: 0,
      overReason: expect.any(String),
    });
    expect(p.split).toEqual({ allocated: 6, remaining: -1, over: true });
    expect(p.stages.find((s: { stage: string }) => s.stage === 'ceremony').count).toBe(1);
    const before = await org.get(`/api/party-cells/units/${partyA}/recruitment?year=2026&asOf=2026-06-04`);
    expect(before.json().rows[0].admitted).toBe(0);
    const list = await org.get(`/api/party-cells/units/${partyA}/candidates?pageSize=1`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ personId: young, stage: 'ceremony' }] });
  });
});

describe('upper-level cadres attending cells', () => {
  let row = { id: '', version: 0 };

  it('the committee assigns a cadre to a cell’s month (not the cell’s own secretary; 404 outside)', async () => {
    const body = { month: '2026-03', personId: cadre, post: 'Phó Chủ tịch UBND xã' };
    expect((await (await as('secretary')).post(`/api/party-cells/cells/${tree.cellA}/roster`, body)).statusCode).toBe(403);
    expect((await (await as('otherOrganising')).post(`/api/party-cells/cells/${tree.cellA}/roster`, body)).statusCode).toBe(404);
    const org = await as('organising');
    const res = await org.post(`/api/party-cells/cells/${tree.cellA}/roster`, body);
    expect(res.statusCode, res.body).toBe(201);
    row = res.json();
    expect((await lastAudit(t.db, 'cell_roster', row.id))?.action).toBe('cells.roster.assign');
    const twice = await org.post(`/api/party-cells/cells/${tree.cellA}/roster`, body);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details[0]).toMatchObject({ field: 'personId' });
  });

  it('the cadre reports; the report reaches the month’s meeting as an assigned guest', async () => {
    const sec = await as('secretary');
    const meeting = await sec.post(`/api/party-cells/cells/${tree.cellA}/meetings`, {
      kind: 'regular',
      plannedAt: '2026-03-05T19:30:00+07:00',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const noTask = await (
      await as('organising')
    ).post(`/api/party-cells/roster/${row.id}/task`, {
      version: row.version,
      title: 'Xử lý',
      leadId: lead,
      dueDate: '2027-01-30',
    });
    expect(noTask.json().details[0].field).toBe('title');
    expect(
      (await (await as('outsider')).put(`/api/party-cells/roster/${row.id}/report`, { version: row.version, attended: true, report: 'x' }))
        .statusCode,
    ).toBe(404);
    const cadreClient = await as('cadre');
    expect((await cadreClient.get('/api/party-cells/roster/mine')).json()).toHaveLength(1);
    const res = await cadreClient.put(`/api/party-cells/roster/${row.id}/report`, {
      version: row.version,
      attended: true,
      report: 'Bà con kiến nghị sửa đoạn đường liên thôn bị sạt lở.',
    });
    expect(res.statusCode, res.body).toBe(200);
    row = res.json();
    expect(row).toMatchObject({ attended: true, meetingId: meeting.json().id });
    expect((await lastAudit(t.db, 'cell_roster', row.id))?.action).toBe('cells.roster.report');
    const guests = (await sec.get(`/api/party-cells/meetings/${meeting.json().id}`)).json().guests;
    expect(guests).toEqual([expect.objectContaining({ name: 'Vũ Văn Cán', assigned: true, attended: true })]);
  });

  it('the committee turns the concern into a task in one action, and it reaches the lead’s board', async () => {
    const org = await as('organising');
    const res = await org.post(`/api/party-cells/roster/${row.id}/task`, {
      version: row.version,
      title: 'Khắc phục sạt lở đường liên thôn',
      leadId: lead,
      dueDate: '2027-01-30',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ taskTitle: 'Khắc phục sạt lở đường liên thôn', actions: { makeTask: false } });
    expect((await lastAudit(t.db, 'cell_roster', row.id))?.action).toBe('cells.roster.task');
    const board = await org.get(`/api/tasks?personId=${lead}`);
    expect(JSON.stringify(board.json())).toContain('Khắc phục sạt lở');
    const roster = await org.get(`/api/party-cells/units/${partyA}/roster?month=2026-03`);
    expect(roster.json()).toMatchObject({ total: 1, summary: { cells: 2, cellsCovered: 1, assigned: 1, attended: 1, reported: 1 } });
  });
});
