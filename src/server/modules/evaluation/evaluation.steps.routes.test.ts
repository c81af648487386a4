// The three steps endpoint by endpoint: 401 without a session, 403 for a role that never does it,
// 404 outside scope, 400 naming the field and the rule (scores out of range, steps out of order, a
// level above the gates), 409 on a stale version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let periodId: string;
const GENERAL = { politics_ideology: 6, ethics_lifestyle: 6, discipline: 6, working_style: 6, self_criticism: 6 };
const anon = () => client(ctx.app, null);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  const u = c.tree.committeeA;
  // The cadre: 5 tasks, one done late → HTT's "100% on time with quality" fails, HT's "≤ 20% late" holds.
  for (let i = 0; i < 4; i++) await insertTask(ctx.db, goodTask(u, c.people.cadre, { dueDate: '2026-08-10', completedOn: '2026-08-09' }));
  await insertTask(ctx.db, goodTask(u, c.people.cadre, { dueDate: '2026-08-10', completedOn: '2026-08-20', title: 'Việc trễ hạn' }));
  periodId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 3 });
}, 60_000);
afterAll(async () => ctx?.close());

describe('self-assessment', () => {
  it('401 / 404 / 403 / 400 (range, naming general.<code> and the rule) / 409', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const url = `/api/evaluation/${e.id}/self`;
    const body = { version: e.version, general: GENERAL, proposedLevel: 'good' };
    expect((await anon().put(url, body)).statusCode).toBe(401);
    const outsider = await evaluationOf(ctx.db, periodId, c.people.peers[0]);
    expect((await client(ctx.app, c.sessions.cadre).put(`/api/evaluation/${outsider.id}/self`, body)).statusCode).toBe(404);
    expect((await client(ctx.app, c.sessions.organising).put(url, body)).statusCode).toBe(403);
    const bad = await client(ctx.app, c.sessions.cadre).put(url, { ...body, general: { ...GENERAL, politics_ideology: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['general.politics_ideology']);
    expect(bad.json().details[0].message).toContain('từ 0 đến 6');
    expect(bad.json().details[0].message).toContain('Quy định 366-QĐ/TW');
    const unknown = await client(ctx.app, c.sessions.cadre).put(url, { ...body, general: { nope: 1 } });
    expect(fields(unknown)).toEqual(['general.nope']);
    expect((await client(ctx.app, c.sessions.cadre).put(url, { ...body, version: e.version + 5 })).statusCode).toBe(409);
    expect(
      (await ctx.db.selectFrom('evaluation').select('self_general').where('id', '=', e.id).executeTakeFirstOrThrow()).self_general,
    ).toBeNull();
  });

  it('submit needs every general criterion and a proposed level', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const api = client(ctx.app, c.sessions.cadre);
    expect((await anon().post(`/api/evaluation/${e.id}/self/submit`, { version: e.version })).statusCode).toBe(401);
    const partial = await api.put(`/api/evaluation/${e.id}/self`, { version: e.version, general: { politics_ideology: 5 } });
    expect(partial.statusCode, partial.body).toBe(200);
    const refused = await api.post(`/api/evaluation/${e.id}/self/submit`, { version: partial.json().version });
    expect(refused.statusCode).toBe(400);
    expect(fields(refused)).toEqual([
      'general.ethics_lifestyle',
      'general.discipline',
      'general.working_style',
      'general.self_criticism',
      'proposedLevel',
    ]);
    expect((await api.post(`/api/evaluation/${e.id}/self/submit`, { version: 0 })).statusCode).toBe(400);
    expect((await api.post(`/api/evaluation/${e.id}/self/submit`, { version: partial.json().version + 3 })).statusCode).toBe(409);
    const peer = await evaluationOf(ctx.db, periodId, c.people.peers[3]);
    expect((await api.post(`/api/evaluation/${peer.id}/self/submit`, { version: peer.version })).statusCode).toBe(404);
  });
});

