// period-close: a province at --scale with a year of tasks (bench/tasks-setup.ts), a few trigger
// inputs (votes, disciplines, shortcomings, leave), and quarter III 2026 opened for the whole
// province through the evaluation module's API (POST /api/evaluation/periods, a job: not timed);
// every evaluation then gets its appraisal items (general part, KPIs) as after the steps. Timed:
// the module's computePeriod — every results score, gate and proposed level, written back — as a
// period close does it, against the lower bound of one hand-written SQL aggregation of the same
// inputs (per-person totals of the quarter's tasks joined with the trigger inputs and the scored
// items, all rows fetched), alternately in the same run. Prints where the time goes and the time per person
// (run it with --scale 3 to see the growth), then `period-close: <s> s; lower bound <s> s; ratio <x>`.
import type { ComputeProgress } from '../src/server/modules/evaluation/index.js';
import { computePeriod } from '../src/server/modules/evaluation/index.js';
import { jobSettled } from '../src/server/modules/jobs/index.js';
import { BENCH_TODAY as WORK_TODAY } from '../src/server/seed/work-generate.js';
import { createAccount } from '../src/server/test/factories.js';
import { signIn } from '../src/server/test/harness.js';
import { type BenchOptions, log, resultLine } from './bench.lib.js';
import { setUpWorkBench } from './tasks-setup.js';

export const QUARTER = { year: 2026, number: 3, from: '2026-07-01', to: '2026-09-30' };
const RUNS = 3;

/** Trigger inputs for a deterministic share of the people (md5 of the id picks them). */
export const TRIGGERS = `
  WITH p AS (SELECT id, ('x' || substr(md5(id::text), 1, 8))::bit(32)::int AS h FROM person
             WHERE unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = $1)),
  v AS (INSERT INTO confidence_vote (id, person_id, voted_on, total_votes, high_votes, low_votes)
        SELECT md5('vote' || id)::uuid, id, '2026-06-15', 25, 18, abs(h) % 6 FROM p WHERE abs(h) % 10 = 0 RETURNING 1),
  d AS (INSERT INTO discipline (id, person_id, kind, decided_on, reason)
        SELECT md5('disc' || id)::uuid, id, 'reprimand', '2026-08-10', 'benchmark' FROM p WHERE abs(h) % 300 = 1 RETURNING 1),
  s AS (INSERT INTO shortcoming (id, person_id, noted_on, text, fixed_on)
        SELECT md5('short' || id)::uuid, id, '2026-04-10', 'benchmark', CASE WHEN h % 2 = 0 THEN '2026-08-01'::date END FROM p WHERE abs(h) % 50 = 2 RETURNING 1),
  m AS (INSERT INTO member_status (id, person_id, kind, valid_from, valid_to)
        SELECT md5('leave' || id)::uuid, id, 'maternity_leave', '2026-08-01', '2027-01-31' FROM p WHERE abs(h) % 200 = 3 RETURNING 1)
  SELECT (SELECT count(*) FROM v) AS votes, (SELECT count(*) FROM d) AS disciplines, (SELECT count(*) FROM s) AS shortcomings, (SELECT count(*) FROM m) AS leaves`;

/** The appraisal items of every evaluation: the general part and the KPI / manual results items. */
export const APPRAISE = `
  UPDATE evaluation e SET
    appraisal_general = (SELECT jsonb_object_agg(c.code, round(c.max_points * (0.8 + (abs(hashtext(e.id::text || c.code)) % 20) / 100.0) * 2) / 2)
                         FROM criterion c WHERE c.set_id = e.criteria_set_id AND c.part = 'general'),
    appraisal_kpis = (SELECT jsonb_object_agg(c.code, round(c.max_points * 0.85 * 2) / 2)
                      FROM criterion c WHERE c.set_id = e.criteria_set_id AND c.part = 'results' AND c.source IN ('kpi', 'manual')),
    appraisal_level = 'good', appraisal_score = 80, appraised_at = now(), status = 'appraised'
  WHERE e.period_id = $1 AND e.status <> 'excluded'`;

/**
 * The lower bound: per-person totals of the quarter's tasks (the aggregates of the summary) joined
 * with the trigger inputs and the items the steps scored (the general part and KPIs, which the total
 * score and so the proposed level need) — every input of a person's computation, all rows fetched.
 * Not in it: the collectives' totals, the leaders' units, and writing the results back.
 */
