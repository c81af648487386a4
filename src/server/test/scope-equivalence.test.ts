// Out of scope is indistinguishable from missing (issue 7, class 5). Every endpoint of the OpenAPI
// document that names a record (a path id, or a body/query reference) is called, by an account of
// every role scoped to commune A, with (a) a random id and (b) the id of an existing record of
// commune B; status and body must be identical. An endpoint missing from the table below fails the
// test, so a new endpoint cannot escape it; a table entry whose requests never get past validation
// fails too (it would prove nothing).
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/schema.js';
import { createAccount, createPerson, createSubtree, type Subtree } from './factories.js';
import { client, createTestApp, type Session, signIn, type TestContext } from './harness.js';
import { LATER_SPECS } from './scope-equivalence.specs.js';
import { type Entity, type Exempt, foreignRecords, P, sample, set, type Spec } from './scope-equivalence.support.js';

const CRITERIA = [
  { part: 'general', code: 'politics', title: 'Chính trị', maxPoints: 30, source: 'manual' },
  { part: 'results', code: 'tasks', title: 'Nhiệm vụ', maxPoints: 70, source: 'tasks' },
];

const SPECS: Record<string, Spec | Spec[] | Exempt> = {
  ...LATER_SPECS,
  'GET /api/health': 'public health check',
  'POST /api/auth/login': 'sign-in (issue 7 class 3 owns its answers)',
  'GET /api/auth/me': 'own session',
  'POST /api/auth/logout': 'own session',
  'POST /api/auth/logout-all': 'own session',
  'POST /api/auth/password': 'own account',
  'PUT /api/auth/locale': 'own account',
  'GET /api/accounts': 'list within the own scope, no reference',
  'POST /api/accounts': [
    {
      body: [
        'unit',
        (b, v) => {
          b.roles = [{ role: 'cadre', unitId: v }];
        },
      ],
      fixed: { username: 'pham.vi.thu', displayName: 'Phạm Vi Thử', password: 'Dai-Mat-Khau-2026!' },
    },
    {
      body: [
        'person',
        (b, v) => {
          b.personId = v;
          b.roles = [{ role: 'cadre', unitId: OWN.communeA }];
        },
      ],
      fixed: { username: 'pham.vi.thu', displayName: 'Phạm Vi Thử', password: 'Dai-Mat-Khau-2026!' },
    },
  ],
  'GET /api/accounts/{id}': P('account'),
  'PATCH /api/accounts/{id}': { ...P('account'), fixed: { version: 1, displayName: 'Tên mới' } },
  'PUT /api/accounts/{id}/roles': { ...P('account'), fixed: { version: 1 } },
  'POST /api/accounts/{id}/reset-password': { ...P('account'), fixed: { password: 'Dai-Mat-Khau-2026!' } },
  'POST /api/accounts/{id}/unlock': P('account'),
  'POST /api/accounts/{id}/sign-out-all': P('account'),
  'GET /api/audit': [{ query: ['personId', 'person'] }, { query: ['actorId', 'account'] }],
  'GET /api/audit/verify': 'the whole chain, no reference',
  'GET /api/admin-units': 'public administrative reference data',
  'GET /api/admin-units/{id}': 'public administrative reference data',
  'GET /api/people': { query: ['unitId', 'unit'] },
  'POST /api/people': { body: ['unit', set('unitId')] },
  'GET /api/people/names': { query: ['unitId', 'unit'] },
  'GET /api/people/{id}': P('person'),
  'PATCH /api/people/{id}': { ...P('person'), fixed: { version: 1 } },
  'POST /api/people/{id}/tenures': [
    P('person'),
    { ownPath: { id: () => OWN_PERSON }, body: ['post', set('postId')], fixed: { startDate: '2026-01-05', how: 'appointed' } },
  ],
  'POST /api/tenures/{id}/end': P('tenure'),
  'PATCH /api/tenures/{id}': { ...P('tenure'), fixed: { version: 1 } },
  'POST /api/people/{id}/residences': P('person'),
  'GET /api/org/roots': 'the own roots',
  'GET /api/org/units/{id}/children': P('unit'),
  'GET /api/org/units/{id}': P('unit'),
  'PATCH /api/org/units/{id}': { ...P('unit'), fixed: { version: 1, name: 'Tên mới' } },
  'GET /api/org/units/{id}/events': P('unit'),
  'GET /api/org/units/{id}/posts': P('unit'),
  'POST /api/org/units/{id}/posts': P('unit'),
  'GET /api/org/search': 'search within the own scope',
  'GET /api/terms': 'reference data',
  'POST /api/org/units': { body: ['unit', set('parentId')] },
  'POST /api/org/units/{id}/close': P('unit'),
  'POST /api/org/units/{id}/move': [
    P('unit'),
    { ownPath: { id: () => OWN.cellA }, body: ['unit', set('parentId')], fixed: { version: 1, validFrom: '2026-01-05' } },
  ],
  'POST /api/org/merges': {
    body: [
      'unit',
      (b, v) => {
        b.sourceIds = [v, OWN.cellA];
        b.target = { unitId: OWN.committeeA };
      },
    ],
  },
  'POST /api/org/splits': { body: ['unit', set('sourceId')] },
  'PATCH /api/org/posts/{id}': { ...P('post'), fixed: { version: 1, title: 'Chức vụ mới' } },
  'POST /api/org/posts/{id}/close': P('post'),
  'GET /api/jobs/{id}': P('job'),
  'GET /api/jobs/{id}/errors.xlsx': P('job'),
  'GET /api/people/import/template.xlsx': 'a blank template',
  'POST /api/people/import': { query: ['unitId', 'unit'], multipart: true },
  'GET /api/people/export.xlsx': { query: ['unitId', 'unit'] },
  'GET /api/plans': { query: ['unitId', 'unit'] },
  'POST /api/plans': { body: ['unit', set('unitId')], fixed: { week: '2030-01-07' } },
  'GET /api/plans/mine': 'the own plan',
  'GET /api/plans/{id}': P('plan'),
  'PUT /api/plans/{id}': { ...P('plan'), fixed: { version: 1 } },
  'POST /api/plans/copy-last-week': 'the own plan',
  'POST /api/plans/{id}/submit': { ...P('plan'), fixed: { version: 1 } },
  'POST /api/plans/{id}/return': { ...P('plan'), fixed: { version: 1 } },
  'POST /api/plans/{id}/approve': { ...P('plan'), fixed: { version: 1 } },
  'GET /api/units/{id}/settings/plan-deadline': P('unit'),
  'PUT /api/units/{id}/settings/plan-deadline': { ...P('unit'), fixed: { weekday: 5, time: '17:00' } },
  'GET /api/notifications': { query: ['beforeId', 'notification'] },
  'GET /api/notifications/unread-count': 'the own notifications',
  'POST /api/notifications/{id}/read': P('notification'),
  'POST /api/notifications/read-all': 'the own notifications',
  'GET /api/units/{id}/settings/reminders': P('unit'),
  'PUT /api/units/{id}/settings/reminders': P('unit'),
  'GET /api/work-fields': 'reference data',
  'GET /api/responsibilities': [{ query: ['unitId', 'unit'] }, { query: ['personId', 'person'] }],
  'POST /api/responsibilities': {
    body: [
      'person',
      (b, v) => {
        b.personId = v;
        b.unitId = OWN.communeA;
      },
    ],
    fixed: { validFrom: '2026-01-05', fieldCode: 'land_construction' },
  },
  'PATCH /api/responsibilities/{id}': { ...P('responsibility'), fixed: { version: 1 } },
  'GET /api/home': "the own work and the own bindings' units, no reference (home.routes.test.ts checks another commune never appears)",
  'GET /api/indicators': { query: ['unitId', 'unit'] },
  'POST /api/indicators': { body: ['unit', set('unitId')], fixed: { year: 2026, code: 'thu_ngan_sach', target: 100 } },
  'PATCH /api/indicators/{id}': { ...P('indicator'), fixed: { version: 1 } },
  'POST /api/indicators/{id}/actuals': { ...P('indicator'), fixed: { periodEnd: '2026-03-31', value: 10 } },
  'GET /api/tasks': [{ query: ['unitId', 'unit'] }, { query: ['personId', 'person'] }],
  'POST /api/tasks': [
    { body: ['unit', set('unitId')], fixed: { startDate: '2026-03-02', dueDate: '2026-03-20', workUnits: 1 } },
    {
      body: [
        'person',
        (b, v) => {
          b.unitId = OWN.communeA;
          b.leadId = v;
        },
      ],
      fixed: { startDate: '2026-03-02', dueDate: '2026-03-20', workUnits: 1 },
    },
    {
      body: [
        'unit',
        (b, v) => {
          b.unitId = OWN.communeA;
          b.leadId = OWN_PERSON;
          b.areaUnitId = v;
        },
      ],
      fixed: { startDate: '2026-03-02', dueDate: '2026-03-20', workUnits: 1 },
    },
  ],
  'GET /api/tasks/calendar': { query: ['unitId', 'unit'], fixedQuery: { from: '2026-03-01', to: '2026-03-31' } },
  'GET /api/tasks/{id}': P('task'),
  'PATCH /api/tasks/{id}': { ...P('task'), fixed: { version: 1 } },
  'POST /api/tasks/volunteer': { body: ['unit', set('unitId')], fixed: { startDate: '2026-03-02', dueDate: '2026-03-20', workUnits: 1 } },
  'POST /api/tasks/{id}/acknowledge': { ...P('task'), fixed: { version: 1 } },
  'POST /api/tasks/{id}/start': { ...P('task'), fixed: { version: 1 } },
  'POST /api/tasks/{id}/complete': { ...P('task'), fixed: { version: 1, completedOn: '2026-03-02' } },
  'POST /api/tasks/{id}/appraise': { ...P('task'), fixed: { version: 1, majorErrors: 0 } },
  'POST /api/tasks/{id}/due-date': { ...P('task'), fixed: { version: 1, dueDate: '2026-12-30' } },
  'POST /api/tasks/{id}/cancel': { ...P('task'), fixed: { version: 1 } },
  'POST /api/tasks/{id}/progress': { ...P('task'), fixed: { progress: 50 } },
  'POST /api/tasks/{id}/milestones/{mid}/done': { path: { id: 'task', mid: 'milestone' }, fixed: { doneOn: '2026-03-02' } },
  'GET /api/attachments/{id}': P('attachment'),
  'GET /api/summary': { query: ['unitId', 'unit'] },
  'GET /api/summary/tasks': { query: ['unitId', 'unit'] },
  'GET /api/summary/export.xlsx': { query: ['unitId', 'unit'] },
  'GET /api/summary/export.pdf': { query: ['unitId', 'unit'] },
  'POST /api/meetings': [
    { body: ['unit', set('unitId')], fixed: { scheduledAt: '2030-03-04T01:00:00.000Z' } },
    {
      body: [
        'person',
        (b, v) => {
          b.unitId = OWN.communeA;
          b.chairIds = [v];
        },
      ],
      fixed: { scheduledAt: '2030-03-04T01:00:00.000Z' },
    },
  ],
  'GET /api/meetings': { query: ['unitId', 'unit'] },
  'GET /api/meetings/{id}': P('meeting'),
  'PATCH /api/meetings/{id}': { ...P('meeting'), fixed: { version: 1 } },
  'POST /api/meetings/{id}/agenda/from-summary': { ...P('meeting'), fixed: { version: 1 } },
  'PUT /api/meetings/{id}/agenda': { ...P('meeting'), fixed: { version: 1 } },
  'PUT /api/meetings/{id}/attendance': { ...P('meeting'), fixed: { version: 1 } },
  'PUT /api/meetings/{id}/conclusions': { ...P('meeting'), fixed: { version: 1 } },
  'POST /api/meetings/{id}/close': { ...P('meeting'), fixed: { version: 1 } },
  'POST /api/meetings/{id}/documents': { ...P('meeting'), multipart: true },
  'GET /api/meetings/{id}/documents': P('meeting'),
  'GET /api/meetings/{id}/documents/{docId}': { path: { id: 'meeting', docId: 'document' } },
  'GET /api/cadre-groups': 'the groups the actor may use',
  'POST /api/cadre-groups': 'creates under the own scope (class 6)',
  'GET /api/criteria-sets': 'the sets the actor may use',
  'POST /api/criteria-sets': 'creates under the own scope (class 6)',
  'GET /api/criteria-sets/{id}': P('criteriaSet'),
  'PUT /api/criteria-sets/{id}': {
    ...P('criteriaSet'),
    fixed: { version: 1, name: 'Bộ mới', appendix: 'PL4', generalPoints: 30, resultsPoints: 70, criteria: CRITERIA },
  },
  'GET /api/units/{id}/settings/criteria-local': P('unit'),
  'PUT /api/units/{id}/settings/criteria-local': { ...P('unit'), fixed: { allowed: true } },
  'GET /api/units/{id}/disciplines': P('unit'),
  'POST /api/units/{id}/disciplines': { ...P('unit'), fixed: { kind: 'reprimand', decidedOn: '2026-03-02', reason: 'Vi phạm quy chế' } },
  'GET /api/units/{id}/incidents': P('unit'),
  'POST /api/units/{id}/incidents': { ...P('unit'), fixed: { kind: 'negative', concludedOn: '2026-03-02', text: 'Tiêu cực' } },
  'GET /api/units/{id}/shortcomings': P('unit'),
  'POST /api/units/{id}/shortcomings': { ...P('unit'), fixed: { notedOn: '2026-03-02', text: 'Hạn chế' } },
  'GET /api/criteria-assignments': { query: ['unitId', 'unit'] },
  'POST /api/criteria-assignments': {
    body: ['unit', set('unitId')],
    fixed: { effectiveFrom: '2026-01-01', cadreGroups: ['staff'], family: 'c3660000-0000-4000-8000-000000000004' },
  },
  'GET /api/people/{id}/disciplines': P('person'),
  'POST /api/people/{id}/disciplines': { ...P('person'), fixed: { decidedOn: '2026-01-05' } },
  'GET /api/people/{id}/confidence-votes': P('person'),
  'POST /api/people/{id}/confidence-votes': { ...P('person'), fixed: { votedOn: '2026-01-05', totalVotes: 10, highVotes: 5, lowVotes: 1 } },
  'GET /api/people/{id}/degradations': P('person'),
  'POST /api/people/{id}/degradations': { ...P('person'), fixed: { concludedOn: '2026-01-05' } },
  'GET /api/people/{id}/shortcomings': P('person'),
  'POST /api/people/{id}/shortcomings': { ...P('person'), fixed: { notedOn: '2026-01-05' } },
  'POST /api/shortcomings/{id}/fixed': { ...P('shortcoming'), fixed: { version: 1, fixedOn: '2026-01-05' } },
  'GET /api/people/{id}/statuses': P('person'),
  'POST /api/people/{id}/statuses': { ...P('person'), fixed: { validFrom: '2026-01-05' } },
  'POST /api/evaluation/periods': {
    body: ['unit', set('unitId')],
    fixed: { kind: 'quarter', year: 2026, number: 2, pastDeadlinesConfirmed: true },
  },
  'GET /api/evaluation/periods': { query: ['unitId', 'unit'] },
  'GET /api/evaluation/periods/{id}': P('period'),
  'POST /api/evaluation/periods/{id}/close': { ...P('period'), fixed: { version: 1 } },
  'GET /api/evaluation/periods/{id}/evaluations': P('period'),
  'GET /api/evaluation/periods/{id}/quota': { ...P('period'), fixedQuery: { cadreGroup: 'staff' } },
  'POST /api/evaluation/periods/{id}/quota-exceptions': { ...P('period'), fixed: { cadreGroup: 'staff', percent: 25 } },
  'POST /api/evaluation/periods/{id}/decisions': { ...P('period'), fixed: { cadreGroup: 'staff' } },
  'POST /api/evaluation/periods/{id}/publish': P('period'),
  'GET /api/evaluation/mine': { query: ['periodId', 'period'] },
  'GET /api/evaluation/{id}': P('evaluation'),
  'GET /api/evaluation/{id}/evidence': P('evaluation'),
  'POST /api/evaluation/{id}/refresh': { ...P('evaluation'), fixed: { version: 1 } },
  'PUT /api/evaluation/{id}/self': { ...P('evaluation'), fixed: { version: 1 } },
  'POST /api/evaluation/{id}/self/submit': { ...P('evaluation'), fixed: { version: 1 } },
  'PUT /api/evaluation/{id}/appraisal': { ...P('evaluation'), fixed: { version: 1, score: 75, level: 'good' } },
  'PUT /api/evaluation/{id}/decision': { ...P('evaluation'), fixed: { version: 1, score: 75, level: 'good' } },
  'POST /api/evaluation/{id}/cancel-decision': { ...P('evaluation'), fixed: { version: 1 } },
  'GET /api/evaluation/periods/{id}/distribution': P('period'),
  'GET /api/evaluation/commendations': { query: ['unitId', 'unit'] },
  'GET /api/people/{id}/evaluation-history': P('person'),
  'GET /api/evaluation/{id}/form.pdf': P('evaluation'),
  'GET /api/evaluation/periods/{id}/collective-report.pdf': P('period'),
  'GET /api/evaluation/{id}/form.xlsx': P('evaluation'),
  'GET /api/evaluation/periods/{id}/collective-report.xlsx': P('period'),
  'GET /api/evaluation/periods/{id}/published.xlsx': P('period'),
};

