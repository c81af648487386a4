// The evidence must not go stale (decision 0008): each step sees when its facts were computed and may
// take them again (POST /:id/refresh, audited; the version moves when they changed, so a step on the
// old screen answers 409); the decision records the facts it was taken on; close leaves the decision
// on them and reports the decisions whose facts changed since.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobSettled } from '../jobs/index.js';
import { lastAudit } from '../../test/factories.js';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let periodId: string;
let pendingTask: string;

const view = async (id: string, s = c.sessions.organising) => {
  const res = await client(ctx.app, s).get(`/api/evaluation/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  const u = c.tree.committeeA;
  await insertTask(ctx.db, goodTask(u, c.people.cadre));
  pendingTask = await insertTask(
    ctx.db,
    goodTask(u, c.people.cadre, { completedOn: null, status: 'in_progress', qualityOk: null, majorErrors: null, exceeded: null }),
  );
  periodId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
}, 60_000);
afterAll(async () => ctx?.close());

describe('POST /api/evaluation/:id/refresh', () => {
  it('a task completed after the opening changes nothing until the facts are taken again; then every step sees it', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const before = await view(e.id);
    expect(before.results.tasks).toMatchObject({ assigned: 2, done: 1 });
    expect(before.results.computedAt).not.toBeNull();
    expect(before.actions.refresh).toBe(true);
    await ctx.db
      .updateTable('task')
      .set({ status: 'done', completed_on: '2026-02-19', progress: 100, quality_ok: true, major_errors: 0 })
      .where('id', '=', pendingTask)
      .execute();
    expect((await view(e.id)).results.tasks).toMatchObject({ done: 1 }); // stale until refreshed

    const res = await client(ctx.app, c.sessions.organising).post(`/api/evaluation/${e.id}/refresh`, { version: e.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.tasks).toMatchObject({ assigned: 2, done: 2 });
    expect(res.json().version).toBe(e.version + 1);
    expect(Date.parse(res.json().results.computedAt)).toBeGreaterThan(Date.parse(before.results.computedAt));
    const audit = await lastAudit(ctx.db, 'evaluation', e.id);
    expect(audit).toMatchObject({
      action: 'evaluation.refresh',
      person_id: c.people.cadre,
      before: { tasks: { done: 1 } },
      after: { tasks: { done: 2 }, changed: true },
    });
    // The person sees the same fresh facts on their own screen, and may refresh too (nothing changed: same version).
    const mine = await client(ctx.app, c.sessions.cadre).get(`/api/evaluation/mine?periodId=${periodId}`);
    expect(mine.json().results.tasks).toMatchObject({ done: 2 });
    const again = await client(ctx.app, c.sessions.cadre).post(`/api/evaluation/${e.id}/refresh`, { version: e.version + 1 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().version).toBe(e.version + 1);
  });

  it('401 / 404 outside the scope / 409 on a stale version (a step on the old facts is refused too)', async () => {
    const e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    expect((await client(ctx.app, null).post(`/api/evaluation/${e.id}/refresh`, { version: e.version })).statusCode).toBe(401);
    expect(
      (await client(ctx.app, c.sessions.otherOrganising).post(`/api/evaluation/${e.id}/refresh`, { version: e.version })).statusCode,
    ).toBe(404);
    const peer = await evaluationOf(ctx.db, periodId, c.people.peers[0]);
    expect((await client(ctx.app, c.sessions.cadre).post(`/api/evaluation/${peer.id}/refresh`, { version: peer.version })).statusCode).toBe(
      404,
    );
    expect(
      (await client(ctx.app, c.sessions.organising).post(`/api/evaluation/${e.id}/refresh`, { version: e.version - 1 })).statusCode,
    ).toBe(409);
  });
});

describe('the decision records its facts; close reports those that changed since', () => {
  it('decides on the facts shown, keeps them, and says when the evidence moved on', async () => {
    let e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    await ctx.db
      .updateTable('evaluation')
      .set({ status: 'appraised', appraisal_score: 80, appraisal_level: 'good' })
      .where('id', '=', e.id)
      .execute();
    e = await evaluationOf(ctx.db, periodId, c.people.cadre);
    const decided = await client(ctx.app, c.sessions.standing).put(`/api/evaluation/${e.id}/decision`, {
      version: e.version,
      score: 80,
      level: 'good',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().decision.facts).toMatchObject({ tasks: { assigned: 2, done: 2 }, changedSince: false });
    const stored = (await evaluationOf(ctx.db, periodId, c.people.cadre)).decision_facts as { inputs: { tasks: { done: number } } };
    expect(stored.inputs.tasks.done).toBe(2);

    // A task appraised as failing after the decision: the refresh shows it, the decision stands on its facts.
    await ctx.db.updateTable('task').set({ quality_ok: false }).where('id', '=', pendingTask).execute();
    const r = await client(ctx.app, c.sessions.organising).post(`/api/evaluation/${e.id}/refresh`, { version: decided.json().version });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().results.tasks).toMatchObject({ qualityFailures: 1 });
    expect(r.json().decision).toMatchObject({ level: 'good', score: 80, facts: { tasks: { qualityFailures: 0 }, changedSince: true } });

    // Close: everyone else decided; the decision stays, the report names the one whose facts changed.
    await ctx.db
      .updateTable('evaluation')
      .set({ status: 'decided', decision_level: 'completed', decision_score: 60 })
      .where('period_id', '=', periodId)
      .where('id', '<>', e.id)
      .where('status', 'in', ['self_pending', 'self_submitted', 'appraised'])
      .execute();
    const p = await ctx.db.selectFrom('evaluation_period').select('version').where('id', '=', periodId).executeTakeFirstOrThrow();
    const close = await client(ctx.app, c.sessions.organising).post(`/api/evaluation/periods/${periodId}/close`, { version: p.version });
    expect(close.statusCode, close.body).toBe(202);
    await jobSettled(close.json().jobId);
    expect((await client(ctx.app, c.sessions.organising).get(`/api/jobs/${close.json().jobId}`)).json().status).toBe('succeeded');
    const after = await evaluationOf(ctx.db, periodId, c.people.cadre);
    expect({ level: after.decision_level, score: Number(after.decision_score) }).toEqual({ level: 'good', score: 80 });
    const audit = await lastAudit(ctx.db, 'evaluation_period', periodId);
    expect(audit).toMatchObject({
      action: 'evaluation.period_close',
      after: { changedSinceDecision: { count: 1, evaluations: [{ id: e.id, personId: c.people.cadre }] } },
    });
  });
});