export const LOWER_BOUND = `
  WITH ev AS (SELECT person_id, self_general, self_kpis, appraisal_general, appraisal_kpis FROM evaluation WHERE period_id = $1 AND person_id IS NOT NULL),
  tt AS (
    SELECT a.person_id,
      count(*) AS assigned, count(*) FILTER (WHERE done) AS done,
      count(*) FILTER (WHERE done AND completed_on <= due_date) AS done_on_time,
      count(*) FILTER (WHERE done AND completed_on > due_date) AS late,
      count(*) FILTER (WHERE done AND completed_on > due_date AND obj) AS late_excused,
      count(*) FILTER (WHERE NOT done AND due_date < $4) AS overdue, count(*) FILTER (WHERE NOT done AND due_date >= $4) AS pending,
      count(*) FILTER (WHERE quality_ok = false) AS quality_failures, coalesce(sum(errs), 0) AS major_errors, count(*) FILTER (WHERE exceeded) AS exceeded,
      sum(wu) AS wu, coalesce(sum(wu) FILTER (WHERE done), 0) AS wu_done, coalesce(sum(wu) FILTER (WHERE done AND completed_on <= due_date), 0) AS wu_on_time,
      sum(CASE WHEN NOT done OR quality_ok = false THEN 0 WHEN obj THEN 4 * wu ELSE greatest(0, 4 - errs) * wu END) AS quality_q,
      sum(CASE WHEN NOT done THEN 0 WHEN completed_on <= due_date OR obj THEN 4 * wu ELSE 3 * wu END) AS progress_q
    FROM (SELECT a.person_id, t.due_date, t.completed_on, t.quality_ok, t.exceeded, (t.completed_on IS NOT NULL AND t.completed_on <= $4) AS done,
            coalesce(t.objective_cause, false) AS obj, coalesce(t.major_errors, 0) AS errs, t.work_units AS wu
          FROM task t JOIN task_assignee a ON a.task_id = t.id JOIN ev ON ev.person_id = a.person_id
          WHERE t.due_date BETWEEN $2 AND $3 AND t.status <> 'cancelled') a
    GROUP BY a.person_id)
  SELECT ev.person_id, ev.self_general, ev.self_kpis, ev.appraisal_general, ev.appraisal_kpis, tt.*, d.n AS disciplines, g.n AS degradations, v.low_votes, v.total_votes, s.total AS shortcomings, s.fixed, m.n AS statuses
  FROM ev
  LEFT JOIN tt ON tt.person_id = ev.person_id
  LEFT JOIN (SELECT person_id, count(*) AS n FROM discipline WHERE decided_on BETWEEN $2 AND $3 GROUP BY 1) d ON d.person_id = ev.person_id
  LEFT JOIN (SELECT person_id, count(*) AS n FROM degradation_conclusion WHERE concluded_on BETWEEN $2 AND $3 GROUP BY 1) g ON g.person_id = ev.person_id
  LEFT JOIN (SELECT DISTINCT ON (person_id) person_id, low_votes, total_votes FROM confidence_vote WHERE voted_on BETWEEN '2026-01-01' AND $3
             ORDER BY person_id, voted_on DESC) v ON v.person_id = ev.person_id
  LEFT JOIN (SELECT person_id, count(*) AS total, count(*) FILTER (WHERE fixed_on <= $3) AS fixed FROM shortcoming
             WHERE noted_on < $2 AND (fixed_on IS NULL OR fixed_on >= $2) GROUP BY 1) s ON s.person_id = ev.person_id
  LEFT JOIN (SELECT person_id, count(*) AS n FROM member_status WHERE valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $2) GROUP BY 1) m ON m.person_id = ev.person_id`;

const secs = (ms: number) => ms / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Phases {
  total: number;
  load: number;
  compute: number;
  write: number;
}

