import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let inspection: Session;
let standing: Session;
let organisingB: Session;
let person: string;
const as = (s: Session | null) => client(t.app, s);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);

/** One valid body per resource, and a bad variant naming the field it breaks. */
const RESOURCES = [
  {
    path: 'disciplines',
    entity: 'discipline',
    action: 'discipline.create',
    body: { kind: 'reprimand', decidedOn: '2026-02-10', reason: 'Vi phạm quy chế làm việc', decisionRef: '15-QĐ/ĐU' },
    expected: { kind: 'reprimand', decidedOn: '2026-02-10', reason: 'Vi phạm quy chế làm việc', decisionRef: '15-QĐ/ĐU', version: 1 },
    bad: [
      [{ kind: 'fine' }, 'kind'],
      [{ decidedOn: '2099-01-01' }, 'decidedOn'],
      [{ reason: '' }, 'reason'],
    ],
  },
  {
    path: 'confidence-votes',
    entity: 'confidence_vote',
    action: 'confidence_vote.create',
    body: { votedOn: '2026-01-20', totalVotes: 40, highVotes: 30, lowVotes: 4 },
    expected: { votedOn: '2026-01-20', totalVotes: 40, highVotes: 30, lowVotes: 4, lowPct: 10, note: '' },
    bad: [
      [{ lowVotes: 11 }, 'lowVotes'],
      [{ totalVotes: 0, highVotes: 0, lowVotes: 0 }, 'totalVotes'],
      [{ votedOn: '2099-01-01' }, 'votedOn'],
    ],
  },
  {
    path: 'degradations',
    entity: 'degradation_conclusion',
    action: 'degradation_conclusion.create',
    body: { concludedOn: '2026-03-01', text: 'Có biểu hiện suy thoái về đạo đức, lối sống', decisionRef: null },
    expected: { concludedOn: '2026-03-01', text: 'Có biểu hiện suy thoái về đạo đức, lối sống', decisionRef: null },
    bad: [
      [{ concludedOn: '2026-02-30' }, 'concludedOn'],
      [{ text: ' ' }, 'text'],
    ],
  },
  {
    path: 'shortcomings',
    entity: 'shortcoming',
    action: 'shortcoming.create',
    body: { notedOn: '2025-12-20', text: 'Chậm báo cáo định kỳ' },
    expected: { notedOn: '2025-12-20', text: 'Chậm báo cáo định kỳ', fixedOn: null, version: 1, actions: { fix: true } },
    bad: [
      [{ notedOn: '2099-01-01' }, 'notedOn'],
      [{ text: undefined }, 'text'],
    ],
  },
  {
    path: 'statuses',
    entity: 'member_status',
    action: 'member_status.create',
    body: { kind: 'maternity_leave', validFrom: '2026-02-01', validTo: '2026-07-31' },
    expected: { kind: 'maternity_leave', validFrom: '2026-02-01', validTo: '2026-07-31', note: '' },
    bad: [
      [{ validTo: '2026-01-31' }, 'validTo'],
      [{ kind: 'holiday' }, 'kind'],
      [{ validFrom: '2026-03-01', validTo: null }, 'validFrom'],
    ],
  },
] as const;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const sign = async (role: Parameters<typeof createAccount>[1], unitId: string) => {
    const a = await createAccount(t.db, role, unitId);
    return signIn(t.app, a.username, a.password);
  };
  organising = await sign('organising', tree.communeA);
  inspection = await sign('inspection', tree.communeA);
  standing = await sign('standing', tree.communeA);
  organisingB = await sign('organising', tree.communeB);
  person = await createPerson(t.db, tree.cellA);
});
afterAll(() => t?.close());

describe.each(RESOURCES)('/api/people/:id/$path', (r) => {
  const url = (id = person) => `/api/people/${id}/${r.path}`;

  it('answers 401 without a session', async () => {
    expect((await as(null).get(url())).statusCode).toBe(401);
    expect((await as(null).post(url(), r.body)).statusCode).toBe(401);
  });

  it('records (audited under the person and their unit) and lists newest first', async () => {
    const res = await as(organising).post(url(), r.body);
    expect(res.statusCode).toBe(201);
    const rec = res.json();
    expect(rec).toMatchObject({ personId: person, ...r.expected });
    const audit = await lastAudit(t.db, r.entity, rec.id);
    expect(audit).toMatchObject({ action: r.action, person_id: person, unit_id: tree.cellA });
    expect(audit!.after).toMatchObject(Object.fromEntries(Object.entries(r.expected).filter(([k]) => k !== 'actions')));
    const list = await as(inspection).get(url());
    expect(list.statusCode).toBe(200);
    expect(list.json().actions).toEqual({ create: false });
    expect(list.json().items[0]).toMatchObject({
      id: rec.id,
      ...r.expected,
      ...('actions' in r.expected ? { actions: { fix: false } } : {}),
    });
    expect((await as(organising).get(url())).json().actions).toEqual({ create: true });
  });

  it('refuses bad input naming the field', async () => {
    for (const [change, field] of r.bad) expect(fields(await as(organising).post(url(), { ...r.body, ...change }))).toEqual([field]);
  });

  it('hides people outside the scope (404) and refuses roles that may not read or record them (403)', async () => {
    expect((await as(organisingB).get(url())).statusCode).toBe(404);
    expect((await as(organisingB).post(url(), r.body)).statusCode).toBe(404);
    expect((await as(organising).get(url(randomUUID()))).statusCode).toBe(404);
    expect((await as(organising).post(url(randomUUID()), r.body)).statusCode).toBe(404);
    expect((await as(standing).get(url())).statusCode).toBe(403);
    expect((await as(inspection).post(url(), r.body)).statusCode).toBe(403);
  });
});