const ROLES: Role[] = ['admin', 'organising', 'standing', 'office', 'inspection', 'cadre', 'cell_secretary'];

let ctx: TestContext;
let OWN: Subtree;
let OWN_PERSON = '';
let foreign: Record<Entity, string>;
const sessions = new Map<Role, Session>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is untyped JSON
let doc: any;

beforeAll(async () => {
  ctx = await createTestApp();
  OWN = await createSubtree(ctx.db);
  foreign = await foreignRecords(ctx.db, OWN);
  OWN_PERSON = await createPerson(ctx.db, OWN.committeeA, { given_name: 'Nhà' });
  for (const role of ROLES) {
    const unit = role === 'cell_secretary' ? OWN.cellA : OWN.communeA;
    const personId = role === 'cadre' || role === 'cell_secretary' ? await createPerson(ctx.db, unit, { given_name: 'Thử' }) : undefined;
    const a = await createAccount(ctx.db, role, unit, { personId });
    sessions.set(role, await signIn(ctx.app, a.username, a.password));
  }
  doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
}, 120_000);
afterAll(async () => ctx?.close());

function operations(): Array<{
  key: string;
  op: {
    parameters?: Array<{ in: string; name: string; required?: boolean; schema?: object }>;
    requestBody?: { content: Record<string, { schema: object }> };
  };
}> {
  const out = [];
  for (const [path, ops] of Object.entries<Record<string, never>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) out.push({ key: `${method.toUpperCase()} ${path}`, op });
  }
  return out;
}

