// Periods: opening (checks, exclusions, leave, leaders and their collectives), reading, closing
// (every evaluation decided, all-or-nothing, read-only afterwards), and the year from the quarters.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit } from '../../test/factories.js';
import { client, createTestApp, signIn, type TestContext } from '../../test/harness.js';
import { jobSettled } from '../jobs/index.js';
import { computePeriod } from './index.js';
import { closePeriodTx } from './evaluation.periods.service.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let q2: string;
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const AUDIT = { actorId: null, actorName: 'test', requestId: null, ip: null };

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  const u = c.tree.committeeA;
  for (let i = 0; i < 4; i++) await insertTask(ctx.db, goodTask(u, c.people.cadre, { dueDate: '2026-05-10', completedOn: '2026-05-08' }));
  // Leave in June: the June task does not count (scored on time actually worked).
  await ctx.db
    .insertInto('member_status')
    .values({ id: randomUUID(), person_id: c.people.cadre, kind: 'sick_leave', valid_from: '2026-06-01', valid_to: '2026-06-30' })
    .execute();
  await insertTask(
    ctx.db,
    goodTask(u, c.people.cadre, { dueDate: '2026-06-15', completedOn: null, title: 'Việc trong thời gian nghỉ ốm' }),
  );
  await insertTask(ctx.db, goodTask(u, c.people.leader, { dueDate: '2026-05-10', completedOn: '2026-05-09' }));
  q2 = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 2 });
}, 60_000);
afterAll(async () => ctx?.close());

describe('opening a period', () => {
  it('400 naming each step deadline already passed, with its date; nothing written (issue 9)', async () => {
    const api = client(ctx.app, c.sessions.organising);
    const late = { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 3 };
    const res = await api.post('/api/evaluation/periods', late);
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['selfDue', 'appraisalDue', 'decisionDue']);
    expect(res.json().details[0].message).toContain('05/10/2026');
    const partly = await api.post('/api/evaluation/periods', {
      ...late,
      selfDue: '2026-10-05',
      appraisalDue: '2099-01-10',
      decisionDue: '2099-01-20',
    });
    expect(fields(partly)).toEqual(['selfDue']);
    const q3 = (u: string) =>
      ctx.db.selectFrom('evaluation_period').select('id').where('unit_id', '=', u).where('number', '=', 3).execute();
    expect(await q3(c.tree.communeA)).toEqual([]);
  });

  it('fresh deadlines from today are accepted; a confirmed past schedule is accepted and the confirmation audited', async () => {
    const fresh = await openPeriod(ctx.app, c.sessions.organising, {
      unitId: c.tree.committeeA,
      kind: 'month',
      year: 2026,
      number: 9,
      selfDue: '2099-01-05',
      appraisalDue: '2099-01-10',
      decisionDue: '2099-01-15',
      pastDeadlinesConfirmed: false,
    });
    expect((await lastAudit(ctx.db, 'evaluation_period', fresh))?.after).not.toHaveProperty('pastDeadlinesConfirmed');
    const recorded = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.committeeA, kind: 'month', year: 2026, number: 10 });
    expect((await lastAudit(ctx.db, 'evaluation_period', recorded))?.after).toMatchObject({ pastDeadlinesConfirmed: true });
  });

  const body = () => ({ unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1, pastDeadlinesConfirmed: true });

  it('401 / 403 / 404', async () => {
    expect((await client(ctx.app, null).post('/api/evaluation/periods', body())).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.standing).post('/api/evaluation/periods', body())).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherOrganising).post('/api/evaluation/periods', body())).statusCode).toBe(404);
  });

  it('400: Q4 is folded into the year; deadlines in order; 409 for the same period twice', async () => {
    const api = client(ctx.app, c.sessions.organising);
    const q4 = await api.post('/api/evaluation/periods', { ...body(), number: 4 });
    expect(q4.statusCode).toBe(400);
    expect(fields(q4)).toEqual(['number']);
    expect(q4.json().details[0].message).toContain('Kết luận 198-KL/TW');
    const order = await api.post('/api/evaluation/periods', { ...body(), selfDue: '2026-04-20', appraisalDue: '2026-04-10' });
    expect(fields(order)).toEqual(['appraisalDue']);
    const dup = await api.post('/api/evaluation/periods', { ...body(), number: 2 });
    expect(dup.statusCode).toBe(409);
    expect(fields(dup)).toEqual(['number']);
  });

  it('400 naming unitId when a cadre group has no criteria set', async () => {
    const bare = await createSubtree(ctx.db);
    await createPerson(ctx.db, bare.committeeA, { cadre_group: 'staff' });
    const acc = await createAccount(ctx.db, 'organising', bare.communeA);
    const res = await client(ctx.app, await signIn(ctx.app, acc.username, acc.password)).post('/api/evaluation/periods', {
      unitId: bare.communeA,
      kind: 'month',
      year: 2026,
      number: 5,
      pastDeadlinesConfirmed: true,
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['unitId']);
    expect(res.json().details[0].message).toContain('staff');
    expect(await ctx.db.selectFrom('evaluation_period').select('id').where('unit_id', '=', bare.communeA).execute()).toEqual([]);
  });

  it('excludes a member admitted 3 months before, with the reason and the rule', async () => {
    const e = await evaluationOf(ctx.db, q2, c.people.newMember);
    expect(e).toMatchObject({ status: 'excluded', excluded_reason: 'new_member', proposed_level: null });
    const view = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/${e.id}`);
    expect(view.json().excluded.message).toContain('6 tháng');
    expect(view.json().excluded.message).toContain('Quy định 366-QĐ/TW');
    const self = await client(ctx.app, c.sessions.organising).put(`/api/evaluation/${e.id}/appraisal`, {
      version: e.version,
      score: 80,
      level: 'good',
      selfMissing: true,
    });
    expect(fields(self)).toEqual(['status']);
  });

  it('scores on time actually worked: leave shortens the period and its tasks are left out', async () => {
    const e = await evaluationOf(ctx.db, q2, c.people.cadre);
    expect(Number(e.worked_ratio)).toBeCloseTo(61 / 91, 4);
    const view = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${q2}`);
    expect(view.json().results.tasks).toMatchObject({ assigned: 4, done: 4 });
    expect(view.json().results.score).toBe(70);
    const ev = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/${e.id}/evidence?metric=assigned`);
    expect(ev.json().items.map((t: { title: string }) => t.title)).not.toContain('Việc trong thời gian nghỉ ốm');
  });

  it('a leader’s results include the collective they head', async () => {
    const e = await evaluationOf(ctx.db, q2, c.people.leader);
    const view = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/${e.id}`);
    expect(view.json().unitsLed).toEqual([expect.objectContaining({ unitId: c.tree.committeeA, level: null })]);
    expect(view.json().results.flags).toContain('units_led_missing');
  });

  it('lists and reads periods: 401 / 404 outside scope / the person sees the period of their evaluation', async () => {
    expect((await client(ctx.app, null).get('/api/evaluation/periods')).statusCode).toBe(401);
    expect((await client(ctx.app, null).get(`/api/evaluation/periods/${q2}`)).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.otherOrganising).get(`/api/evaluation/periods/${q2}`)).statusCode).toBe(404);
    expect(fields(await client(ctx.app, c.sessions.organising).get('/api/evaluation/periods/not-an-id'))).toEqual(['id']);
    expect(fields(await client(ctx.app, c.sessions.organising).get('/api/evaluation/periods?year=abc'))).toEqual(['year']);
    const other = await client(ctx.app, c.sessions.otherOrganising).get('/api/evaluation/periods');
    expect(other.json().items.map((p: { id: string }) => p.id)).not.toContain(q2);
    const mine = await client(ctx.app, c.sessions.cadre).get('/api/evaluation/periods');
    expect(mine.json().items.map((p: { id: string }) => p.id)).toContain(q2);
    const detail = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/periods/${q2}`);
    expect(detail.json().counts.total).toBe(1);
    expect(detail.json().actions.close).toBe(false);
    const org = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/periods/${q2}`);
    expect(org.json().actions.close).toBe(true);
  });
});