describe('OpenAPI', () => {
  it('documents every endpoint of the conduct module', async () => {
    const paths = (await as(null).get('/api/openapi.json')).json().paths;
    for (const r of RESOURCES) expect(Object.keys(paths[`/api/people/{id}/${r.path}`])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(paths).toHaveProperty(['/api/shortcomings/{id}/fixed']);
  });
});

describe('/api/shortcomings/:id/fixed', () => {
  it('answers 401 without a session', async () => {
    expect((await as(null).post(`/api/shortcomings/${randomUUID()}/fixed`, { version: 1, fixedOn: '2026-01-10' })).statusCode).toBe(401);
  });

  it('marks a shortcoming fixed (audited), 409 on a stale version', async () => {
    const s = (
      await as(organising).post(`/api/people/${person}/shortcomings`, { notedOn: '2025-12-20', text: 'Chưa gương mẫu nơi cư trú' })
    ).json();
    const res = await as(organising).post(`/api/shortcomings/${s.id}/fixed`, { version: 1, fixedOn: '2026-01-15' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: s.id, personId: person, fixedOn: '2026-01-15', version: 2 });
    expect(await lastAudit(t.db, 'shortcoming', s.id)).toMatchObject({
      action: 'shortcoming.fix',
      person_id: person,
      unit_id: tree.cellA,
      before: { fixedOn: null },
      after: { fixedOn: '2026-01-15' },
    });
    expect((await as(organising).post(`/api/shortcomings/${s.id}/fixed`, { version: 1, fixedOn: '2026-01-16' })).statusCode).toBe(409);
    const list = (await as(organising).get(`/api/people/${person}/shortcomings`)).json();
    expect(list.items.find((i: { id: string }) => i.id === s.id)).toMatchObject({ fixedOn: '2026-01-15', version: 2 });
  });

  it('refuses bad input naming the field, other scopes (404) and roles that may not record (403)', async () => {
    const s = (await as(organising).post(`/api/people/${person}/shortcomings`, { notedOn: '2025-12-20', text: 'Hạn chế khác' })).json();
    const fix = (session: Session, body: object, id = s.id) => as(session).post(`/api/shortcomings/${id}/fixed`, body);
    expect(fields(await fix(organising, { version: 1, fixedOn: '2025-12-19' }))).toEqual(['fixedOn']);
    expect(fields(await fix(organising, { version: 1, fixedOn: '2099-12-19' }))).toEqual(['fixedOn']);
    expect(fields(await fix(organising, { fixedOn: '2026-01-02' }))).toEqual(['version']);
    expect((await fix(organisingB, { version: 1, fixedOn: '2026-01-02' })).statusCode).toBe(404);
    expect((await fix(organising, { version: 1, fixedOn: '2026-01-02' }, randomUUID())).statusCode).toBe(404);
    expect((await fix(inspection, { version: 1, fixedOn: '2026-01-02' })).statusCode).toBe(403);
    expect(
      (await as(organising).get(`/api/people/${person}/shortcomings`)).json().items.find((i: { id: string }) => i.id === s.id),
    ).toMatchObject({ fixedOn: null, version: 1 });
  });
});

describe('nobody writes the records of their own evaluation (decision 0029, own_work.conduct)', () => {
  it('an organising officer linked to a person: 403 with the rule on every resource about themselves, no create action offered', async () => {
    const me = await createPerson(t.db, tree.committeeA, { given_name: 'Tự' });
    const acc = await createAccount(t.db, 'organising', tree.communeA, { personId: me });
    const self = await signIn(t.app, acc.username, acc.password);
    const other = await createPerson(t.db, tree.cellA);
    for (const r of RESOURCES) {
      const res = await as(self).post(`/api/people/${me}/${r.path}`, r.body);
      expect(res.statusCode, `${r.path}: ${res.body}`).toBe(403);
      expect(res.json().error).toBe('own_work.conduct');
      expect(res.json().message).toContain('Quy định 366-QĐ/TW, Điều 12–13');
      expect((await as(self).get(`/api/people/${me}/${r.path}`)).json().actions).toEqual({ create: false });
      // The same officer records about someone else as before; another officer records about them.
      expect((await as(self).post(`/api/people/${other}/${r.path}`, r.body)).statusCode).toBe(201);
    }
    const noted = await as(organising).post(`/api/people/${me}/shortcomings`, { notedOn: '2026-01-05', text: 'Chậm nộp báo cáo' });
    expect(noted.statusCode).toBe(201);
    const fix = await as(self).post(`/api/shortcomings/${noted.json().id}/fixed`, { version: 1, fixedOn: '2026-02-01' });
    expect(fix.statusCode).toBe(403);
    expect(fix.json().error).toBe('own_work.conduct');
    const row = await t.db
      .selectFrom('shortcoming')
      .select(['fixed_on', 'version'])
      .where('id', '=', noted.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ fixed_on: null, version: 1 });
    expect(
      (await as(organising).post(`/api/shortcomings/${noted.json().id}/fixed`, { version: 1, fixedOn: '2026-02-01' })).statusCode,
    ).toBe(200);
  });
});
