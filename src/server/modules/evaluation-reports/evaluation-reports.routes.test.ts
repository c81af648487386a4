// The outputs that are lists: distribution and ranking, a person's history with the commendation
// suggestions, and the suggestions of a unit subtree — who may read what, and the numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import { type Scene, buildScene } from './evaluation-reports.test-support.js';

let ctx: TestContext;
let s: Scene;

beforeAll(async () => {
  ctx = await createTestApp();
  s = await buildScene(ctx.app, ctx.db);
}, 90_000);
afterAll(async () => ctx?.close());

describe('GET /api/evaluation/periods/:id/distribution', () => {
  const url = (q = '') => `/api/evaluation/periods/${s.periodId}/distribution${q}`;

  it('401 without a session, 403 for a role that never reads it, 404 outside the scope', async () => {
    expect((await client(ctx.app, null).get(url())).statusCode).toBe(401);
    expect((await client(ctx.app, s.c.sessions.cadre).get(url())).statusCode).toBe(403);
    expect((await client(ctx.app, s.c.sessions.otherOrganising).get(url())).statusCode).toBe(404);
    expect((await client(ctx.app, s.c.sessions.organising).get(url(`?unitId=${s.c.tree.communeB}`))).statusCode).toBe(404);
    expect(
      (await client(ctx.app, s.c.sessions.organising).get(`/api/evaluation/periods/${crypto.randomUUID()}/distribution`)).statusCode,
    ).toBe(404);
  });

  it('400 naming the field', async () => {
    const api = client(ctx.app, s.c.sessions.organising);
    const bad = await api.get(url('?cadreGroup=khong_co'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('cadreGroup');
    expect((await api.get(url('?unitId=abc'))).json().details[0].field).toBe('unitId');
    expect((await api.get(url('?rankingLimit=0'))).json().details[0].field).toBe('rankingLimit');
    expect((await api.get('/api/evaluation/periods/abc/distribution')).json().details[0].field).toBe('id');
  });

  it('counts proposed and decided levels per child unit and per group, and ranks persons by final score', async () => {
    const res = await client(ctx.app, s.c.sessions.standing).get(url());
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.period).toMatchObject({ id: s.periodId, label: 'Quý I/2026', kind: 'quarter', status: 'open' });
    expect(d.unitId).toBe(s.c.tree.communeA);
    // Decided (decided or published): cadre good, p0 excellent, p1 completed, p4 not completed.
    const staff = d.byGroup.find((g: { cadreGroup: string }) => g.cadreGroup === 'staff');
    expect(staff.decided).toMatchObject({ excellent: 1, good: 1, completed: 1, not_completed: 1 });
    expect(staff.excluded).toBe(1); // admitted in January: less than 6 months
    expect(staff.evaluated).toBe(
      staff.decided.excellent + staff.decided.good + staff.decided.completed + staff.decided.not_completed + staff.decided.none,
    );
    expect(d.byGroup.some((g: { cadreGroup: string }) => g.cadreGroup === 'collective')).toBe(true);
    const committee = d.byUnit.find((b: { unitId: string }) => b.unitId === s.c.tree.committeeA);
    expect(committee.decided.good).toBe(1);
    expect(d.total.evaluated).toBe(d.byUnit.reduce((a: number, b: { evaluated: number }) => a + b.evaluated, 0));
    // Ranking: decision scores first (93 then 88 then 64, 45), the appraisal's 75 where no decision.
    const top = d.ranking.slice(0, 3).map((r: { score: number; basis: string; name: string }) => [r.score, r.basis]);
    expect(top).toEqual([
      [93, 'decision'],
      [88, 'decision'],
      [75, 'appraisal'],
    ]);
    expect(d.ranking[0]).toMatchObject({ rank: 1, level: 'excellent', personId: s.c.people.peers[0] });
    expect(Object.keys(d.ranking[0]).sort()).toEqual([
      'basis',
      'cadreGroup',
      'evaluationId',
      'level',
      'name',
      'personId',
      'rank',
      'score',
      'unitName',
    ]);
    expect(d.rankingTotal).toBeGreaterThanOrEqual(d.ranking.length);
  });

  it('filters by cadre group and unit, and limits the ranking', async () => {
    const api = client(ctx.app, s.c.sessions.inspection);
    const res = await api.get(url(`?cadreGroup=leader_commune&unitId=${s.c.tree.committeeA}&rankingLimit=1`));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.byGroup.map((g: { cadreGroup: string }) => g.cadreGroup)).toEqual(['leader_commune']);
    expect(d.total.evaluated).toBe(1);
    expect(d.ranking.length).toBeLessThanOrEqual(1);
  });
});