describe('closing a period', () => {
  it('recomputing on the same facts writes nothing; a changed fact rewrites only the rows it concerns', async () => {
    const same = await computePeriod(ctx.db, q2);
    expect(same).toMatchObject({ excluded: 1, written: 0 });
    expect(same.evaluations).toBeGreaterThan(8);
    await insertTask(ctx.db, goodTask(c.tree.committeeA, c.people.peers[4], { dueDate: '2026-05-12', completedOn: '2026-05-11' }));
    const changed = await computePeriod(ctx.db, q2);
    // The peer, the collective of their unit (UBND) whose task counts changed, and the leader heading it.
    expect(changed.written).toBe(3);
    const peer = await evaluationOf(ctx.db, q2, c.people.peers[4]);
    expect(Number(peer.results_score)).toBe(70);
  });

  it('401 / 403 / 404 / 409 stale / 400 with the count of undecided evaluations', async () => {
    const p = await ctx.db.selectFrom('evaluation_period').selectAll().where('id', '=', q2).executeTakeFirstOrThrow();
    const url = `/api/evaluation/periods/${q2}/close`;
    expect((await client(ctx.app, null).post(url, { version: p.version })).statusCode).toBe(401);
    expect((await client(ctx.app, c.sessions.standing).post(url, { version: p.version })).statusCode).toBe(403);
    expect((await client(ctx.app, c.sessions.otherOrganising).post(url, { version: p.version })).statusCode).toBe(404);
    expect((await client(ctx.app, c.sessions.organising).post(url, { version: p.version + 1 })).statusCode).toBe(409);
    const undecided = await ctx.db
      .selectFrom('evaluation')
      .select('id')
      .where('period_id', '=', q2)
      .where('status', '<>', 'excluded')
      .execute();
    const res = await client(ctx.app, c.sessions.organising).post(url, { version: p.version });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['periodId']);
    expect(res.json().details[0].message).toContain(`Còn ${undecided.length} bản đánh giá`);
  });

  it('is all-or-nothing: a failure while writing leaves every evaluation and the period as they were', async () => {
    await decideAllDirectly(q2);
    // Fresh facts the close would pick up.
    await insertTask(
      ctx.db,
      goodTask(c.tree.committeeA, c.people.cadre, { dueDate: '2026-05-20', completedOn: null, title: 'Việc chưa xong' }),
    );
    const before = await ctx.db
      .selectFrom('evaluation')
      .select(['id', 'results_score', 'inputs', 'gate_report'])
      .where('period_id', '=', q2)
      .orderBy('id')
      .execute();
    const failing = ctx.db.transaction().execute((trx) =>
      closePeriodTx(trx, AUDIT, q2, (p) => {
        if (p.phase === 'writing' && p.done > 0) throw new Error('disk full');
      }),
    );
    await expect(failing).rejects.toThrow('disk full');
    const after = await ctx.db
      .selectFrom('evaluation')
      .select(['id', 'results_score', 'inputs', 'gate_report'])
      .where('period_id', '=', q2)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
    expect((await ctx.db.selectFrom('evaluation_period').select('status').where('id', '=', q2).executeTakeFirstOrThrow()).status).toBe(
      'open',
    );
  });

  it('closes with progress as a job: everything recomputed from fresh facts, then read-only', async () => {
    const p = await ctx.db.selectFrom('evaluation_period').selectAll().where('id', '=', q2).executeTakeFirstOrThrow();
    const res = await client(ctx.app, c.sessions.organising).post(`/api/evaluation/periods/${q2}/close`, { version: p.version });
    expect(res.statusCode, res.body).toBe(202);
    await jobSettled(res.json().jobId);
    const job = await client(ctx.app, c.sessions.organising).get(`/api/jobs/${res.json().jobId}`);
    expect(job.json()).toMatchObject({ kind: 'evaluation.period_close', status: 'succeeded' });
    expect(job.json().total).toBeGreaterThan(0);
    const period = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/periods/${q2}`);
    expect(period.json()).toMatchObject({ status: 'closed', actions: { close: false } });
    expect(await lastAudit(ctx.db, 'evaluation_period', q2)).toMatchObject({ action: 'evaluation.period_close', unit_id: c.tree.communeA });
    const cadre = await evaluationOf(ctx.db, q2, c.people.cadre);
    expect((cadre.inputs as { tasks: { assigned: number } }).tasks.assigned).toBe(5);
    expect(Number(cadre.results_score)).toBe(56);
    // The leader now carries the decided level of the collective they head.
    const leader = await evaluationOf(ctx.db, q2, c.people.leader);
    expect((leader.inputs as { units: Array<{ level: string }> }).units).toEqual([expect.objectContaining({ level: 'good' })]);

    const e = await evaluationOf(ctx.db, q2, c.people.peers[0]);
    const put = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${e.id}/decision`, {
      version: e.version,
      score: 80,
      level: 'good',
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().error).toBe('eval.period_closed');
    expect(
      (await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e.id}/cancel-decision`, { version: e.version, reason: 'x' }))
        .statusCode,
    ).toBe(409);
    expect((await client(ctx.app, c.sessions.standing).post(`/api/evaluation/periods/${q2}/publish`, {})).statusCode).toBe(409);
    const again = await client(ctx.app, c.sessions.organising).post(`/api/evaluation/periods/${q2}/close`, { version: p.version + 1 });
    expect(again.statusCode).toBe(409);
    expect((await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${q2}`)).statusCode).toBe(200);
  });

  it('a year period takes the decided quarterly scores (they travel with the person) and scores the Q4 part', async () => {
    const year = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'year', year: 2026 });
    const e = await evaluationOf(ctx.db, year, c.people.cadre);
    const view = await client(ctx.app, c.sessions.organising).get(`/api/evaluation/${e.id}`);
    expect(view.json().results.window).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(view.json().quarters).toEqual([
      { number: 1, score: null, source: 'decision' },
      { number: 2, score: 88, source: 'decision' },
      { number: 3, score: null, source: 'decision' },
      { number: 4, score: null, source: 'q4_part' },
    ]);
  });
});

/** Decides every open evaluation of the period straight in the table (the steps are tested elsewhere). */
async function decideAllDirectly(periodId: string) {
  await ctx.db
    .updateTable('evaluation')
    .set({
      status: 'decided',
      decision_score: 88,
      decision_level: 'good',
      appraisal_score: 88,
      appraisal_level: 'good',
      appraised_at: new Date(),
      decided_at: new Date(),
    })
    .where('period_id', '=', periodId)
    .where('status', '<>', 'excluded')
    .execute();
}