export async function periodCloseBench(opts: BenchOptions): Promise<string> {
  const w = await setUpWorkBench(opts);
  try {
    const { bench, gen, app } = w;
    const db = bench.database.db;
    const [t] = (await bench.bare(TRIGGERS, [gen.provinceUnitId])) as Array<Record<string, number>>;
    log(`trigger inputs: ${t.votes} votes, ${t.disciplines} disciplines, ${t.shortcomings} shortcomings, ${t.leaves} on leave`);

    const account = await createAccount(db, 'organising', gen.provinceUnitId);
    const s = await signIn(app, account.username, account.password);
    let t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/evaluation/periods',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      // The quarter lies in the past (its step deadlines too): recorded knowingly.
      payload: { unitId: gen.provinceUnitId, kind: 'quarter', year: QUARTER.year, number: QUARTER.number, pastDeadlinesConfirmed: true },
    });
    if (res.statusCode !== 202) throw new Error(`opening the quarter answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    const { jobId, periodId } = res.json<{ jobId: string; periodId: string }>();
    await jobSettled(jobId);
    const job = await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: { cookie: s.cookie } });
    if (job.json().status !== 'succeeded') throw new Error(`the opening job ended ${job.body.slice(0, 300)}`);
    const [c] = (await bench.bare(
      `SELECT count(*) FILTER (WHERE person_id IS NOT NULL) AS people, count(*) FILTER (WHERE subject_unit_id IS NOT NULL) AS collectives,
              count(*) FILTER (WHERE status = 'excluded') AS excluded FROM evaluation WHERE period_id = $1`,
      [periodId],
    )) as Array<Record<string, number>>;
    const people = Number(c.people);
    log(
      `opened quarter III/${QUARTER.year} for the province in ${secs(performance.now() - t0).toFixed(1)} s (job, not in the ratio): ` +
        `${people} people, ${c.collectives} collectives, ${c.excluded} excluded`,
    );
    await bench.bare(APPRAISE, [periodId]);
    await bench.bare('ANALYZE evaluation', []);
    const [q] = (await bench.bare(`SELECT count(*) AS n FROM task WHERE due_date BETWEEN $1 AND $2 AND status <> 'cancelled'`, [
      QUARTER.from,
      QUARTER.to,
    ])) as Array<{ n: number }>;
    log(`${q.n} tasks in the quarter; appraisal items written for every evaluation`);

    const close = async (rewrite: boolean): Promise<Phases & { written: number; proposed: string }> => {
      // A close after the steps rewrites every row: drop the digests that let an unchanged row be skipped.
      if (rewrite) await bench.bare(`UPDATE evaluation SET gate_report = gate_report - 'digest' WHERE period_id = $1`, [periodId]);
      const marks: Array<[ComputeProgress, number]> = [];
      const start = performance.now();
      const summary = await computePeriod(
        db,
        periodId,
        (p) => {
          marks.push([p, performance.now()]);
        },
        { mode: 'close', asOf: WORK_TODAY },
      );
      const end = performance.now();
      const firstBatch = marks.find(([p]) => p.phase === 'validating' && p.done > 0);
      const writing = marks.find(([p]) => p.phase === 'writing')?.[1] ?? end;
      // Load: until the first 1,000 are computed, less their share of the compute time.
      const perRow = firstBatch ? (writing - firstBatch[1]) / Math.max(1, summary.evaluations - firstBatch[0].done) : 0;
      const load = firstBatch ? firstBatch[1] - start - perRow * firstBatch[0].done : writing - start;
      return {
        total: end - start,
        load,
        compute: writing - start - load,
        write: end - writing,
        written: summary.written,
        proposed: Object.entries(summary.proposed)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      };
    };
    const lower = async () => {
      const s0 = performance.now();
      const rows = await bench.bare(LOWER_BOUND, [periodId, QUARTER.from, QUARTER.to, WORK_TODAY]);
      if (rows.length !== people) throw new Error(`lower bound returned ${rows.length} rows for ${people} people`);
      return performance.now() - s0;
    };

    log('warming up (one close, one lower bound)…');
    const warm = await close(true);
    await lower();
    log(`  proposed levels: ${warm.proposed}`);
    const runs: Phases[] = [];
    const bounds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t0 = performance.now();
      runs.push(await close(true));
      bounds.push(await lower());
      log(
        `  run ${i + 1}: close ${secs(runs[i].total).toFixed(2)} s (load ${secs(runs[i].load).toFixed(2)}, compute ${secs(runs[i].compute).toFixed(2)}, write ${secs(runs[i].write).toFixed(2)}); lower bound ${secs(bounds[i]).toFixed(2)} s`,
      );
    }
    const unchanged = await close(false);
    log(
      `  close again on the same facts: ${secs(unchanged.total).toFixed(2)} s, ${unchanged.written} rows written (unchanged rows are skipped)`,
    );
    const m = runs.map((r) => r.total);
    const mid = runs[m.indexOf(median(m))];
    log(
      `where the time goes (median run): load the facts ${secs(mid.load).toFixed(2)} s, compute in memory ${secs(mid.compute).toFixed(2)} s, write ${secs(mid.write).toFixed(2)} s`,
    );
    log(
      `people ${people}: ${((median(m) / people) * 1000).toFixed(0)} µs per person (close), ${((median(bounds) / people) * 1000).toFixed(0)} µs per person (lower bound)`,
    );
    return resultLine('period-close', secs(median(m)), secs(median(bounds)), 's');
  } finally {
    await w.close();
  }
}
