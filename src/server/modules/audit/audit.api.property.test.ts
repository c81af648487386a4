// The chain verifies after any sequence of valid requests. fast-check drives random valid inputs
// (from the app's own OpenAPI document: real ids from the test's world, ids in upper case, text in
// NFD, dates around today) through every mutating and exporting endpoint, as roles that may call
// them, then verifies the whole chain and looks every written event up in its entity's history by
// the id in another spelling. Fixed seed; bounded to ~30 s. Its own file: it verifies the trail.
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lowerUuids } from '../../../contracts/canonical.js';
import { createAccount } from '../../test/factories.js';
import { inlineRefs } from '../../test/openapi-arbitrary.js';
import { type Session, type TestContext, createTestApp, signIn } from '../../test/harness.js';
import { type Commune, openPeriod, seedCommune } from '../evaluation/evaluation.test-support.js';
import { type Endpoint, type World, buildWorld, endpointsOf, send } from './audit.api.property.test-support.js';
import { verifyChain } from './audit.verify.js';

let t: TestContext;
let c: Commune;
let w: World;
let endpoints: Endpoint[];
let reader: Session;

beforeAll(async () => {
  t = await createTestApp();
  c = await seedCommune(t.app, t.db);
  await openPeriod(t.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
  // The history reader signs in before the world is built, so the run never edits its account.
  const r = await createAccount(t.db, 'inspection', c.tree.provinceId);
  reader = await signIn(t.app, r.username, r.password);
  w = await buildWorld(t, c);
  endpoints = endpointsOf(inlineRefs((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()));
}, 240_000);
afterAll(() => t?.close());

const UPPER_UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** The id with every uuid in it in upper case (a composite id keeps its other parts). */
const upperUuids = (s: string) => s.replace(new RegExp(UPPER_UUID, 'gi'), (u) => u.toUpperCase());
const hasUpperUuid = (s: string) => [...s.matchAll(new RegExp(UPPER_UUID, 'gi'))].some((m) => m[0] !== m[0].toLowerCase());

describe('the audit chain after random valid requests to every endpoint', () => {
  it('verifies, files every event under canonical ids and finds it by the id in any spelling', { timeout: 240_000 }, async () => {
    const t0 = Date.now();
    const startSeq = Number((await t.db.selectFrom('audit_head').select('last_seq').executeTakeFirstOrThrow()).last_seq);
    const stats = {
      requests: 0,
      statuses: new Map<number, number>(),
      hit: new Set<string>(),
      ok: new Set<string>(),
      unaudited: new Set<string>(),
    };
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        // Every endpoint once per run, in a random order, those that create records first.
        const order = g(fc.shuffledSubarray, endpoints, { minLength: endpoints.length, maxLength: endpoints.length });
        order.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
        for (const ep of order) {
          await w.refreshPools();
          const out = await send(t, w, ep, g, stats);
          if (!out) continue;
          if (out.ok && out.upperIds.length && out.events.length) {
            // The request named ids in upper case: its events never keep that spelling.
            const text = JSON.stringify(out.events);
            for (const u of out.upperIds) expect(text.includes(u), `${ep.key} ${u}`).toBe(false);
          }
          if (out.ok && ep.mutating && !out.events.length && !out.async && !out.noop) stats.unaudited.add(ep.key);
        }
        const result = await verifyChain(t.db);
        expect(result.breaks).toEqual([]);
        expect(result.intact).toBe(true);
      }),
      { seed: 20261207, numRuns: 3, endOnFailure: true },
    );

    // Every event of the run: canonical ids only, and its entity's history finds it by the id in
    // upper case (the audit filter canonicalises it as the recorder did).
    const events = await t.db.selectFrom('audit_event').selectAll().where('seq', '>', startSeq).orderBy('seq').execute();
    const visible = new Set(
      (
        await sql<{ id: string }>`SELECT descendant_id AS id FROM org_unit_closure WHERE ancestor_id = ${c.tree.provinceId}`.execute(t.db)
      ).rows.map((r) => r.id),
    );
    const statuses = Object.fromEntries([...stats.statuses].sort(([a], [b]) => a - b));
    console.log(
      `audit property: ${stats.requests} requests, ${stats.hit.size}/${endpoints.length} endpoints called, ${stats.ok.size} answered 2xx, ` +
        `${events.length} events written in ${Date.now() - t0} ms; statuses ${JSON.stringify(statuses)}\n` +
        `  never 2xx: ${endpoints
          .filter((e) => !stats.ok.has(e.key))
          .map((e) => e.key)
          .join(', ')}\n` +
        `  2xx mutations without an audit event: ${[...stats.unaudited].join(', ') || 'none'}`,
    );
    const checkedPairs = new Set<string>();
    for (const e of events) {
      const row = JSON.stringify(e);
      expect(hasUpperUuid(row), row).toBe(false);
      expect(e.entity_id).toBe(lowerUuids(e.entity_id));
      const pair = `${e.entity_type}|${e.entity_id}`;
      if (!e.unit_id || !visible.has(e.unit_id) || !UPPER_UUID.test(e.entity_id) || checkedPairs.has(pair)) continue;
      checkedPairs.add(pair);
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/audit?entityType=${encodeURIComponent(e.entity_type)}&entityId=${encodeURIComponent(upperUuids(e.entity_id))}&limit=200`,
        headers: { cookie: reader.cookie },
      });
      expect(res.statusCode).toBe(200);
      const seqs = res.json().items.map((x: { seq: number }) => x.seq);
      expect(seqs, pair).toContain(Number(e.seq));
    }
    console.log(`audit property: ${checkedPairs.size} entity histories looked up by the id in upper case`);
    // Every mutation is audited in its transaction (decision 0029): a 2xx write without an event fails here.
    expect([...stats.unaudited], '2xx mutations without an audit event').toEqual([]);
    expect(stats.hit.size).toBe(endpoints.length);
    expect(events.length).toBeGreaterThan(50);
  });
});
