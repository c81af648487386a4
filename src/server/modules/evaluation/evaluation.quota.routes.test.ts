// The HTXS quota (Quy định 366-QĐ/TW: HTXS ≤ 20% of the number rated HTT) holds after every path
// that changes a decided level: a single decision, a decision set, a cancel (the first half of a
// re-rating) — also when the level changed is not HTXS (rating an HTT down shrinks the base).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let periodId: string;
let staff: string[];

const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const decidedCounts = async () => {
  const rows = await ctx.db
    .selectFrom('evaluation')
    .select('decision_level')
    .where('period_id', '=', periodId)
    .where('cadre_group', '=', 'staff')
    .execute();
  return {
    excellent: rows.filter((r) => r.decision_level === 'excellent').length,
    good: rows.filter((r) => r.decision_level === 'good').length,
  };
};

/** Puts an evaluation at the decision step, appraised at `level` (the steps before are tested elsewhere). */
async function appraised(personId: string, level: 'excellent' | 'good' | 'completed', score: number) {
  const e = await evaluationOf(ctx.db, periodId, personId);
  await ctx.db
    .updateTable('evaluation')
    .set({ status: 'appraised', appraisal_score: score, appraisal_level: level })
    .where('id', '=', e.id)
    .execute();
  return evaluationOf(ctx.db, periodId, personId);
}

async function decide(personId: string, level: 'excellent' | 'good' | 'completed', score: number) {
  const e = await appraised(personId, level, score);
  return client(ctx.app, c.sessions.standing).put(`/api/evaluation/${e.id}/decision`, { version: e.version, score, level });
}

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  periodId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
  staff = [c.people.cadre, ...c.people.peers];
}, 60_000);
afterAll(async () => ctx?.close());

describe('the quota after every path that changes a decision', () => {
  it('a single decision: HTXS only once 5 HTT are decided', async () => {
    for (const p of staff.slice(1, 5)) expect((await decide(p, 'good', 80)).statusCode).toBe(200);
    const early = await decide(staff[0], 'excellent', 95);
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['level']);
    expect(early.json().details[0].message).toContain('20%');
    expect((await decide(staff[5], 'good', 80)).statusCode).toBe(200);
    expect((await decide(staff[0], 'excellent', 95)).statusCode).toBe(200);
    expect(await decidedCounts()).toEqual({ excellent: 1, good: 5 });
  });

  it('a cancel of an HTT (re-rating it down) that would break the cap is refused, and changes nothing', async () => {
    const e = await evaluationOf(ctx.db, periodId, staff[1]);
    const res = await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e.id}/cancel-decision`, {
      version: e.version,
      reason: 'Xếp loại lại',
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['status']);
    expect(res.json().details[0].message).toContain('1 Hoàn thành xuất sắc trên 4 Hoàn thành tốt');
    expect((await evaluationOf(ctx.db, periodId, staff[1])).status).toBe('decided');
    expect(await decidedCounts()).toEqual({ excellent: 1, good: 5 });
  });

  it('cancelling the HTXS first repairs the order: then the HTT may be re-rated down', async () => {
    const x = await evaluationOf(ctx.db, periodId, staff[0]);
    expect(
      (
        await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${x.id}/cancel-decision`, {
          version: x.version,
          reason: 'Xem xét lại',
        })
      ).statusCode,
    ).toBe(200);
    const e = await evaluationOf(ctx.db, periodId, staff[1]);
    const cancel = await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e.id}/cancel-decision`, {
      version: e.version,
      reason: 'Xếp loại lại',
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    // Re-rated HT: allowed (no HTXS decided), and the HTXS can now no longer come back.
    expect((await decide(staff[1], 'completed', 60)).statusCode).toBe(200);
    expect((await decide(staff[0], 'excellent', 95)).statusCode).toBe(400);
    expect(await decidedCounts()).toEqual({ excellent: 0, good: 4 });
  });

  it('a decision set that rates an appraised HTT down while deciding an HTXS is refused as a whole', async () => {
    const e1 = await evaluationOf(ctx.db, periodId, staff[1]);
    expect(
      (
        await client(ctx.app, c.sessions.standing).post(`/api/evaluation/${e1.id}/cancel-decision`, {
          version: e1.version,
          reason: 'Xem xét lại',
        })
      ).statusCode,
    ).toBe(200);
    const a = await appraised(staff[0], 'excellent', 95);
    const b = await appraised(staff[1], 'good', 80);
    const url = `/api/evaluation/periods/${periodId}/decisions`;
    const x = { evaluationId: a.id, version: a.version, score: 95, level: 'excellent' };
    const down = { evaluationId: b.id, version: b.version, score: 60, level: 'completed', reason: 'Chậm tiến độ' };
    const refused = await client(ctx.app, c.sessions.standing).post(url, { unitId: a.unit_id, cadreGroup: 'staff', items: [x, down] });
    expect(refused.statusCode).toBe(400);
    expect(fields(refused)).toEqual(['items']);
    expect(await decidedCounts()).toEqual({ excellent: 0, good: 4 });
    const ok = await client(ctx.app, c.sessions.standing).post(url, {
      unitId: a.unit_id,
      cadreGroup: 'staff',
      items: [x, { ...down, score: 80, level: 'good', reason: undefined }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await decidedCounts()).toEqual({ excellent: 1, good: 5 });
  });
});