function multipart(fields: Record<string, string>) {
  const boundary = `----scope${randomUUID()}`;
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\r\n`;
  return {
    payload: Buffer.from(`${parts.join('')}${file}--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The request of `key` naming `pick(entity)` wherever the spec places a reference. */
function request(key: string, spec: Spec, op: ReturnType<typeof operations>[number]['op'], pick: (e: Entity) => string) {
  const [method, template] = key.split(' ');
  let url = template;
  for (const [name, entity] of Object.entries(spec.path ?? {})) url = url.replace(`{${name}}`, pick(entity!));
  for (const [name, own] of Object.entries(spec.ownPath ?? {})) url = url.replace(`{${name}}`, own());
  const query = new URLSearchParams();
  for (const p of op.parameters ?? [])
    if (p.in === 'query' && p.required) query.set(p.name, String(sample(p.schema, doc.components?.schemas)));
  for (const [k, v] of Object.entries(spec.fixedQuery ?? {})) query.set(k, v);
  if (spec.query) query.set(spec.query[0], pick(spec.query[1]));
  const q = query.toString();
  const full = q ? `${url}?${q}` : url;
  const schema = op.requestBody?.content?.['application/json']?.schema;
  const sampled = sample(schema, doc.components?.schemas);
  // A body that is a list (attendance) goes as sampled; an object gets the fixed values and the reference.
  const body = Array.isArray(sampled) ? sampled : { ...((sampled as Record<string, unknown>) ?? {}), ...(spec.fixed ?? {}) };
  if (spec.body && !Array.isArray(body)) spec.body[1](body, pick(spec.body[0]));
  return { method, url: full, body, multipart: spec.multipart };
}

async function call(role: Role, r: ReturnType<typeof request>): Promise<LightMyRequestResponse> {
  const api = client(ctx.app, sessions.get(role)!);
  if (r.multipart) {
    const { payload, headers } = multipart({ mode: 'all', progress: '50' });
    return api.post(r.url, payload, { headers });
  }
  switch (r.method) {
    case 'GET':
      return api.get(r.url);
    case 'POST':
      return api.post(r.url, r.body);
    case 'PUT':
      return api.put(r.url, r.body);
    case 'PATCH':
      return api.patch(r.url, r.body);
    default:
      return api.delete(r.url);
  }
}

const answer = (res: LightMyRequestResponse) => {
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json() : res.body.length };
};

