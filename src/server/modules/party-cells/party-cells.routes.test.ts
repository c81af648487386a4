// Party-cells API on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): 401, 404 outside
// the scope exactly like a missing cell, 400 naming the field and the rule (age, one official cell,
// probation, attendance of a non-member, dues before the membership), 409 on a stale version, the
// happy path with its audit, the resolution's task on the member's board, the Charter's flag after a
// third unexcused month, the committee's dashboard and the member's own cell.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type Subtree, createAccount, createPerson, createSubtree, createUnit, lastAudit } from '../../test/factories.js';

let t: TestContext;
let tree: Subtree;
let cellB = '';
let secretaryPerson = '';
let memberA = '';
let memberB = '';
let probationer = '';
let accounts: Record<string, { username: string; password: string }> = {};

const as = async (who: string, lang: 'vi' | 'en' = 'vi') => {
  const a = accounts[who];
  if (!a) throw new Error(`no account ${who}`);
  return client(t.app, await signIn(t.app, a.username, a.password), lang);
};

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const party = (await t.db.selectFrom('org_unit_link').select('parent_id').where('child_id', '=', tree.cellA).executeTakeFirstOrThrow())
    .parent_id;
  cellB = await createUnit(t.db, { kind: 'party_cell', name: `Chi bộ thôn Tây ${tree.suffix}`, parentId: party });
  secretaryPerson = await createPerson(t.db, tree.cellA, { family_name: 'Lê', middle_name: 'Thị', given_name: 'Bí', gender: 'female' });
  memberA = await createPerson(t.db, tree.cellA, { family_name: 'Phạm', middle_name: 'Văn', given_name: 'Một' });
  memberB = await createPerson(t.db, tree.cellA, { family_name: 'Hoàng', middle_name: 'Văn', given_name: 'Hai' });
  probationer = await createPerson(t.db, tree.cellA, {
    family_name: 'Đỗ',
    middle_name: 'Thị',
    given_name: 'Ba',
    date_of_birth: '2000-04-02',
  });
  accounts = {
    secretary: await createAccount(t.db, 'cell_secretary', tree.cellA, { personId: secretaryPerson }),
    organising: await createAccount(t.db, 'organising', tree.communeA),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
    inspection: await createAccount(t.db, 'inspection', tree.provinceId),
    member: await createAccount(t.db, 'cadre', tree.communeA, { personId: memberA }),
    outsider: await createAccount(t.db, 'cadre', tree.communeB, { personId: await createPerson(t.db, tree.communeB) }),
  };
});
afterAll(async () => t.close());

const full = (personId: string) => ({
  personId,
  kind: 'official',
  fromOn: '2020-01-01',
  joinedHow: 'admission',
  admissionDecisionOn: '2015-05-19',
  ceremonyOn: '2015-06-01',
  fullVoteOn: '2016-06-01',
  fullDecisionOn: '2016-06-15',
});

