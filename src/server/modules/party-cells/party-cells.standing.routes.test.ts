// Exemption from Party work and suspension on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): 401, 404 outside the scope, 400 naming the field and the rule, the happy path with
// its audit event, and the effect: a member exempted on a meeting's day is neither flagged for the
// Charter's skipped months nor counted in that meeting's attendance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type Subtree, createAccount, createPerson, createSubtree, lastAudit } from '../../test/factories.js';

let t: TestContext;
let tree: Subtree;
let member = '';
let other = '';
let lastMeeting = '';
let accounts: Record<string, { username: string; password: string }> = {};

const as = async (who: string, lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, accounts[who].username, accounts[who].password), lang);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const secretary = await createPerson(t.db, tree.cellA, { family_name: 'Lê', given_name: 'Bí' });
  member = await createPerson(t.db, tree.cellA, { family_name: 'Phạm', given_name: 'Miễn' });
  other = await createPerson(t.db, tree.cellA, { family_name: 'Hoàng', given_name: 'Vắng' });
  accounts = {
    secretary: await createAccount(t.db, 'cell_secretary', tree.cellA, { personId: secretary }),
    organising: await createAccount(t.db, 'organising', tree.communeA),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
  };
});
afterAll(async () => t.close());

const membership = (personId: string) => ({
  personId,
  kind: 'official',
  fromOn: '2020-01-01',
  joinedHow: 'admission',
  admissionDecisionOn: '2015-05-19',
  ceremonyOn: '2015-06-01',
  fullVoteOn: '2016-06-01',
});

