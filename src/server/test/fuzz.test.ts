// Fuzz: every operation of the app's own OpenAPI document gets generated malformed requests —
// wrong types, huge and negative numbers, 2^31, NaN strings, NUL and lone surrogates, 10,000-char
// strings, year-10000 dates, missing and extra fields, arrays for objects, random ids, broken JSON,
// wrong content types, broken multipart — signed in as an administrator and without a session.
// Any 5xx (or a connection dropped after the headers) fails the test, naming the request.
// Bounded: a fixed fast-check seed and a time budget (FUZZ_BUDGET_MS, default 40 s).
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTask, openPeriod, seedCommune } from '../modules/evaluation/evaluation.test-support.js';
import { createAccount, createPerson } from './factories.js';
import { type Session, type TestContext, createTestApp, signIn } from './harness.js';
import { type JsonSchema, type Operation, type Pools, buildCase, caseArbitrary, operationsOf } from './fuzz.support.js';
import { inlineRefs } from './openapi-arbitrary.js';

const SEED = 20261207;
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 40_000);

let t: TestContext;
let admin: Session;
let adminLogin: { id: string; username: string; password: string };
let ops: Operation[];
let pools: Pools;

beforeAll(async () => {
  t = await createTestApp();
  const c = await seedCommune(t.app, t.db);
  const acc = await createAccount(t.db, 'admin', c.tree.provinceId);
  adminLogin = acc;
  admin = await signIn(t.app, acc.username, acc.password);
  const task = await insertTask(t.db, { unitId: c.tree.committeeA, personId: c.people.cadre, dueDate: '2026-03-20' });
  const periodId = await openPeriod(t.app, c.sessions.organising, { unitId: c.tree.committeeA, kind: 'quarter', year: 2026, number: 1 });
  const evaluation = await t.db.selectFrom('evaluation').select('id').where('period_id', '=', periodId).executeTakeFirstOrThrow();
  const spare = await createPerson(t.db, c.tree.communeA, { given_name: 'Dự phòng' });
  pools = {
    unit: [c.tree.provinceId, c.tree.communeA, c.tree.committeeA, c.tree.cellA],
    person: [c.people.cadre, c.people.leader, spare],
    account: [(await createAccount(t.db, 'cadre', c.tree.committeeA)).id],
    task: [task],
    period: [periodId],
    evaluation: [evaluation.id],
  };
  const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  ops = operationsOf(
    inlineRefs(
      doc.json<{
        paths: Record<
          string,
          Record<string, { parameters?: unknown[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>
        >;
      }>(),
    ),
  );
}, 240_000);
afterAll(() => t?.close());

describe('fuzz of every operation in the OpenAPI document', () => {
  it('never answers 5xx to malformed input', async () => {
    expect(ops.length).toBeGreaterThan(100);
    const cases = fc.sample(caseArbitrary, { seed: SEED, numRuns: 50_000 });
    const failures: string[] = [];
    const statuses: Record<string, number> = {};
    const kinds: Record<string, number> = {};
    const exercised = new Set<string>();
    const started = Date.now();
    let requests = 0;
    let rounds = 0;
    outer: for (let i = 0; ; rounds++) {
      for (const op of ops) {
        if (Date.now() - started > BUDGET_MS && rounds > 1) break outer; // at least one round each way
        const spec = cases[i++ % cases.length];
        const req = buildCase(op, spec, pools);
        // The first round goes without a session (every operation once), then mostly as the administrator.
        const anonymous = rounds === 0 || spec.anonymous;
        const headers: Record<string, string> = { 'accept-language': spec.english ? 'en' : 'vi', ...req.headers };
        if (!anonymous) Object.assign(headers, { cookie: admin.cookie, 'x-csrf-token': admin.csrf });
        // Each anonymous request from its own address, so that sign-in throttling does not hide the rest.
        if (anonymous || op.path.startsWith('/api/auth/login'))
          headers['x-forwarded-for'] = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        const opts: InjectOptions = {
          method: op.method,
          url: req.url,
          headers,
          payload: req.payload as InjectOptions['payload'],
        };
        requests++;
        kinds[spec.kind] = (kinds[spec.kind] ?? 0) + 1;
        exercised.add(`${op.method} ${op.path}`);
        let status: number;
        try {
          const res = await t.app.inject(opts);
          status = res.statusCode;
          if (status >= 500)
            failures.push(`${status} ${op.method} ${req.url} [${spec.kind}] ${show(req.payload)} → ${res.body.slice(0, 200)}`);
        } catch (err) {
          status = 0; // the response broke off after its headers
          failures.push(`dropped ${op.method} ${req.url} [${spec.kind}] ${show(req.payload)} → ${String(err)}`);
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        // A fuzzed request may end the admin's session (sign-out, password change): sign in again.
        if (!anonymous && status === 401) admin = await signInAgain();
      }
    }
    const ms = Date.now() - started;
    console.log(
      `fuzz: ${requests} requests, ${exercised.size}/${ops.length} operations, ${rounds} rounds in ${ms} ms; statuses ${JSON.stringify(statuses)}; malformations ${JSON.stringify(kinds)}; ${failures.length} failures`,
    );
    expect(exercised.size).toBe(ops.length);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 300_000);
});

/** Signs the administrator in again, first restoring the password a fuzzed request may have changed. */
async function signInAgain(): Promise<Session> {
  const { hash } = await import('@node-rs/argon2');
  await t.db
    .updateTable('account')
    .set({ password_hash: await hash(adminLogin.password), disabled: false })
    .where('id', '=', adminLogin.id)
    .execute();
  // Fuzzed sign-ins slow this username down (the throttle, decision 0007): forget them.
  await t.db.deleteFrom('sign_in_throttle').execute();
  return signIn(t.app, adminLogin.username, adminLogin.password);
}

function show(payload: unknown): string {
  const s = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('latin1') : JSON.stringify(payload);
  return (s ?? '')
    .slice(0, 240)
    .replace(/\0/g, '\\u0000')
    .replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