describe('GET /api/people/:id/evaluation-history', () => {
  const url = (id: string) => `/api/people/${id}/evaluation-history`;

  it('401, 404 outside the scope or for someone else, 400 on a bad id', async () => {
    expect((await client(ctx.app, null).get(url(s.c.people.cadre))).statusCode).toBe(401);
    expect((await client(ctx.app, s.c.sessions.otherOrganising).get(url(s.c.people.cadre))).statusCode).toBe(404);
    expect((await client(ctx.app, s.c.sessions.office).get(url(s.c.people.cadre))).statusCode).toBe(404);
    expect((await client(ctx.app, s.c.sessions.cadre).get(url(s.c.people.peers[0]))).statusCode).toBe(404);
    expect((await client(ctx.app, s.c.sessions.organising).get(url(crypto.randomUUID()))).statusCode).toBe(404);
    const bad = await client(ctx.app, s.c.sessions.organising).get(url('abc'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('id');
  });

  it('the person sees their published results and the suggestions: 5 years of HTXS → province', async () => {
    const res = await client(ctx.app, s.c.sessions.cadre).get(url(s.c.people.cadre));
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h.items[0]).toMatchObject({
      period: { label: 'Quý I/2026' },
      status: 'published',
      score: 88,
      level: 'good',
      levelName: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(
      h.items.filter((i: { period: { kind: string } }) => i.period.kind === 'year').map((i: { period: { year: number } }) => i.period.year),
    ).toEqual([2025, 2024, 2023, 2022, 2021]);
    expect(h.commendations[0]).toMatchObject({ year: 2025, kind: 'province', consecutiveYears: 5 });
    expect(h.commendations[0].message).toContain('5 năm liền');
    expect(h.commendations[0].rule).toContain('Quy định 366-QĐ/TW');
    expect(h.commendations[1]).toMatchObject({ year: 2024, kind: 'grassroots', consecutiveYears: 4 });
  });

  it('a decided but unpublished result is not shown to the person; managers see every step', async () => {
    const own = await client(ctx.app, s.sessions.decided).get(url(s.c.people.peers[1]));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.map((i: { period: { kind: string } }) => i.period.kind)).toEqual(['year', 'year']);
    const mgr = (await client(ctx.app, s.c.sessions.organising).get(url(s.c.people.peers[1]))).json();
    expect(mgr.items[0]).toMatchObject({ status: 'decided', score: 64, level: 'completed' });
    const pending = (await client(ctx.app, s.c.sessions.organising).get(url(s.c.people.peers[3]))).json();
    expect(pending.items).toEqual([expect.objectContaining({ status: 'self_pending', score: null, level: null })]);
    // 2024 HTXS then 2025 HTT: no suggestion for 2025, the grassroots one for 2024.
    expect(mgr.commendations).toEqual([expect.objectContaining({ year: 2024, kind: 'grassroots', consecutiveYears: 1 })]);
  });
});

describe('GET /api/evaluation/commendations', () => {
  const url = (q: string) => `/api/evaluation/commendations?${q}`;

  it('401, 403 for a role that never reads it, 404 outside the scope, 400 naming the field', async () => {
    expect((await client(ctx.app, null).get(url(`unitId=${s.c.tree.communeA}&year=2025`))).statusCode).toBe(401);
    expect((await client(ctx.app, s.c.sessions.cadre).get(url(`unitId=${s.c.tree.communeA}&year=2025`))).statusCode).toBe(403);
    expect((await client(ctx.app, s.c.sessions.otherStanding).get(url(`unitId=${s.c.tree.communeA}&year=2025`))).statusCode).toBe(404);
    const api = client(ctx.app, s.c.sessions.standing);
    expect((await api.get(url(`unitId=${s.c.tree.communeA}&year=20x`))).json().details[0].field).toBe('year');
    expect((await api.get(url('year=2025'))).json().details[0].field).toBe('unitId');
  });

  it('lists the subjects rated HTXS in the year with the certificate each run earns', async () => {
    const res = await client(ctx.app, s.c.sessions.standing).get(url(`unitId=${s.c.tree.communeA}&year=2025`));
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    const byPerson = Object.fromEntries(items.map((i: { personId: string }) => [i.personId, i]));
    expect(byPerson[s.c.people.cadre]).toMatchObject({ kind: 'province', consecutiveYears: 5, subject: 'person', score: 95 });
    expect(byPerson[s.c.people.peers[0]]).toMatchObject({ kind: 'grassroots', consecutiveYears: 1 });
    expect(byPerson[s.c.people.peers[1]]).toBeUndefined();
    expect(byPerson[s.c.people.peers[0]].message).toContain('giấy khen của cấp ủy cơ sở');
    const y2024 = (await client(ctx.app, s.c.sessions.standing).get(url(`unitId=${s.c.tree.communeA}&year=2024`))).json().items;
    expect(y2024.map((i: { consecutiveYears: number }) => i.consecutiveYears).sort()).toEqual([1, 4]);
  });
});
