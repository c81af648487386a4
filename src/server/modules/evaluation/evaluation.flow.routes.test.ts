// The whole flow on a commune: a quarter is opened; the cadre self-assesses and sees the tasks
// behind the results score; the organising body appraises; the standing committee decides, is
// refused when the quota is broken, fixes it (a granted exception), and publishes; the cadre sees
// the result — with what each of them may see at each step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from '../../test/factories.js';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let periodId: string;
const GENERAL = { politics_ideology: 6, ethics_lifestyle: 6, discipline: 6, working_style: 6, self_criticism: 6 };

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  const u = c.tree.committeeA;
  await insertTask(ctx.db, goodTask(u, c.people.cadre, { title: 'Báo cáo quý I', exceeded: true }));
  await insertTask(ctx.db, goodTask(u, c.people.cadre, { title: 'Rà soát hồ sơ' }));
  await insertTask(ctx.db, goodTask(u, c.people.cadre, { title: 'Tiếp dân', role: 'support' }));
  await insertTask(ctx.db, goodTask(u, c.people.cadre, { title: 'Nhiệm vụ đã hủy', status: 'cancelled', completedOn: null }));
  periodId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
}, 60_000);
afterAll(async () => ctx?.close());

describe('evaluation flow', () => {
  it('opens the quarter: one evaluation per person and collective, audited, with counts', async () => {
    const detail = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/periods/${periodId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const d = detail.json();
    expect(d).toMatchObject({
      kind: 'quarter',
      number: 1,
      year: 2026,
      startDate: '2026-01-01',
      endDate: '2026-03-31',
      status: 'open',
      label: 'Quý I/2026',
    });
    // 8 people (cadre, 5 peers, new member, leader) + 2 task placeholders of the support task + 3 collectives (Đảng bộ, chi bộ, UBND).
    expect(d.counts.byStatus.excluded).toBe(1);
    expect(d.counts.total).toBeGreaterThanOrEqual(11);
    const audit = await lastAudit(ctx.db, 'evaluation_period', periodId);
    expect(audit).toMatchObject({ action: 'evaluation.period_open', unit_id: c.tree.communeA });
    const setIds = await ctx.db.selectFrom('evaluation').select('criteria_set_id').distinct().where('period_id', '=', periodId).execute();
    const frozen = await ctx.db
      .selectFrom('criteria_set')
      .select('frozen_at')
      .where(
        'id',
        'in',
        setIds.map((s) => s.criteria_set_id),
      )
      .execute();
    expect(frozen.every((s) => s.frozen_at !== null)).toBe(true);
  });

  it('the cadre sees the results part computed from their tasks and the tasks behind each number', async () => {
    const mine = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${periodId}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const m = mine.json();
    expect(m.status).toBe('self_pending');
    expect(m.results.tasks).toMatchObject({
      assigned: 3,
      done: 3,
      doneOnTime: 3,
      exceeded: 1,
      quantityPct: 100,
      qualityPct: 100,
      progressPct: 100,
    });
    expect(m.results.score).toBe(70);
    expect(m.results.items.find((i: { code: string }) => i.code === 'tasks')).toMatchObject({ points: 70, basis: 'tasks' });
    expect(m.criteriaSet.criteria.filter((x: { part: string }) => x.part === 'general')).toHaveLength(5);
    expect(m.appraisal).toBeNull();
    expect(m.decision).toBeNull();
    expect(m.history).toEqual([]);
    const ev = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${m.id}/evidence?metric=assigned`);
    expect(ev.statusCode, ev.body).toBe(200);
    expect(
      ev
        .json()
        .items.map((t: { title: string }) => t.title)
        .sort(),
    ).toEqual(['Báo cáo quý I', 'Rà soát hồ sơ', 'Tiếp dân']);
    const exceeded = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${m.id}/evidence?metric=exceeded`);
    expect(exceeded.json().items).toHaveLength(1);
    expect(exceeded.json().items[0]).toMatchObject({ title: 'Báo cáo quý I', exceeded: true, late: false });
  });

  it('the cadre scores the general part, proposes a level and submits (audited); the appraisal then starts', async () => {
    const api = client(ctx.app, c.sessions.cadre);
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const saved = await api.put(`/api/evaluation/${e.id}/self`, {
      version: e.version,
      general: GENERAL,
      comment: 'Hoàn thành tốt các việc được giao',
      proposedLevel: 'excellent',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().self).toMatchObject({ score: 100, level: 'excellent', submitted: false });
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({
      action: 'evaluation.self',
      person_id: c.people.cadre,
      unit_id: c.tree.committeeA,
    });
    const submitted = await api.post(`/api/evaluation/${e.id}/self/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'self_submitted', self: { submitted: true, score: 100 } });
    expect(submitted.json().gate.level).toBe('excellent');
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({ action: 'evaluation.self_submit', person_id: c.people.cadre });
    // Locked once submitted.
    const again = await api.put(`/api/evaluation/${e.id}/self`, {
      version: submitted.json().version,
      general: GENERAL,
      proposedLevel: 'good',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().details[0].field).toBe('status');
  });

  it('the organising body appraises; the cadre does not see the appraisal before the decision', async () => {
    const org = client(ctx.app, c.sessions.organising);
    const list = await org.get(`/api/evaluation/periods/${periodId}/evaluations?cadreGroup=staff&unitId=${c.tree.committeeA}`);
    expect(list.statusCode, list.body).toBe(200);
    const row = list.json().items.find((i: { subject: { personId: string } }) => i.subject.personId === c.people.cadre);
    expect(row).toMatchObject({
      status: 'self_submitted',
      resultsScore: 70,
      proposedLevel: 'excellent',
      self: { score: 100, level: 'excellent', submitted: true },
    });
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const res = await org.put(`/api/evaluation/${e.id}/appraisal`, { version: e.version, level: 'excellent', comment: 'Đề nghị HTXS' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().appraisal).toMatchObject({ score: 100, level: 'excellent' });
    expect(res.json().gate.checks.length).toBeGreaterThan(5);
    expect(res.json().history.map((h: { step: string }) => h.step)).toEqual(['self', 'appraisal']);
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({
      action: 'evaluation.appraise',
      person_id: c.people.cadre,
      unit_id: c.tree.committeeA,
    });
    const mine = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${e.id}`);
    expect(mine.json().appraisal).toBeNull();
    expect(mine.json().history).toEqual([]);
    // The peers never self-assessed: the appraisal goes on with the self-assessment marked missing.
    for (const p of c.people.peers.slice(0, 4)) {
      const pe = await evaluationOf(ctx.db, periodId, p);
      const r = await org.put(`/api/evaluation/${pe.id}/appraisal`, { version: pe.version, score: 80, level: 'good', selfMissing: true });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().self).toMatchObject({ missing: true, submitted: false, score: null });
    }
  });

  it('the standing committee is refused a decision set that breaks the quota, then granted an exception it passes', async () => {
    const std = client(ctx.app, c.sessions.standing);
    const ids = [c.people.cadre, ...c.people.peers.slice(0, 4)];
    const items = [];
    for (const p of ids) {
      const e = await evaluationOf(ctx.db, periodId, p);
      items.push({ evaluationId: e.id, version: e.version, level: e.appraisal_level, score: Number(e.appraisal_score) });
    }
    const body = { unitId: c.tree.committeeA, cadreGroup: 'staff', items };
    const quota = await std.get(`/api/evaluation/periods/${periodId}/quota?unitId=${c.tree.committeeA}&cadreGroup=staff`);
    expect(quota.json()).toMatchObject({ excellent: 1, good: 4, cap: 0, ok: false, mustRateDown: 1, pct: 20 });
    const refused = await std.post(`/api/evaluation/periods/${periodId}/decisions`, body);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().details[0].field).toBe('items');
    expect(refused.json().details[0].message).toContain('Quy định 366-QĐ/TW');
    expect(refused.json().details[0].message).toContain('1 Hoàn thành xuất sắc trên 4 Hoàn thành tốt');
    expect((await evaluationOf(ctx.db, periodId, c.people.cadre)).status).toBe('appraised');

    const ex = await std.post(`/api/evaluation/periods/${periodId}/quota-exceptions`, {
      unitId: c.tree.committeeA,
      cadreGroup: 'staff',
      percent: 25,
      reason: 'Thành tích nổi bật trong quý',
    });
    expect(ex.statusCode, ex.body).toBe(201);
    expect(await lastAudit(ctx.db, 'quota_exception', ex.json().id)).toMatchObject({
      action: 'evaluation.quota_exception',
      unit_id: c.tree.committeeA,
    });
    const ok = await std.post(`/api/evaluation/periods/${periodId}/decisions`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ decided: 5, quota: { excellent: 1, good: 4, cap: 1, ok: true, pct: 25 } });
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    expect(e).toMatchObject({ status: 'decided', decision_level: 'excellent' });
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({
      action: 'evaluation.decide_set',
      person_id: c.people.cadre,
      unit_id: c.tree.committeeA,
    });
    // Decided, not yet published: the cadre still sees neither the decision nor the appraisal.
    const mine = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${periodId}`);
    expect(mine.json()).toMatchObject({ status: 'decided', decision: null, appraisal: null });
  });

  it('publishes; the cadre sees the decision and is notified', async () => {
    const res = await client(ctx.app, c.sessions.standing).post(`/api/evaluation/periods/${periodId}/publish`, {
      unitId: c.tree.committeeA,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().published).toBe(5);
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({ action: 'evaluation.publish', person_id: c.people.cadre });
    const mine = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${periodId}`);
    expect(mine.json()).toMatchObject({
      status: 'published',
      decision: { level: 'excellent', score: 100 },
      appraisal: { level: 'excellent' },
    });
    const notes = await client(ctx.app, c.sessions.cadre).get('/api/notifications');
    expect(
      notes.json().items.some((n: { kind: string; text: string }) => n.kind === 'evaluation_published' && n.text.includes('Quý I/2026')),
    ).toBe(true);
  });

  it('cancel and re-rate: the cancelled decision is kept with its reason', async () => {
    const std = client(ctx.app, c.sessions.standing);
    // Cancelling one of the 4 HTT would leave 1 HTXS over 3 HTT (cap 0 even at 25%): refused, the quota holds after every path.
    const htt = await evaluationOf(ctx.db, periodId, c.people.peers[0]);
    const broken = await std.post(`/api/evaluation/${htt.id}/cancel-decision`, { version: htt.version, reason: 'Phát hiện sai sót hồ sơ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().details[0].message).toContain('1 Hoàn thành xuất sắc trên 3 Hoàn thành tốt');
    expect((await evaluationOf(ctx.db, periodId, c.people.peers[0])).status).toBe('published');
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const cancel = await std.post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'Phát hiện sai sót hồ sơ' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'appraised', decision: null });
    expect(cancel.json().history.at(-1)).toMatchObject({ step: 'cancel', level: 'excellent', reason: 'Phát hiện sai sót hồ sơ' });
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({ action: 'evaluation.cancel', person_id: c.people.cadre });
    // A new decision departing from the appraisal needs a reason.
    const noReason = await std.put(`/api/evaluation/${e.id}/decision`, { version: cancel.json().version, score: 65, level: 'completed' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details.map((d: { field: string }) => d.field)).toContain('reason');
    const ok = await std.put(`/api/evaluation/${e.id}/decision`, {
      version: cancel.json().version,
      score: 65,
      level: 'completed',
      reason: 'Hồ sơ chưa đầy đủ',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().decision).toMatchObject({ level: 'completed', score: 65, reason: 'Hồ sơ chưa đầy đủ' });
    expect(await lastAudit(ctx.db, 'evaluation', e.id)).toMatchObject({ action: 'evaluation.decide', person_id: c.people.cadre });
  });

  it('inspection reads everything in scope but may not act; others outside scope get 404', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const read = await client(ctx.app, c.sessions.inspection).get(`/api/evaluation/${e.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().appraisal).not.toBeNull();
    expect(read.json().actions).toEqual({
      editSelf: false,
      submitSelf: false,
      appraise: false,
      decide: false,
      cancelDecision: false,
      refresh: true,
    });
    expect(
      (await client(ctx.app, c.sessions.inspection).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await client(ctx.app, c.sessions.otherOrganising).get(`/api/evaluation/${e.id}`)).statusCode).toBe(404);
    expect((await client(ctx.app, c.sessions.office).get(`/api/evaluation/${e.id}`)).statusCode).toBe(404);
    expect((await client(ctx.app, c.sessions.leader).get(`/api/evaluation/${e.id}`)).statusCode).toBe(404);
  });
});