describe('appraisal', () => {
  it('is refused before the self-assessment (step order) unless marked missing; 401/403/404', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.peers[1]);
    const url = `/api/evaluation/${e.id}/appraisal`;
    const body = { version: e.version, score: 75, level: 'good' };
    expect((await anon().put(url, body)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.cadre).put(url, body)).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.standing).put(url, body)).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherOrganising).put(url, body)).statusCode).toBe(404);
    const early = await client(ctx.app, c.sessions.organising).put(url, body);
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['status']);
    expect(early.json().details[0].message).toContain('Chờ tự đánh giá');
    // Without task evidence nothing is computed: a score must be given, never a silent 0.
    const noScore = await client(ctx.app, c.sessions.organising).put(url, { version: e.version, level: 'good', selfMissing: true });
    expect(fields(noScore)).toEqual(['score']);
    expect((await client(ctx.app, c.sessions.organising).put(url, { ...body, version: e.version + 1, selfMissing: true })).statusCode).toBe(
      409,
    );
    const ok = await client(ctx.app, c.sessions.organising).put(url, { ...body, selfMissing: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'appraised', self: { missing: true, score: null }, appraisal: { score: 75, level: 'good' } });
  });

  it('a level above what the gates allow → 400 naming level and the failed condition with its rule', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const api = client(ctx.app, c.sessions.cadre);
    const saved = await api.put(`/api/evaluation/${e.id}/self`, { version: e.version, general: GENERAL, proposedLevel: 'excellent' });
    const sub = await api.post(`/api/evaluation/${e.id}/self/submit`, { version: saved.json().version });
    expect(sub.statusCode, sub.body).toBe(200);
    // 30 + 70 × (100 + 100 + 95) / 300 = 98.83: the band says HTXS, the late task allows HT at most.
    expect(sub.json().self.score).toBe(98.83);
    expect(sub.json().gate).toMatchObject({ level: 'completed', bandLevel: 'excellent' });
    const org = client(ctx.app, c.sessions.organising);
    const refused = await org.put(`/api/evaluation/${e.id}/appraisal`, { version: sub.json().version, level: 'good' });
    expect(refused.statusCode).toBe(400);
    expect(fields(refused).every((f: string) => f === 'level')).toBe(true);
    const text = refused
      .json()
      .details.map((d: { message: string }) => d.message)
      .join(' ');
    expect(text).toContain('Hoàn thành tốt');
    expect(text).toContain('đúng tiến độ');
    expect(text).toContain('Quy định 366-QĐ/TW, Điều 11');
    const ok = await org.put(`/api/evaluation/${e.id}/appraisal`, {
      version: sub.json().version,
      level: 'completed',
      comment: 'Còn một việc trễ hạn',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().appraisal).toMatchObject({ score: 98.83, level: 'completed' });
  });
});