describe('party-cells API', () => {
  let meetingId = '';
  let version = 0;

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(`/api/party-cells/cells/${tree.cellA}`)).statusCode).toBe(401);
  });

  it('records the members (audited), and refuses a second official cell naming the rule', async () => {
    const sec = await as('secretary');
    for (const p of [secretaryPerson, memberA, memberB]) {
      const res = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, full(p));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ status: 'full', partyAgeYears: expect.any(Number) });
      expect((await lastAudit(t.db, 'party_membership', res.json().id))?.action).toBe('cells.membership.create');
    }
    const org = await as('organising');
    const twice = await org.post(`/api/party-cells/cells/${cellB}/memberships`, { ...full(memberA), fromOn: '2026-01-01' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details[0].field).toBe('personId');
    expect(twice.json().details[0].message).toContain('Điều lệ Đảng');
    expect(await t.db.selectFrom('party_membership').select('id').where('cell_id', '=', cellB).execute()).toHaveLength(0);
  });

  it('applies the admission age rule (in months) unless an exception is recorded', async () => {
    const sec = await as('secretary', 'en');
    const young = await createPerson(t.db, tree.cellA, { date_of_birth: '2008-06-01', given_name: 'Trẻ' });
    const body = {
      personId: young,
      kind: 'official',
      fromOn: '2026-03-01',
      joinedHow: 'admission',
      admissionDecisionOn: '2026-03-01',
      ceremonyOn: '2026-03-10',
    };
    const refused = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0]).toMatchObject({ field: 'admissionDecisionOn' });
    expect(refused.json().details[0].message).toMatch(/tuổi đời 17 năm 9 tháng, chưa đủ 18 năm/);
    const ok = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, {
      ...body,
      ageException: 'Quyết định số 12-QĐ/TU cho phép',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().ageException).toContain('12-QĐ/TU');
  });

  it('refuses the full-membership vote before 12 months, then records it (409 on a stale version)', async () => {
    const sec = await as('secretary');
    const res = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, {
      personId: probationer,
      kind: 'official',
      fromOn: '2025-12-01',
      joinedHow: 'admission',
      admissionDecisionOn: '2025-11-20',
      ceremonyOn: '2025-12-01',
    });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({ status: 'probationary', probationEndsOn: '2026-12-01' });
    const early = await sec.post(`/api/party-cells/memberships/${m.id}/full`, { version: m.version, voteOn: '2026-11-30' });
    expect(early.statusCode).toBe(400);
    expect(early.json().details[0].field).toBe('voteOn');
    expect(early.json().details[0].message).toContain('01/12/2026');
    const stale = await sec.post(`/api/party-cells/memberships/${m.id}/full`, { version: m.version + 1, voteOn: '2026-12-01' });
    expect(stale.statusCode).toBe(409);
    const done = await sec.post(`/api/party-cells/memberships/${m.id}/full`, { version: m.version, voteOn: '2026-12-01' });
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('full');
    expect((await lastAudit(t.db, 'party_membership', m.id))?.action).toBe('cells.membership.full');
  });

  it('hides the cell outside the scope exactly like a missing one; a reader cannot manage', async () => {
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/party-cells/cells/${tree.cellA}`);
    const missing = await other.get(`/api/party-cells/cells/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(
      (await other.post(`/api/party-cells/cells/${tree.cellA}/meetings`, { kind: 'regular', plannedAt: '2026-01-10T08:00:00+07:00' }))
        .statusCode,
    ).toBe(404);
    const insp = await as('inspection');
    expect((await insp.get(`/api/party-cells/cells/${tree.cellA}`)).json().actions.manage).toBe(false);
    expect(
      (await insp.post(`/api/party-cells/cells/${tree.cellA}/meetings`, { kind: 'regular', plannedAt: '2026-01-10T08:00:00+07:00' }))
        .statusCode,
    ).toBe(403);
    // The secretary of one cell does not see the next cell.
    expect((await (await as('secretary')).get(`/api/party-cells/cells/${cellB}`)).statusCode).toBe(404);
  });

  it('schedules the month’s meeting, posts the documents, takes attendance (a non-member refused)', async () => {
    const sec = await as('secretary');
    const created = await sec.post(`/api/party-cells/cells/${tree.cellA}/meetings`, {
      kind: 'regular',
      plannedAt: '2026-01-10T08:00:00+07:00',
      place: 'Nhà văn hóa thôn',
      topic: 'Sinh hoạt thường kỳ tháng 01/2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    meetingId = created.json().id;
    version = created.json().version;
    expect((await lastAudit(t.db, 'cell_meeting', meetingId))?.action).toBe('cells.meeting.create');
    const again = await sec.post(`/api/party-cells/cells/${tree.cellA}/meetings`, {
      kind: 'regular',
      plannedAt: '2026-01-20T08:00:00+07:00',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().details[0].field).toBe('plannedAt');

    const docs = await sec.post(`/api/party-cells/meetings/${meetingId}/documents`, { version, documents: 'Dự thảo nghị quyết tháng 01' });
    expect(docs.statusCode).toBe(200);
    version = docs.json().version;
    // Posted now, for a meeting long past: the documents came after the meeting and are flagged.
    expect(docs.json().flags.map((f: { code: string }) => f.code)).toContain('cells.meeting.documents_late');

    const stranger = await createPerson(t.db, tree.cellA, { given_name: 'Lạ' });
    const bad = await sec.put(`/api/party-cells/meetings/${meetingId}/attendance`, {
      version,
      marks: [
        { personId: memberA, status: 'present' },
        { personId: stranger, status: 'present' },
        { personId: memberB, status: 'excused' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { field: string }) => d.field)).toEqual(['marks.1.personId', 'marks.2.reason']);
    expect(bad.json().details[0].message).toContain('không sinh hoạt tại chi bộ');
    expect(await t.db.selectFrom('cell_attendance').select('person_id').where('meeting_id', '=', meetingId).execute()).toHaveLength(0);

    const ok = await sec.put(`/api/party-cells/meetings/${meetingId}/attendance`, {
      version,
      marks: [
        { personId: secretaryPerson, status: 'present' },
        { personId: memberA, status: 'present' },
        { personId: memberB, status: 'unexcused' },
        { personId: probationer, status: 'present' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ present: 3 });
    expect(ok.json().quality.quality).toBe(false);
    expect((await lastAudit(t.db, 'cell_meeting', meetingId))?.action).toBe('cells.meeting.attendance');
    const stale = await sec.put(`/api/party-cells/meetings/${meetingId}/attendance`, { version, marks: [] });
    expect(stale.statusCode).toBe(409);
    version = ok.json().version;
  });

  it('records the meeting as held with its resolution; the resolution’s task reaches the member', async () => {
    const sec = await as('secretary');
    const cur = (await sec.get(`/api/party-cells/meetings/${meetingId}`)).json();
    const short = await sec.put(`/api/party-cells/meetings/${meetingId}`, {
      version,
      plannedAt: cur.plannedAt,
      place: cur.place,
      topic: cur.topic,
      prepMeetingOn: '2026-01-05',
      agenda: cur.agenda,
      startedAt: '2026-01-10T08:00:00+07:00',
      endedAt: '2026-01-10T09:15:00+07:00',
      status: 'held',
      minutes: 'Biên bản',
      resolution: 'Nghị quyết tháng 01: vận động hội viên làm đường.',
    });
    expect(short.statusCode, short.body).toBe(200);
    const tooShort = short.json().flags.find((f: { code: string }) => f.code === 'cells.meeting.too_short');
    expect(tooShort.message).toContain('75 phút');
    expect(tooShort.rule).toContain('Hướng dẫn 42-HD/BTCTW');
    version = short.json().version;

    const outsider = await sec.post(`/api/party-cells/meetings/${meetingId}/tasks`, {
      version,
      title: 'Vận động làm đường',
      leadId: await createPerson(t.db, tree.communeA),
      dueDate: '2027-01-31',
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().details[0].field).toBe('leadId');
    const task = await sec.post(`/api/party-cells/meetings/${meetingId}/tasks`, {
      version,
      title: 'Vận động làm đường',
      leadId: memberA,
      dueDate: '2027-01-31',
    });
    expect(task.statusCode, task.body).toBe(200);
    expect(task.json().tasks).toHaveLength(1);
    const board = await (await as('member')).get(`/api/tasks?personId=${memberA}`);
    expect(board.statusCode).toBe(200);
    expect(JSON.stringify(board.json())).toContain('Vận động làm đường');
  });

  it('flags a member after a third unexcused month (non-consecutive) and shows it to the committee', async () => {
    const sec = await as('secretary');
    for (const [month, day] of [
      ['2026-03', '08'],
      ['2026-06', '09'],
    ] as const) {
      const m = (
        await sec.post(`/api/party-cells/cells/${tree.cellA}/meetings`, { kind: 'combined', plannedAt: `${month}-${day}T08:00:00+07:00` })
      ).json();
      const held = await sec.put(`/api/party-cells/meetings/${m.id}`, {
        version: m.version,
        plannedAt: m.plannedAt,
        place: '',
        topic: '',
        prepMeetingOn: null,
        agenda: '',
        startedAt: `${month}-${day}T08:00:00+07:00`,
        endedAt: `${month}-${day}T10:00:00+07:00`,
        status: 'held',
        minutes: '',
        resolution: '',
      });
      const marks = [
        { personId: secretaryPerson, status: 'present' },
        { personId: memberA, status: 'present' },
        { personId: memberB, status: 'unexcused' },
      ];
      expect((await sec.put(`/api/party-cells/meetings/${m.id}/attendance`, { version: held.json().version, marks })).statusCode).toBe(200);
    }
    const cell = (await sec.get(`/api/party-cells/cells/${tree.cellA}?asOf=2026-07-15`)).json();
    expect(cell.flags.members).toHaveLength(1);
    expect(cell.flags.members[0]).toMatchObject({ personId: memberB, skippedMonths: ['2026-01', '2026-03', '2026-06'] });
    expect(cell.flags.members[0].finding.message).toContain('01/2026, 03/2026, 06/2026');
    // Only the clause with months in it is said: no dues were unpaid, so no "không đóng đảng phí 0 tháng (—)".
    expect(cell.flags.members[0].finding.message).not.toMatch(/0 tháng|\(—\)/);
    expect(cell.flags.cadence.map((f: { message: string }) => f.message).join(' ')).toContain('tháng 02/2026');

    const dash = await (await as('organising')).get(`/api/party-cells/units/${tree.communeA}/dashboard?month=2026-06&asOf=2026-07-15`);
    expect(dash.statusCode).toBe(200);
    const d = dash.json();
    expect(d.totals).toMatchObject({ cells: 2, regularHeld: 1, themedHeldInQuarter: 1, memberFlags: 1 });
    expect(d.flagged[0]).toMatchObject({ personId: memberB, cellId: tree.cellA });
    expect((await (await as('otherOrganising')).get(`/api/party-cells/units/${tree.communeA}/dashboard`)).statusCode).toBe(404);
  });

  it('records dues, never for a month before the membership', async () => {
    const sec = await as('secretary');
    const before = await sec.put(`/api/party-cells/cells/${tree.cellA}/dues`, {
      month: '2025-11',
      entries: [{ personId: probationer, amount: 5000, status: 'paid', paidOn: '2025-11-05' }],
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().details[0]).toMatchObject({ field: 'entries.0.personId' });
    expect(before.json().details[0].message).toContain('01/12/2025');
    const ok = await sec.put(`/api/party-cells/cells/${tree.cellA}/dues`, {
      month: '2026-06',
      entries: [
        { personId: memberA, amount: 10000, status: 'paid', paidOn: '2026-06-09' },
        { personId: memberB, amount: 10000, status: 'unpaid' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ collected: 10000, paid: 1, unpaid: 1 });
    expect((await lastAudit(t.db, 'party_dues', `${tree.cellA}:2026-06`))?.action).toBe('cells.dues.record');
  });

  it('lets a member read their own cell’s meetings and documents on their phone, and nobody else’s', async () => {
    const me = await (await as('member')).get('/api/party-cells/mine');
    expect(me.statusCode).toBe(200);
    const jan = me.json().meetings.find((m: { id: string }) => m.id === meetingId);
    expect(jan).toMatchObject({ documents: 'Dự thảo nghị quyết tháng 01', myStatus: 'present' });
    expect(jan.resolution).toContain('Nghị quyết');
    const meeting = await (await as('member')).get(`/api/party-cells/meetings/${meetingId}`);
    expect(meeting.statusCode).toBe(200);
    expect(meeting.json().attendance).toHaveLength(1);
    expect((await (await as('outsider')).get(`/api/party-cells/meetings/${meetingId}`)).statusCode).toBe(404);
    const timeline = await (await as('organising')).get(`/api/party-cells/people/${memberA}/timeline`);
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json().memberships).toHaveLength(1);
    expect((await (await as('otherOrganising')).get(`/api/party-cells/people/${memberA}/timeline`)).statusCode).toBe(404);
  });
});