describe('exemption from Party work and suspension', () => {
  let id = '';
  let version = 0;

  it('answers 401 without a session and 404 outside the scope, changing nothing', async () => {
    const sec = await as('secretary');
    const res = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, membership(member));
    expect(res.statusCode, res.body).toBe(201);
    ({ id, version } = res.json());
    const body = { version, kind: 'exempt', fromOn: '2026-02-01', decisionNumber: '05-QĐ/ĐU', decisionOn: '2026-01-25' };
    expect((await client(t.app, null).post(`/api/party-cells/memberships/${id}/standing`, body)).statusCode).toBe(401);
    expect((await (await as('otherOrganising')).post(`/api/party-cells/memberships/${id}/standing`, body)).statusCode).toBe(404);
    const row = await t.db.selectFrom('party_membership').select(['exempt_from', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ exempt_from: null, version });
  });

  it('refuses bad input naming the field and the rule', async () => {
    const sec = await as('secretary');
    const url = `/api/party-cells/memberships/${id}/standing`;
    const before = await sec.post(url, { version, kind: 'exempt', fromOn: '2019-02-01', decisionNumber: 'x', decisionOn: '2019-01-01' });
    expect(before.statusCode).toBe(400);
    expect(before.json().details[0]).toMatchObject({ field: 'fromOn' });
    expect(before.json().details[0].message).toContain('nằm ngoài thời gian sinh hoạt');
    const late = await sec.post(url, { version, kind: 'exempt', fromOn: '2026-02-01', decisionNumber: 'x', decisionOn: '2026-02-02' });
    expect(late.json().details[0]).toMatchObject({ field: 'decisionOn' });
    const blank = await sec.post(url, { version, kind: 'exempt', fromOn: '2026-02-01', decisionNumber: ' ', decisionOn: '2026-01-25' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().details[0]).toMatchObject({ field: 'decisionNumber' });
    const none = await sec.post(`${url}/end`, { version, kind: 'suspended', toOn: '2026-05-01' });
    expect(none.statusCode).toBe(400);
    expect(none.json().details[0]).toMatchObject({ field: 'kind' });
    expect(none.json().details[0].message).toContain('Không có đình chỉ sinh hoạt đảng');
  });

  it('records the exemption with its decision (audited), refuses a second open one, ends it (409 when stale)', async () => {
    const sec = await as('secretary');
    const url = `/api/party-cells/memberships/${id}/standing`;
    const res = await sec.post(url, {
      version,
      kind: 'exempt',
      fromOn: '2026-02-01',
      decisionNumber: '05-QĐ/ĐU',
      decisionOn: '2026-01-25',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().standing).toEqual([
      { kind: 'exempt', fromOn: '2026-02-01', toOn: null, decision: '05-QĐ/ĐU', decisionOn: '2026-01-25', current: true },
    ]);
    expect((await lastAudit(t.db, 'party_membership', id))?.action).toBe('cells.membership.exempt');
    const again = await sec.post(url, {
      version: res.json().version,
      kind: 'exempt',
      fromOn: '2026-03-01',
      decisionNumber: 'y',
      decisionOn: '2026-03-01',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().details[0].message).toContain('miễn công tác và sinh hoạt đảng');
    const stale = await sec.post(`${url}/end`, { version, kind: 'exempt', toOn: '2026-05-01' });
    expect(stale.statusCode).toBe(409);
    const early = await sec.post(`${url}/end`, { version: res.json().version, kind: 'exempt', toOn: '2026-01-01' });
    expect(early.json().details[0]).toMatchObject({ field: 'toOn' });
    const ended = await sec.post(`${url}/end`, { version: res.json().version, kind: 'exempt', toOn: '2026-05-01' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().standing[0]).toMatchObject({ toOn: '2026-05-01' });
    expect((await lastAudit(t.db, 'party_membership', id))?.action).toBe('cells.membership.standing_end');
  });

  it('leaves the exempted months out of the Charter flag and the meeting’s attendance', async () => {
    const sec = await as('secretary');
    expect((await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, membership(other))).statusCode).toBe(201);
    // Unexcused in Feb, Mar, Apr (exempted: 01/02–01/05) → no flag for `member`; `other` skips the same 3 months → flagged.
    for (const month of ['2026-02', '2026-03', '2026-04']) {
      const m = (
        await sec.post(`/api/party-cells/cells/${tree.cellA}/meetings`, { kind: 'regular', plannedAt: `${month}-10T08:00:00+07:00` })
      ).json();
      const held = await sec.put(`/api/party-cells/meetings/${m.id}`, {
        version: m.version,
        plannedAt: `${month}-10T08:00:00+07:00`,
        place: 'Nhà văn hóa',
        topic: '',
        prepMeetingOn: null,
        agenda: '',
        startedAt: `${month}-10T08:00:00+07:00`,
        endedAt: `${month}-10T10:00:00+07:00`,
        status: 'held',
        minutes: '',
        resolution: '',
      });
      const marks = [
        { personId: member, status: 'unexcused' },
        { personId: other, status: 'unexcused' },
      ];
      const put = await sec.put(`/api/party-cells/meetings/${m.id}/attendance`, { version: held.json().version, marks });
      expect(put.statusCode, put.body).toBe(200);
      lastMeeting = m.id;
    }
    const cell = (await sec.get(`/api/party-cells/cells/${tree.cellA}?asOf=2026-07-15`)).json();
    expect(cell.flags.members.map((f: { personId: string }) => f.personId)).toEqual([other]);
    const meeting = (await sec.get(`/api/party-cells/meetings/${lastMeeting}`)).json();
    expect(meeting.expected).toBe(1);
    expect(meeting.attendance).toHaveLength(2);
    // The printed register and minutes: 401, 404 outside the scope, the files with their audit event.
    const url = `/api/party-cells/meetings/${lastMeeting}/report`;
    expect((await client(t.app, null).get(`${url}?kind=attendance`)).statusCode).toBe(401);
    expect((await (await as('otherOrganising')).get(`${url}?kind=attendance`)).statusCode).toBe(404);
    const pdf = await sec.get(`${url}?kind=minutes&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const xlsx = await sec.get(`${url}?kind=attendance&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await lastAudit(t.db, 'cell_meeting', lastMeeting))?.action).toBe('cells.report.download');
  });

  it('leaves the exempted member out of the committee dashboard’s attendance rate', async () => {
    const sec = await as('secretary');
    const third = await createPerson(t.db, tree.cellA, { family_name: 'Đỗ', given_name: 'Có Mặt' });
    expect((await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, membership(third))).statusCode).toBe(201);
    const m = (await sec.get(`/api/party-cells/meetings/${lastMeeting}`)).json();
    const marks = [
      { personId: member, status: 'unexcused' },
      { personId: other, status: 'unexcused' },
      { personId: third, status: 'present' },
    ];
    expect((await sec.put(`/api/party-cells/meetings/${lastMeeting}/attendance`, { version: m.version, marks })).statusCode).toBe(200);
    // April: `member` is exempted (not expected), `other` absent, `third` present → 1 of 2 = 50 %, not 1 of 3.
    const dash = await (await as('organising')).get(`/api/party-cells/units/${tree.communeA}/dashboard?month=2026-04&asOf=2026-07-15`);
    expect(dash.statusCode, dash.body).toBe(200);
    const row = dash.json().cells.find((c: { cellId: string }) => c.cellId === tree.cellA);
    expect(row.attendancePercent).toBe(50);
    expect(dash.json().totals.attendancePercent).toBe(50);
  });
});
