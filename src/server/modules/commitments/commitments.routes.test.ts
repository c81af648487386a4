// Commitments API on a real database: 401, 404 outside the scope (like a missing commitment), 400
// naming the field and the rule (count, due date, report window, assessment before the report,
// editing another person's commitment), 409 on a stale version, nobody approving or assessing their
// own commitment, and the whole cycle — write, return, fix, approve, report, assess — with its audit
// and the committee's lists.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { type Member, bareAccount, fields, member } from '../plans/plans.test-support.js';

let t: TestContext;
let tree: Subtree;
let cadre: Member;
let secretary: Member;
let standing: Member;
let otherStanding: Member;
let inspection: Awaited<ReturnType<typeof bareAccount>>;

// A past year: both report windows are open whatever today's date.
const YEAR = Number(todayInVietnam().slice(0, 4)) - 1;
const action = (n: number, over: Record<string, unknown> = {}) => ({
  title: `Việc làm theo Bác số ${n}`,
  evidence: 'Biên bản sinh hoạt chi bộ ghi nhận',
  dueDate: `${YEAR}-0${n}-15`,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  cadre = await member(t, tree.cellA, 'cadre', tree.cellA, { family_name: 'Lê', given_name: 'Cam' });
  secretary = await member(t, tree.cellA, 'cell_secretary', tree.cellA, { family_name: 'Phạm', given_name: 'Bí' });
  standing = await member(t, tree.communeA, 'standing', tree.communeA, { family_name: 'Trần', given_name: 'Thường' });
  otherStanding = await member(t, tree.communeB, 'standing', tree.communeB);
  inspection = await bareAccount(t, 'inspection', tree.provinceId);
});
afterAll(async () => t.close());

