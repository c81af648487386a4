// A period close on generated data (a small province with a year of tasks, trigger inputs and
// appraised items) must write exactly the rows it wrote before the close was made faster (issue 14,
// decision 0027): every computed column of every evaluation is compared with a stored snapshot
// taken with the earlier code (per row, a hash of its values; the evaluation ids, which are random,
// replaced by the subject they evaluate; the time of computation and the digest left out, the
// collectives a leader heads sorted). A second close on
// the same facts then writes nothing: the digest of each row matches what was stored.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../../seed/generate.js';
import { BENCH_TODAY } from '../../seed/work-generate.js';
import { createAccount } from '../../test/factories.js';
import { type TestContext, createTestApp, signIn } from '../../test/harness.js';
import { jobSettled } from '../jobs/index.js';
import { computePeriod } from './index.js';

let t: TestContext;
let periodId: string;

beforeAll(async () => {
  t = await createTestApp({ reference: true });
  const gen = await generateProvince(t.db, { scale: 0.01, tasksPerPerson: 12, seed: 14 });
  // Trigger inputs for a deterministic share of the people (as bench/period-close.ts).
  await sql`
    WITH p AS (SELECT id, ('x' || substr(md5(id::text), 1, 8))::bit(32)::int AS h FROM person),
    v AS (INSERT INTO confidence_vote (id, person_id, voted_on, total_votes, high_votes, low_votes)
          SELECT md5('vote' || id)::uuid, id, '2026-06-15', 25, 16, abs(h) % 9 FROM p WHERE abs(h) % 5 = 0 RETURNING 1),
    d AS (INSERT INTO discipline (id, person_id, kind, decided_on, reason)
          SELECT md5('disc' || id)::uuid, id, 'reprimand', '2026-08-10', 'test' FROM p WHERE abs(h) % 30 = 1 RETURNING 1),
    s AS (INSERT INTO shortcoming (id, person_id, noted_on, text, fixed_on)
          SELECT md5('short' || id)::uuid, id, '2026-04-10', 'test', CASE WHEN h % 2 = 0 THEN '2026-08-01'::date END FROM p WHERE abs(h) % 10 = 2 RETURNING 1),
    m AS (INSERT INTO member_status (id, person_id, kind, valid_from, valid_to)
          SELECT md5('leave' || id)::uuid, id, 'maternity_leave', '2026-08-01', '2027-01-31' FROM p WHERE abs(h) % 20 = 3 RETURNING 1)
    SELECT 1`.execute(t.db);
  const account = await createAccount(t.db, 'organising', gen.provinceUnitId);
  const s = await signIn(t.app, account.username, account.password);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/evaluation/periods',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    payload: { unitId: gen.provinceUnitId, kind: 'quarter', year: 2026, number: 3, pastDeadlinesConfirmed: true },
  });
  expect(res.statusCode, res.body).toBe(202);
  const opened = res.json<{ jobId: string; periodId: string }>();
  await jobSettled(opened.jobId);
  periodId = opened.periodId;
  // The appraisal items of every evaluation (the general part and the KPIs), as after the steps.
  await sql`
    UPDATE evaluation e SET
      appraisal_general = (SELECT jsonb_object_agg(c.code, round(c.max_points * (0.6 + (abs(hashtext(coalesce(e.person_id, e.subject_unit_id)::text || c.code)) % 40) / 100.0) * 2) / 2)
                           FROM criterion c WHERE c.set_id = e.criteria_set_id AND c.part = 'general'),
      appraisal_kpis = (SELECT jsonb_object_agg(c.code, round(c.max_points * 0.85 * 2) / 2)
                        FROM criterion c WHERE c.set_id = e.criteria_set_id AND c.part = 'results' AND c.source IN ('kpi', 'manual')),
      appraisal_level = 'good', appraisal_score = 80, appraised_at = now(), status = 'appraised'
    WHERE e.period_id = ${periodId} AND e.status <> 'excluded'`.execute(t.db);
}, 600_000);
afterAll(() => t?.close());

/** JSON with sorted keys (jsonb gives keys back in its own order). */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

/** Every computed row: subject → hash of its computed values (random ids and the computation time left out). */
async function computedRows(): Promise<Record<string, string>> {
  const { rows } = await sql<Record<string, unknown> & { id: string; person_id: string | null; subject_unit_id: string | null }>`
    SELECT id, person_id, subject_unit_id, status, excluded_reason, worked_ratio::text AS worked_ratio, inputs,
      results_score::text AS results_score, proposed_level, gate_report
    FROM evaluation WHERE period_id = ${periodId}`.execute(t.db);
  const subjectOf = new Map(rows.map((r) => [r.id, `${r.person_id ? 'person' : 'unit'}:${r.person_id ?? r.subject_unit_id}`]));
  const out: Record<string, string> = {};
  for (const r of [...rows].sort((a, b) => subjectOf.get(a.id)!.localeCompare(subjectOf.get(b.id)!))) {
    const { id, person_id: _p, subject_unit_id: _u, ...values } = r;
    const inputs = { ...(values.inputs as Record<string, unknown>) };
    // Excluded at opening: left as they are by a close.
    if (values.status !== 'excluded') expect(typeof inputs.computedAt).toBe('string');
    delete inputs.computedAt;
    // The collectives a leader heads come in no set order (nor does the digest of their row, which hashes them as they come).
    if (Array.isArray(inputs.units))
      inputs.units = [...(inputs.units as Array<{ unitId: string }>)].sort((a, b) => a.unitId.localeCompare(b.unitId));
    const gate = { ...(values.gate_report as Record<string, unknown>) };
    delete gate.digest;
    const text = canonical({ ...values, inputs, gate_report: gate }).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      (u) => subjectOf.get(u) ?? u,
    );
    out[subjectOf.get(id)!] = createHash('sha1').update(text).digest('base64');
  }
  return out;
}

describe('period close on generated data', () => {
  it('writes every row exactly as before, and nothing when closed again on the same facts', async () => {
    const first = await computePeriod(t.db, periodId, () => {}, { mode: 'close', asOf: BENCH_TODAY });
    expect(first.evaluations).toBeGreaterThan(300);
    expect(first.written).toBe(first.evaluations - first.excluded);
    const rows = await computedRows();
    expect(Object.keys(rows)).toHaveLength(first.evaluations);
    expect({ proposed: first.proposed, scored: first.scored, excluded: first.excluded, rows }).toMatchSnapshot();
    const again = await computePeriod(t.db, periodId, () => {}, { mode: 'close', asOf: BENCH_TODAY });
    expect(again.written).toBe(0);
    expect(await computedRows()).toEqual(rows);
  }, 600_000);
});