/** An answer that proves nothing: the request stopped at validation before any look-up. */
function stoppedAtValidation(res: LightMyRequestResponse, spec: Spec): boolean {
  if (res.statusCode !== 400) return false;
  const fields: string[] = (res.json().details ?? []).map((d: { field: string }) => d.field);
  const refs = [
    spec.query?.[0],
    ...(spec.body
      ? ['unitId', 'parentId', 'personId', 'sourceId', 'sourceIds', 'roles', 'leadId', 'areaUnitId', 'chairIds', 'postId']
      : []),
  ].filter(Boolean) as string[];
  return !fields.some((f) => refs.some((r) => f === r || f.startsWith(`${r}.`)));
}

describe('out of scope answers exactly like missing', () => {
  it('every operation of the OpenAPI document is in the table', () => {
    const missing = operations()
      .map((o) => o.key)
      .filter((k) => !(k in SPECS));
    expect(missing, 'add each new endpoint to SPECS in scope-equivalence.test.ts').toEqual([]);
    const stale = Object.keys(SPECS).filter((k) => !operations().some((o) => o.key === k));
    expect(stale).toEqual([]);
  });

  it('a random id and another commune’s record get the same status and body, for every role', async () => {
    const differences: string[] = [];
    const vacuous: string[] = [];
    for (const { key, op } of operations()) {
      const entry = SPECS[key];
      if (!entry || typeof entry === 'string') continue;
      for (const spec of Array.isArray(entry) ? entry : [entry]) {
        const random = new Map<Entity, string>();
        const rnd = (e: Entity) => random.get(e) ?? (random.set(e, randomUUID()), random.get(e)!);
        let reached = false;
        let sampleAnswer = '';
        for (const role of ROLES) {
          const a = await call(role, request(key, spec, op, rnd));
          const b = await call(
            role,
            request(key, spec, op, (e) => foreign[e]),
          );
          if (a.statusCode >= 500 || b.statusCode >= 500)
            differences.push(`${key} as ${role}: ${a.statusCode}/${b.statusCode} ${b.body.slice(0, 200)}`);
          const x = answer(a);
          const y = answer(b);
          if (JSON.stringify(x) !== JSON.stringify(y))
            differences.push(
              `${key} as ${role}: random → ${JSON.stringify(x).slice(0, 240)} | foreign → ${JSON.stringify(y).slice(0, 240)}`,
            );
          if (a.statusCode !== 403 && !stoppedAtValidation(a, spec)) reached = true;
          if (a.statusCode !== 403) sampleAnswer ||= `${a.statusCode} ${a.body.slice(0, 300)}`;
        }
        if (!reached) vacuous.push(`${key}: ${sampleAnswer}`);
      }
    }
    // Vacuous: these requests never got past validation or role checks (fix their sample bodies).
    expect({ differences, vacuous }).toEqual({ differences: [], vacuous: [] });
  }, 600_000);
});
