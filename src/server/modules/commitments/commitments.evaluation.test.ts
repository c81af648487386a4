// The year's evaluation shows the commitment and its assessment (Quy định 366-QĐ/TW, Điều 6), and a
// general criterion with the source 'commitment' takes its points from the assessment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type Commune, openPeriod, seedCommune } from '../evaluation/evaluation.test-support.js';

let t: TestContext;
let c: Commune;
const YEAR = 2025;

beforeAll(async () => {
  t = await createTestApp();
  c = await seedCommune(t.app, t.db);
});
afterAll(async () => t.close());

describe('commitment in the year evaluation', () => {
  it('a general criterion takes its points from the assessed commitment; the self-assessment shows it', async () => {
    const admin = await createAccount(t.db, 'admin', c.tree.provinceId);
    const api = client(t.app, await signIn(t.app, admin.username, admin.password));
    const set = await api.post('/api/criteria-sets', {
      name: 'Bộ tiêu chí có cam kết',
      appendix: 'PL4',
      ownerUnitId: c.tree.provinceId,
      criteria: [
        { part: 'general', code: 'ethics', title: 'Phẩm chất chính trị, đạo đức', maxPoints: 20 },
        { part: 'general', code: 'commitment', title: 'Thực hiện cam kết tu dưỡng, rèn luyện', maxPoints: 10, source: 'commitment' },
        { part: 'results', code: 'tasks', title: 'Kết quả thực hiện nhiệm vụ', maxPoints: 70, source: 'tasks' },
      ],
    });
    expect(set.statusCode, set.body).toBe(201);
    const assign = await api.post('/api/criteria-assignments', {
      setId: set.json().id,
      cadreGroups: ['staff'],
      unitId: c.tree.communeA,
      effectiveFrom: `${YEAR}-01-01`,
    });
    expect(assign.statusCode, assign.body).toBeLessThan(300);

    const cadre = client(t.app, c.sessions.cadre);
    const standing = client(t.app, c.sessions.standing);
    const actions = [1, 2].map((n) => ({ title: `Việc làm ${n}`, evidence: 'Biên bản', dueDate: `${YEAR}-0${n + 4}-01` }));
    let res = await cadre.post('/api/commitments', { year: YEAR, actions });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    res = await cadre.post(`/api/commitments/${id}/submit`, { version: res.json().version });
    res = await standing.post(`/api/commitments/${id}/approve`, { version: res.json().version });
    expect(res.statusCode, res.body).toBe(200);
    const ids: string[] = res.json().actions.map((a: { id: string }) => a.id);
    res = await cadre.post(`/api/commitments/${id}/report`, {
      version: res.json().version,
      stage: 'final',
      reports: ids.map((actionId) => ({ actionId, text: 'Đã hoàn thành' })),
    });
    res = await standing.post(`/api/commitments/${id}/assess`, {
      version: res.json().version,
      assessments: [
        { actionId: ids[0], result: 'done' },
        { actionId: ids[1], result: 'partly' },
      ],
    });
    expect(res.json().outcome.pct).toBe(75);

    const periodId = await openPeriod(t.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'year', year: YEAR, number: 0 });
    const mine = await cadre.get(`/api/evaluation/mine?periodId=${periodId}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const e = mine.json();
    expect(e.commitment).toMatchObject({ id, year: YEAR, stage: 'assessed', outcome: { pct: 75, done: 1, partly: 1 } });
    expect(e.commitment.actions.map((a: { assessment: string }) => a.assessment)).toEqual(['done', 'partly']);
    const item = e.results.items.find((i: { code: string }) => i.code === 'commitment');
    expect(item).toMatchObject({ part: 'general', source: 'commitment', points: 7.5, basis: 'commitment' });
    // The manager's appraisal view shows the same commitment.
    const seen = await standing.get(`/api/evaluation/${e.id}`);
    expect(seen.json().commitment.outcome.pct).toBe(75);
    // Entering the computed criterion by hand is refused, naming the rule.
    const self = await cadre.put(`/api/evaluation/${e.id}/self`, { version: e.version, general: { ethics: 18, commitment: 10 } });
    expect(self.statusCode).toBe(400);
    expect(self.json().details[0].message).toContain('Quy định 366-QĐ/TW, Điều 6');
  });
});
