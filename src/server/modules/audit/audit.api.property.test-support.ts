// Support of the audit property test: the endpoints of the OpenAPI document that change or export
// something, a world of sessions and id pools, and sending one generated request.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { Role } from '../../db/schema.js';
import { createAccount } from '../../test/factories.js';
import { type Session, type TestContext, signIn } from '../../test/harness.js';
import { type GenOptions, type JsonSchema, arbitraryOf, eitherCase } from '../../test/openapi-arbitrary.js';
import type { Commune } from '../evaluation/evaluation.test-support.js';
import { BUILDERS } from './audit.api.property-builders.test-support.js';
import { buildTemplateRows, writePeopleWorkbook } from '../people-excel/index.js';

export interface Endpoint {
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
  body?: JsonSchema;
  mutating: boolean;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

const EXPORT = /(export|\.pdf$|\.xlsx$)/;

/** Every operation that changes something (any non-GET) or exports a document. */
export function endpointsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Endpoint[] {
  const out: Endpoint[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase() as Endpoint['method'];
      if (method === 'GET' && !EXPORT.test(path)) continue;
      out.push({
        key: `${method} ${path}`,
        method,
        path,
        query: (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema,
        mutating: method !== 'GET',
      });
    }
  }
  return out;
}

export interface World {
  commune: Commune;
  sessions: Session[];
  /** Per endpoint, the sessions that were not refused (403) before: tried first. */
  allowed: Map<string, Set<Session>>;
  pools: Map<string, string[]>;
  opts: GenOptions;
  refreshPools(): Promise<void>;
  /** A fresh session, for the requests that end their own session. */
  throwaway(): Promise<Session>;
}

const POOL_TABLES: Array<[string, string]> = [
  ['people', 'person'],
  ['tenures', 'tenure'],
  ['units', 'org_unit'],
  ['posts', 'post'],
  ['plans', 'weekly_plan'],
  ['notifications', 'notification'],
  ['responsibilities', 'responsibility'],
  ['indicators', 'indicator'],
  ['tasks', 'task'],
  ['milestones', 'task_milestone'],
  ['meetings', 'meeting'],
  ['criteria-sets', 'criteria_set'],
  ['shortcomings', 'shortcoming'],
  ['periods', 'evaluation_period'],
  ['evaluation', 'evaluation'],
  ['jobs', 'job'],
];

const FIELD_POOLS: Array<[RegExp, string[]]> = [
  [/task/i, ['tasks']],
  [/post/i, ['posts']],
  [/period/i, ['periods']],
  [/evaluation/i, ['evaluation']],
  [/(account|actor)/i, ['accounts']],
  [/meeting/i, ['meetings']],
  [/indicator/i, ['indicators']],
  [/plan/i, ['plans']],
  [/set/i, ['criteria-sets']],
  [/job/i, ['jobs']],
  [/(unit|parent|target|source|area|bucket)/i, ['units']],
  [/(person|lead|support|assignee|member|attendee|participant|chair|secretary|holder|people)/i, ['people']],
];

export async function buildWorld(t: TestContext, c: Commune): Promise<World> {
  const as = async (role: Role, unitId: string, personId?: string) => {
    const a = await createAccount(t.db, role, unitId, { personId });
    return { id: a.id, session: await signIn(t.app, a.username, a.password) };
  };
  const extra = [
    await as('admin', c.tree.provinceId),
    await as('admin', c.tree.communeA),
    await as('cell_secretary', c.tree.cellA, c.people.peers[0]),
  ];
  const sessions = [...Object.values(c.sessions), ...extra.map((x) => x.session)];
  const sessionAccounts = (await t.db.selectFrom('session').select('account_id').execute()).map((r) => r.account_id);
  // Accounts the run may edit, disable or sign out: never those whose sessions it uses.
  const targets = [];
  for (let i = 0; i < 3; i++) targets.push((await createAccount(t.db, 'cadre', c.tree.cellA)).id);
  const pools = new Map<string, string[]>([['accounts', targets]]);
  let calls = 0;
  const refreshPools = async () => {
    if (calls++ % 5 !== 0) return;
    for (const [pool, table] of POOL_TABLES) {
      const rows = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.table(table)} ORDER BY random() LIMIT 30`.execute(t.db);
      pools.set(
        pool,
        rows.rows.map((r) => r.id),
      );
    }
    const accounts = await t.db.selectFrom('account').select('id').where('id', 'not in', sessionAccounts).limit(30).execute();
    pools.set(
      'accounts',
      accounts.map((r) => r.id),
    );
  };
  const today = new Date(`${todayInVietnam()}T00:00:00Z`);
  const opts: GenOptions = {
    idsFor(field) {
      const hit = FIELD_POOLS.find(([re]) => re.test(field));
      return (hit ? hit[1] : ['people', 'units']).flatMap((p) => pools.get(p) ?? []);
    },
    day(n) {
      const d = new Date(today);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    },
  };
  const throwaway = async () => (await as('cadre', c.tree.cellA)).session;
  return { commune: c, sessions, allowed: new Map(), pools, opts, refreshPools, throwaway };
}

type Gen = fc.GeneratorValue;

function multipart(fileName: string, content: Buffer, type: string) {
  const boundary = `----canbo${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uuids spelt with an upper-case letter anywhere inside a value. */
function upperUuidsIn(value: unknown): string[] {
  const s = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return [...s.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)]
    .map((m) => m[0])
    .filter((u) => u !== u.toLowerCase());
}

export interface Stats {
  requests: number;
  statuses: Map<number, number>;
  hit: Set<string>;
  ok: Set<string>;
}

export interface Sent {
  status: number;
  ok: boolean;
  async: boolean;
  /** A write that reports it changed nothing (every count in its answer is 0: nothing unread, nothing to publish). */
  noop: boolean;
  upperIds: string[];
  events: unknown[];
}

/** An answer like `{ marked: 0 }` or `{ published: 0 }`: the request was valid and changed nothing, so there is nothing to audit. */
function reportsNoChange(body: string): boolean {
  try {
    const v: unknown = JSON.parse(body);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    const values = Object.values(v);
    return values.length > 0 && values.every((x) => x === 0);
  } catch {
    return false;
  }
}

const headSeq = async (t: TestContext) =>
  Number((await t.db.selectFrom('audit_head').select('last_seq').executeTakeFirstOrThrow()).last_seq);

/** Sends one generated request to `ep`, trying up to four roles until one may call it. */
export async function send(t: TestContext, w: World, ep: Endpoint, g: Gen, stats: Stats): Promise<Sent | null> {
  let base = '';
  const path = ep.path.replace(/\{(\w+)\}/g, (_m, name: string, offset: number) => {
    const segment = ep.path.slice(0, offset).split('/').filter(Boolean).pop() ?? '';
    const pool = name === 'mid' ? 'milestones' : segment;
    const ids = w.pools.get(pool) ?? [];
    const id = ids.length ? g(fc.constantFrom, ...ids) : randomUUID();
    const spelt = g(() => eitherCase(id));
    if (!base) base = ep.path.slice(0, offset) + spelt;
    return spelt;
  });
  const query = new URLSearchParams();
  for (const q of ep.query) {
    if (!q.required && !g(fc.boolean)) continue;
    query.set(q.name, String(g(() => arbitraryOf(q.schema, w.opts, q.name))));
  }
  const url = `${path}${query.size ? `?${query}` : ''}`;
  let payload: InjectOptions['payload'];
  let headers: Record<string, string> = {};
  if (ep.path === '/api/people/import') {
    const rows = buildTemplateRows(2, { citizenIdStart: 100_000_000_000 + g(fc.integer, { min: 0, max: 1e9 }) });
    ({ payload, headers } = multipart(
      'danh-sach.xlsx',
      await writePeopleWorkbook(rows),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ));
  } else if (ep.path === '/api/meetings/{id}/documents') {
    ({ payload, headers } = multipart('bao-cao.pdf', Buffer.from('%PDF-1.4 Báo cáo tuần'.normalize('NFD')), 'application/pdf'));
  } else if (BUILDERS[ep.key]) {
    payload = g(() => BUILDERS[ep.key](w.commune, w.opts.day)) as InjectOptions['payload'];
  } else if (ep.body) {
    payload = g(() => arbitraryOf(ep.body!, w.opts)) as InjectOptions['payload'];
  } else if (ep.mutating) {
    payload = {};
  }
  const upperIds = [...upperUuidsIn(url), ...(headers['content-type'] ? [] : upperUuidsIn(payload))];

  const endsSession = ep.path === '/api/auth/logout' || ep.path === '/api/auth/logout-all';
  const allowed = w.allowed.get(ep.key) ?? new Set<Session>();
  w.allowed.set(ep.key, allowed);
  const shuffled = g(fc.shuffledSubarray, w.sessions, { minLength: w.sessions.length, maxLength: w.sessions.length });
  const order: Array<Session | null> =
    ep.path === '/api/auth/login'
      ? [null]
      : endsSession
        ? [await w.throwaway()]
        : [...shuffled.filter((s) => allowed.has(s)), ...shuffled.filter((s) => !allowed.has(s))].slice(0, 4);
  let last: Sent | null = null;
  for (const s of order) {
    const auth = s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {};
    let body = payload;
    if (body && typeof body === 'object' && !Buffer.isBuffer(body) && 'version' in body && base) {
      // A write names the version it read: read it as this role first (the resource itself, or
      // the record the action is on).
      for (const read of ep.method === 'POST' ? [base] : [path, base]) {
        const cur = await t.app.inject({ method: 'GET', url: read, headers: auth });
        const version = cur.statusCode === 200 ? cur.json<{ version?: unknown }>().version : undefined;
        if (typeof version === 'number') {
          body = { ...(body as object), version };
          break;
        }
      }
    }
    const before = await headSeq(t);
    const res = await t.app.inject({ method: ep.method, url, payload: body, headers: { ...headers, ...auth } });
    stats.requests += 1;
    stats.hit.add(ep.key);
    stats.statuses.set(res.statusCode, (stats.statuses.get(res.statusCode) ?? 0) + 1);
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    if (ok) stats.ok.add(ep.key);
    if (process.env.AUDIT_PROPERTY_DEBUG && (res.statusCode === 400 || res.statusCode === 409 || res.statusCode >= 500))
      console.log(ep.key, res.statusCode, res.body.slice(0, 300), JSON.stringify(body).slice(0, 300));
    const events = ok ? await t.db.selectFrom('audit_event').selectAll().where('seq', '>', before).execute() : [];
    last = { status: res.statusCode, ok, async: res.statusCode === 202, noop: ok && reportsNoChange(res.body), upperIds, events };
    if (s && res.statusCode !== 403) allowed.add(s);
    if (res.statusCode !== 403 && res.statusCode !== 404) break;
  }
  return last;
}