describe('commitments API', () => {
  let id = '';
  let version = 0;
  let actionIds: string[] = [];

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(`/api/commitments/${randomUUID()}`)).statusCode).toBe(401);
    expect((await client(t.app, null).post('/api/commitments', { year: YEAR, actions: [] })).statusCode).toBe(401);
  });

  it('offers the rules of the year before anything is written', async () => {
    const res = await cadre.api.get(`/api/commitments/mine?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year: YEAR,
      commitmentId: null,
      rules: { minActions: 2, maxActions: 3, rule: 'Quy định 366-QĐ/TW, Điều 6' },
    });
  });

  it('refuses no actions, too many, and a due date outside the year, naming the field and the rule; nothing is written', async () => {
    const none = await cadre.api.post('/api/commitments', { year: YEAR, actions: [] });
    expect(none.statusCode).toBe(400);
    expect(fields(none)).toEqual(['actions']);
    expect(none.json().details[0].message).toContain('từ 2 đến 3');
    expect(none.json().details[0].message).toContain('Quy định 366-QĐ/TW, Điều 6');
    const four = await cadre.api.post('/api/commitments', { year: YEAR, actions: [action(1), action(2), action(3), action(4)] });
    expect(four.statusCode).toBe(400);
    expect(fields(four)).toEqual(['actions']);
    const late = await cadre.api.post('/api/commitments', {
      year: YEAR,
      actions: [action(1), action(2, { dueDate: `${YEAR + 1}-01-10` })],
    });
    expect(fields(late)).toEqual(['actions.1.dueDate']);
    expect((await cadre.api.get(`/api/commitments/mine?year=${YEAR}`)).json().commitmentId).toBeNull();
  });

  it('writes a commitment with 3 actions (audited), once', async () => {
    const res = await cadre.api.post('/api/commitments', { year: YEAR, actions: [action(1), action(2), action(3)] });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    id = c.id;
    version = c.version;
    expect(c).toMatchObject({ status: 'draft', stage: 'draft', unitId: tree.cellA, author: { id: cadre.personId } });
    expect(c.actions).toHaveLength(3);
    expect(c.can).toMatchObject({ edit: true, submit: true, approve: false });
    expect((await lastAudit(t.db, 'commitment', id))?.action).toBe('commitment.create');
    const again = await cadre.api.post('/api/commitments', { year: YEAR, actions: [action(1), action(2)] });
    expect(again.statusCode).toBe(409);
  });

  it('hides the commitment outside the scope exactly like a missing one; another person cannot edit it', async () => {
    const foreign = await otherStanding.api.get(`/api/commitments/${id}`);
    const missing = await otherStanding.api.get(`/api/commitments/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await otherStanding.api.post(`/api/commitments/${id}/approve`, { version })).statusCode).toBe(404);
    // The cell's secretary reads it but writes only their own.
    const edit = await secretary.api.put(`/api/commitments/${id}`, { version, actions: [action(1), action(2)] });
    expect(edit.statusCode).toBe(403);
    expect((await inspection.api.get(`/api/commitments/${id}`)).statusCode).toBe(200);
    expect((await inspection.api.post(`/api/commitments/${id}/approve`, { version })).statusCode).toBe(403);
  });

  it('submits; the cell returns it with a comment; the author fixes it; a stale version answers 409', async () => {
    let res = await cadre.api.post(`/api/commitments/${id}/submit`, { version });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    expect((await cadre.api.put(`/api/commitments/${id}`, { version, actions: [action(1), action(2)] })).statusCode).toBe(400);
    res = await secretary.api.post(`/api/commitments/${id}/return`, { version, comment: 'Việc làm số 3 cần cụ thể hơn' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned', reviewComment: 'Việc làm số 3 cần cụ thể hơn' });
    expect((await lastAudit(t.db, 'commitment', id))?.action).toBe('commitment.return');
    const stale = await cadre.api.put(`/api/commitments/${id}`, { version, actions: [action(1), action(2), action(3)] });
    expect(stale.statusCode).toBe(409);
    version = res.json().version;
    res = await cadre.api.put(`/api/commitments/${id}`, {
      version,
      actions: [action(1), action(2), action(3, { title: 'Mỗi tháng giúp đỡ một hộ nghèo trong thôn' })],
    });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    res = await cadre.api.post(`/api/commitments/${id}/submit`, { version });
    version = res.json().version;
    expect(res.json().status).toBe('submitted');
  });

  it('nobody approves their own commitment (Quy định 366-QĐ/TW, Điều 12–13)', async () => {
    const own = await secretary.api.post('/api/commitments', { year: YEAR, actions: [action(1), action(2)] });
    const ownId = own.json().id;
    const sub = await secretary.api.post(`/api/commitments/${ownId}/submit`, { version: own.json().version });
    const res = await secretary.api.post(`/api/commitments/${ownId}/approve`, { version: sub.json().version });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('own_work.commitment');
    expect(res.json().message).toContain('Quy định 366-QĐ/TW, Điều 12–13');
    // The standing committee of the commune decides it instead.
    expect((await standing.api.post(`/api/commitments/${ownId}/approve`, { version: sub.json().version })).statusCode).toBe(200);
  });

  it('the cell approves (audited); the author reports mid-year and at year end', async () => {
    let res = await secretary.api.post(`/api/commitments/${id}/approve`, { version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', stage: 'approved', can: { assess: true } });
    expect((await lastAudit(t.db, 'commitment', id))?.action).toBe('commitment.approve');
    version = res.json().version;
    actionIds = res.json().actions.map((a: { id: string }) => a.id);
    // An assessment before the report is refused, naming the item.
    const early = await secretary.api.post(`/api/commitments/${id}/assess`, {
      version,
      assessments: [{ actionId: actionIds[0], result: 'done' }],
    });
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['assessments.0.result']);
    res = await cadre.api.post(`/api/commitments/${id}/report`, {
      version,
      stage: 'mid',
      reports: [{ actionId: actionIds[0], text: 'Đang thực hiện đúng tiến độ' }],
    });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    res = await cadre.api.post(`/api/commitments/${id}/report`, {
      version,
      stage: 'final',
      reports: actionIds.map((actionId, n) => ({ actionId, text: `Kết quả việc làm ${n + 1}` })),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().stage).toBe('reported');
    expect((await lastAudit(t.db, 'commitment', id))?.action).toBe('commitment.report');
    version = res.json().version;
    const foreign = await secretary.api.post(`/api/commitments/${id}/report`, {
      version,
      stage: 'final',
      reports: [{ actionId: actionIds[0], text: 'x' }],
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('the cell assesses each action; the outcome and the stage follow; the author cannot assess', async () => {
    const body = {
      version,
      assessments: [
        { actionId: actionIds[0], result: 'done', comment: 'Tốt' },
        { actionId: actionIds[1], result: 'partly' },
        { actionId: actionIds[2], result: 'done' },
      ],
    };
    expect((await cadre.api.post(`/api/commitments/${id}/assess`, body)).statusCode).toBe(403);
    const unknown = await secretary.api.post(`/api/commitments/${id}/assess`, {
      version,
      assessments: [{ actionId: randomUUID(), result: 'done' }],
    });
    expect(fields(unknown)).toEqual(['assessments.0.actionId']);
    const res = await secretary.api.post(`/api/commitments/${id}/assess`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'assessed', outcome: { done: 2, partly: 1, complete: true, pct: 83.33 } });
    const audit = await lastAudit(t.db, 'commitment', id);
    expect(audit?.action).toBe('commitment.assess');
    expect((await secretary.api.post(`/api/commitments/${id}/assess`, body)).statusCode).toBe(409);
  });

  it('lists who has not written and who is not assessed, for the committee; 404 outside the scope', async () => {
    const res = await standing.api.get(`/api/commitments?unitId=${tree.communeA}&year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.counts.assessed).toBe(1);
    expect(o.counts.approved).toBe(1);
    expect(o.counts.missing).toBeGreaterThanOrEqual(1);
    const mine = o.items.find((r: { person: { id: string } }) => r.person.id === cadre.personId);
    expect(mine).toMatchObject({ stage: 'assessed', actionCount: 3, outcomePct: 83.33 });
    const missing = await standing.api.get(`/api/commitments?unitId=${tree.communeA}&year=${YEAR}&stage=missing`);
    expect(missing.json().items.every((r: { stage: string }) => r.stage === 'missing')).toBe(true);
    expect(missing.json().items.some((r: { person: { id: string } }) => r.person.id === standing.personId)).toBe(true);
    expect((await otherStanding.api.get(`/api/commitments?unitId=${tree.communeA}&year=${YEAR}`)).statusCode).toBe(404);
    expect((await cadre.api.get(`/api/commitments?unitId=${tree.communeA}&year=${YEAR}`)).statusCode).toBe(403);
  });

  it('pages in SQL with the same rows as the whole list; each stage’s total is its count; the stage is the detail’s', async () => {
    const url = (q: string) => `/api/commitments?unitId=${tree.communeA}&year=${YEAR}&${q}`;
    const all = (await standing.api.get(url('pageSize=200'))).json();
    expect(all.total).toBe(Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0));
    const paged = [];
    for (let page = 1; page <= all.total + 1; page++) paged.push(...(await standing.api.get(url(`page=${page}&pageSize=1`))).json().items);
    expect(paged).toEqual(all.items);
    for (const [stage, count] of Object.entries(all.counts as Record<string, number>)) {
      const only = (await standing.api.get(url(`stage=${stage}&pageSize=200`))).json();
      expect(only.total).toBe(count);
      expect(only.items).toEqual(all.items.filter((r: { stage: string }) => r.stage === stage));
    }
    for (const r of all.items.filter((i: { commitmentId: string | null }) => i.commitmentId)) {
      expect((await standing.api.get(`/api/commitments/${r.commitmentId}`)).json().stage).toBe(r.stage);
    }
  });

  it('refuses a report before its stage opens, naming the date', async () => {
    const next = YEAR + 2;
    let res = await cadre.api.post('/api/commitments', {
      year: next,
      actions: [action(1, { dueDate: `${next}-03-01` }), action(2, { dueDate: `${next}-04-01` })],
    });
    const cid = res.json().id;
    res = await cadre.api.post(`/api/commitments/${cid}/submit`, { version: res.json().version });
    res = await secretary.api.post(`/api/commitments/${cid}/approve`, { version: res.json().version });
    const r = await cadre.api.post(`/api/commitments/${cid}/report`, {
      version: res.json().version,
      stage: 'mid',
      reports: [{ actionId: res.json().actions[0].id, text: 'Sớm' }],
    });
    expect(r.statusCode).toBe(400);
    expect(fields(r)).toEqual(['stage']);
    expect(r.json().details[0].message).toContain(`01/06/${next}`);
  });
});