describe('decision', () => {
  it('401 / 403 / 404 / 400 step order / 409', async () => {
    const pending = await evaluationOf(ctx.db, periodId, c.people.peers[2]);
    const body = { version: pending.version, score: 80, level: 'good' };
    expect((await anon().put(`/api/evaluation/${pending.id}/decision`, body)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.organising).put(`/api/evaluation/${pending.id}/decision`, body)).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherStanding).put(`/api/evaluation/${pending.id}/decision`, body)).statusCode).toBe(404);
    const early = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${pending.id}/decision`, body);
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['status']);
    const appraised = await evaluationOf(ctx.db, periodId, c.people.peers[1]);
    expect(
      (
        await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${appraised.id}/decision`, {
          ...body,
          version: appraised.version - 1,
        })
      ).statusCode,
    ).toBe(409);
    // One HTXS alone: 0 HTT decided in the group → cap 0 (the quota at a single decision).
    const quota = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${appraised.id}/decision`, {
      version: appraised.version,
      score: 95,
      level: 'excellent',
      reason: 'Xuất sắc',
    });
    expect(quota.statusCode).toBe(400);
    expect(fields(quota)).toContain('level');
    const ok = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${appraised.id}/decision`, {
      version: appraised.version,
      score: 75,
      level: 'good',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${appraised.id}/decision`, {
      version: ok.json().version,
      score: 75,
      level: 'good',
    });
    expect(fields(again)).toEqual(['status']);
  });

  it('cancel-decision: 401 / 400 (reason, step order)', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.peers[2]);
    expect((await anon().post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' })).statusCode).toBe(401);
    expect(
      fields(await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version })),
    ).toEqual(['reason']);
    expect(
      fields(
        await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' }),
      ),
    ).toEqual(['status']);
    expect(
      (await client(ctx.app, c.sessions.otherStanding).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await client(ctx.app, c.sessions.cadre).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('decision sets: 401 / 403 / 404 / 400 (not in the group, empty)', async () => {
    const url = `/api/evaluation/periods/${periodId}/decisions`;
    const leader = await evaluationOf(ctx.db, periodId, c.people.leader);
    const body = {
      unitId: c.tree.committeeA,
      cadreGroup: 'staff',
      items: [{ evaluationId: leader.id, version: leader.version, level: 'good', score: 80 }],
    };
    expect((await anon().post(url, body)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.organising).post(url, body)).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherStanding).post(url, body)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.standing).post(url, body))).toEqual(['items.0.evaluationId']);
    expect(fields(await client(ctx.app, c.sessions.standing).post(url, { ...body, items: [] }))).toEqual(['items']);
  });
});

describe('quota and publication', () => {
  it('quota exceptions: 401 / 403 / 404 / 400 above 25% / 409 twice', async () => {
    const url = `/api/evaluation/periods/${periodId}/quota-exceptions`;
    const body = { unitId: c.tree.committeeA, cadreGroup: 'staff', percent: 25, reason: 'Thành tích nổi bật' };
    expect((await anon().post(url, body)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.organising).post(url, body)).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherStanding).post(url, body)).statusCode).toBe(404);
    const high = await client(ctx.app, c.sessions.standing).post(url, { ...body, percent: 30 });
    expect(fields(high)).toEqual(['percent']);
    expect(high.json().details[0].message).toContain('25%');
    expect(fields(await client(ctx.app, c.sessions.standing).post(url, { ...body, cadreGroup: 'khong_co' }))).toEqual(['cadreGroup']);
    expect((await client(ctx.app, c.sessions.standing).post(url, body)).statusCode).toBe(201);
    expect((await client(ctx.app, c.sessions.standing).post(url, body)).statusCode).toBe(409);
  });

  it('quota view: 401 / 404 / 400', async () => {
    const url = `/api/evaluation/periods/${periodId}/quota?unitId=${c.tree.committeeA}&cadreGroup=staff`;
    expect((await anon().get(url)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.otherStanding).get(url)).statusCode).toBe(404);
    expect(
      fields(await client(ctx.app, c.sessions.standing).get(`/api/evaluation/periods/${periodId}/quota?unitId=${c.tree.committeeA}`)),
    ).toEqual(['cadreGroup']);
    const ok = await client(ctx.app, c.sessions.inspection).get(url);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ pct: 25, exception: { percent: 25 }, decided: { good: 1 } });
  });

  it('publish: 401 / 403 / 404; the list shows the peer group to managers only', async () => {
    const url = `/api/evaluation/periods/${periodId}/publish`;
    expect((await anon().post(url, {})).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.organising).post(url, {})).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherStanding).post(url, { unitId: c.tree.committeeA })).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.standing).post(url, { unitId: 'x' }))).toEqual(['unitId']);
    const list = `/api/evaluation/periods/${periodId}/evaluations`;
    expect((await anon().get(list)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.cadre).get(list)).statusCode).toBe(404);
    expect((await client(ctx.app, c.sessions.otherOrganising).get(list)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.organising).get(`${list}?status=nope`))).toEqual(['status']);
    const decided = await client(ctx.app, c.sessions.organising).get(`${list}?status=decided`);
    expect(decided.json().items.map((i: { subject: { personId: string } }) => i.subject.personId)).toEqual([c.people.peers[1]]);
  });
});

describe('reading', () => {
  it('GET /mine, /:id, /:id/evidence: 401 / 404 / 400', async () => {
    expect((await anon().get(`/api/evaluation/mine?periodId=${periodId}`)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.organising).get(`/api/evaluation/mine?periodId=${periodId}`)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.cadre).get('/api/evaluation/mine?periodId=abc'))).toEqual(['periodId']);
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    expect((await anon().get(`/api/evaluation/${e.id}`)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.otherStanding).get(`/api/evaluation/${e.id}`)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.cadre).get('/api/evaluation/not-an-id'))).toEqual(['id']);
    expect((await anon().get(`/api/evaluation/${e.id}/evidence`)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.otherOrganising).get(`/api/evaluation/${e.id}/evidence`)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${e.id}/evidence?metric=nope`))).toEqual(['metric']);
    const late = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${e.id}/evidence?metric=late`);
    expect(late.json().items.map((t: { title: string }) => t.title)).toEqual(['Việc trễ hạn']);
    expect(late.json().items[0]).toMatchObject({ late: true, dueDate: '2026-08-10', completedOn: '2026-08-20' });
  });
});
