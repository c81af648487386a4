// The register of exemplars from the evaluation's commendation suggestions (Quy định 366-QĐ/TW) on a real
// database: the standing committee nominates a suggested person (a person not suggested is refused naming
// `source`), a unit proposes a collective; the organising body — not the nominator — recognises or declines
// with the reason (audited); the register is paged by the server with its total; the person's and the
// unit's records show the decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { type Scene, buildScene } from '../evaluation-reports/evaluation-reports.test-support.js';

let ctx: TestContext;
let s: Scene;

beforeAll(async () => {
  ctx = await createTestApp();
  s = await buildScene(ctx.app, ctx.db);
}, 120_000);
afterAll(async () => ctx?.close());

const YEAR = 2025;
const nomination = (over: Record<string, unknown>) => ({
  subject: 'person',
  personId: null,
  subjectUnitId: null,
  year: YEAR,
  campaign: 'ho_chi_minh',
  achievement: 'Năm năm liền hoàn thành xuất sắc nhiệm vụ, đi đầu cải cách hành chính.',
  source: 'unit',
  ...over,
});

describe('the register of exemplars from the commendation suggestions', () => {
  let fromSuggestion = '';
  let collective = '';

  it('nominates a suggested person from the suggestion; a person the evaluation does not suggest is refused naming the source', async () => {
    const standing = client(ctx.app, s.c.sessions.standing);
    const suggested = (await standing.get(`/api/evaluation/commendations?unitId=${s.c.tree.communeA}&year=${YEAR}`)).json().items;
    expect(suggested.map((i: { personId: string }) => i.personId)).toContain(s.c.people.cadre);
    // The record sits in another unit than the one that evaluated the person (a cadre of an office is
    // evaluated in their Party cell): the suggestion still counts.
    await ctx.db.updateTable('person').set({ unit_id: s.c.partyA }).where('id', '=', s.c.people.cadre).execute();
    const refused = await standing.post('/api/exemplars', nomination({ personId: s.c.people.peers[1], source: 'commendation' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].field).toBe('source');
    const res = await standing.post('/api/exemplars', nomination({ personId: s.c.people.cadre, source: 'commendation' }));
    expect(res.statusCode, res.body).toBe(201);
    fromSuggestion = res.json().id;
    expect(res.json()).toMatchObject({ subject: 'person', source: 'commendation', status: 'nominated', actions: { recognise: false } });
    expect((await lastAudit(ctx.db, 'exemplar', fromSuggestion))?.action).toBe('exemplar.nominate');
  });

  it('a unit proposes a collective with the achievement; the unit’s record shows it', async () => {
    const standing = client(ctx.app, s.c.sessions.standing);
    const res = await standing.post(
      '/api/exemplars',
      nomination({ subject: 'collective', subjectUnitId: s.c.partyA, campaign: 'new_countryside' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    collective = res.json().id;
    expect(res.json()).toMatchObject({ subject: 'collective', subjectUnitId: s.c.partyA, personId: null });
    const unit = await standing.get(`/api/exemplars/units/${s.c.partyA}`);
    expect(unit.json().items.map((i: { id: string }) => i.id)).toEqual([collective]);
  });

  it('pages the register in SQL with the total, filters by subject; a page past the end is empty with the total', async () => {
    const standing = client(ctx.app, s.c.sessions.standing);
    for (const p of s.c.people.peers.slice(2, 5)) {
      expect((await standing.post('/api/exemplars', nomination({ personId: p }))).statusCode).toBe(201);
    }
    const url = (q: string) => `/api/exemplars?unitId=${s.c.tree.communeA}&year=${YEAR}&${q}`;
    const first = (await standing.get(url('page=1&pageSize=2'))).json();
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    const rest = [(await standing.get(url('page=2&pageSize=2'))).json(), (await standing.get(url('page=3&pageSize=2'))).json()];
    const ids = [...first.items, ...rest[0].items, ...rest[1].items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toContain(fromSuggestion);
    expect((await standing.get(url('page=4&pageSize=2'))).json()).toMatchObject({ items: [], total: 5 });
    const collectives = (await standing.get(url('subject=collective'))).json();
    expect(collectives.total).toBe(1);
    expect(collectives.items[0].id).toBe(collective);
    const bad = await standing.get(url('pageSize=201'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('pageSize');
    expect((await standing.get(url('page=0'))).json().details[0].field).toBe('page');
  });

  it('the organising body (not the nominator) recognises the suggested person; the person’s record shows the decision', async () => {
    const org = client(ctx.app, s.c.sessions.organising);
    const list = (await org.get(`/api/exemplars?unitId=${s.c.tree.communeA}&year=${YEAR}&status=nominated&pageSize=50`)).json();
    expect(list.items.find((i: { id: string }) => i.id === fromSuggestion).actions.recognise).toBe(true);
    const ok = await org.post(`/api/exemplars/${fromSuggestion}/recognise`, {
      level: 'province',
      decisionRef: '112-QĐ/TU',
      decisionDate: '2026-02-03',
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const person = (await org.get(`/api/exemplars/people/${s.c.people.cadre}`)).json().items;
    expect(person).toEqual([
      expect.objectContaining({ id: fromSuggestion, status: 'recognised', level: 'province', decisionRef: '112-QĐ/TU' }),
    ]);
  });

  it('declines a nomination with the reason (audited); an empty reason is refused naming it and changes nothing', async () => {
    const org = client(ctx.app, s.c.sessions.organising);
    const empty = await org.post(`/api/exemplars/${collective}/decline`, { reason: '   ', version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details[0].field).toBe('reason');
    const res = await org.post(`/api/exemplars/${collective}/decline`, { reason: 'Chưa đủ thời gian xây dựng mô hình.', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: 'Chưa đủ thời gian xây dựng mô hình.' });
    expect((await lastAudit(ctx.db, 'exemplar', collective))?.action).toBe('exemplar.decline');
    const declined = (await org.get(`/api/exemplars?unitId=${s.c.tree.communeA}&year=${YEAR}&status=declined`)).json();
    expect(declined.total).toBe(1);
  });
});
