// Benchmark work data: a year of tasks for every person of a generated province (≈130 led per
// person, ≈4 million tasks at scale 1), generated inside the database by set-based SQL
// (INSERT … SELECT FROM generate_series), the fastest portable way on PostgreSQL and PGlite.
// Every pseudo-random choice is a bit slice of hashtextextended(person, k, seed), so the same
// seed gives the same rows. The shares of outcomes and quality are those of the demo
// (work-outcome.ts). Tasks are written in time order (k = the person's k-th task of the year),
// interleaving people as real use would, not clustered by person.
import { daysBetween } from '../../domain/dates.js';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { inTransaction } from './tx.js';
import { dropForBulkLoad, restoreAfterBulkLoad } from './work-bulk-load.js';
import {
  APPRAISAL_LAG_DAYS,
  MAX_LATE_DAYS,
  MAX_OPEN_OVERDUE_DAYS,
  OBJECTIVE_CAUSE_SHARE,
  QUALITY_SHARES,
  RUNNING_SHARES,
  SETTLED_SHARES,
} from './work-outcome.js';
import { CANCEL_REASONS, FIELD_TASKS, QUARTER_NAMES } from './work-vocab.js';

export const DEFAULT_TASKS_PER_PERSON = 130;
/** "Today" of a benchmark province: fixed, so that every benchmark run measures the same data. */
export const BENCH_TODAY = '2026-11-22';
/** The benchmark's year of work starts here. */
export const BENCH_FROM = '2025-12-01';
const WORK_FROM = BENCH_FROM;
const WORK_TODAY = BENCH_TODAY;
/** Tasks start from WORK_FROM until a week after today. */
const SPAN_DAYS = daysBetween(WORK_FROM, WORK_TODAY) + 7;
/** Rows generated per statement: large enough to amortise, small enough for PGlite's memory. */
const CHUNK_TASKS = 120_000;
/** From this many tasks on, indexes and foreign keys are rebuilt after loading rather than kept up per row. */
const BULK_THRESHOLD = 10_000;

export interface WorkYearOptions {
  /** The province whose people get tasks (every person whose unit lies in its subtree). */
  provinceUnitId: string;
  seed?: number;
  /** Average tasks led per person in the year (each person gets 60–140% of it). 0 = none. */
  tasksPerPerson?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface WorkYearResult {
  tasks: number;
  assignees: number;
}

const TITLES = Object.entries(FIELD_TASKS).flatMap(([field, titles]) => titles.map((t) => [field, t] as const));

const share = (x: number) => Math.round(x * 1024);
const T = {
  onTime: share(SETTLED_SHARES.onTime),
  late: share(SETTLED_SHARES.onTime + SETTLED_SHARES.late),
  overdue: share(SETTLED_SHARES.onTime + SETTLED_SHARES.late + SETTLED_SHARES.overdue),
  doneEarly: share(RUNNING_SHARES.doneEarly),
  cancelledEarly: share(RUNNING_SHARES.doneEarly + RUNNING_SHARES.cancelled),
  oneError: share(QUALITY_SHARES.oneError),
  twoErrors: share(QUALITY_SHARES.oneError + QUALITY_SHARES.twoErrors),
  qualityOk: share(QUALITY_SHARES.oneError + QUALITY_SHARES.twoErrors + QUALITY_SHARES.failedOther),
  causeLate: share(OBJECTIVE_CAUSE_SHARE.late),
  causeError: share(OBJECTIVE_CAUSE_SHARE.error),
};

/** The people of the province with their commune, position in it (for picking supports) and task count. */
async function preparePeople(db: Kysely<DB>, provinceUnitId: string, tasksPerPerson: number, seed: number) {
  await sql`DROP TABLE IF EXISTS work_gen_person, work_gen_commune`.execute(db);
  await sql`
    CREATE TEMP TABLE work_gen_person ON COMMIT DROP AS
    WITH people AS (
      SELECT p.id, p.unit_id, coalesce(
        (SELECT c.ancestor_id FROM org_unit_closure c JOIN org_unit u ON u.id = c.ancestor_id
          WHERE c.descendant_id = p.unit_id AND u.kind IN ('commune', 'ward', 'special_zone') AND u.valid_to IS NULL
          ORDER BY c.ancestor_id LIMIT 1),
        ${provinceUnitId}::uuid) AS commune_id
      FROM person p
      JOIN org_unit_closure pc ON pc.descendant_id = p.unit_id AND pc.ancestor_id = ${provinceUnitId}
    )
    SELECT id, unit_id, commune_id,
      (row_number() OVER (PARTITION BY commune_id ORDER BY id) - 1)::int AS rn,
      (count(*) OVER (PARTITION BY commune_id))::int AS cnt,
      (row_number() OVER (PARTITION BY unit_id ORDER BY id) - 1)::int AS urn,
      (count(*) OVER (PARTITION BY unit_id))::int AS ucnt,
      -- 60–140% of the average count; a share of tasks exceeding requirements of 12–40%
      greatest(1, round(${tasksPerPerson}::int * (0.6 + 0.8 * (hashtextextended(id::text, ${seed}::bigint) & 1023) / 1024.0)))::int AS n,
      0.12 + 0.28 * ((hashtextextended(id::text || '#', ${seed}::bigint) & 1023) / 1024.0) AS exceed
    FROM people
  `.execute(db);
  await sql`CREATE INDEX ON work_gen_person (commune_id, rn)`.execute(db);
  await sql`CREATE INDEX ON work_gen_person (unit_id, urn)`.execute(db);
  // Assigners: the commune's Party secretary and People's Committee chair (any person as a fallback).
  await sql`
    CREATE TEMP TABLE work_gen_commune ON COMMIT DROP AS
    SELECT g.commune_id,
      coalesce(
        (SELECT t.person_id FROM tenure t JOIN post po ON po.id = t.post_id
          JOIN org_unit_closure c ON c.descendant_id = po.unit_id AND c.ancestor_id = g.commune_id
          WHERE po.is_head AND po.is_key AND po.title LIKE 'Bí thư%' AND t.end_date IS NULL ORDER BY po.rank, t.person_id LIMIT 1),
        g.first_id) AS secretary_id,
      coalesce(
        (SELECT t.person_id FROM tenure t JOIN post po ON po.id = t.post_id
          JOIN org_unit_closure c ON c.descendant_id = po.unit_id AND c.ancestor_id = g.commune_id
          WHERE po.is_head AND po.is_key AND po.title LIKE 'Chủ tịch UBND%' AND t.end_date IS NULL ORDER BY po.rank, t.person_id LIMIT 1),
        g.first_id) AS chair_id
    FROM (SELECT commune_id, min(id::text)::uuid AS first_id FROM work_gen_person GROUP BY commune_id) g
  `.execute(db);
  await sql`ANALYZE work_gen_person`.execute(db);
  await sql`ANALYZE work_gen_commune`.execute(db);
  const row = await sql<{ people: number; tasks: number; kmax: number }>`
    SELECT count(*)::int AS people, coalesce(sum(n), 0)::int AS tasks, coalesce(max(n), 0)::int AS kmax FROM work_gen_person
  `.execute(db);
  return row.rows[0];
}

/** One chunk (the k-th tasks of every person, k in [k0, k1]): tasks and their assignees in one statement. */
function chunkStatement(seed: number, k0: number, k1: number) {
  const today = sql`CAST(${WORK_TODAY} AS date)`;
  const at = (day: unknown, hhmm: string) => sql`((${day}) + CAST(${hhmm} AS time) - interval '7 hours') AT TIME ZONE 'UTC'`;
  return sql<{ tasks: number; assignees: number }>`
    WITH l1 AS (
      SELECT p.id AS lead_id, p.unit_id AS lead_unit, p.commune_id, p.rn, p.cnt, p.urn, p.ucnt, p.n, p.exceed, c.secretary_id, c.chair_id, k,
        hashtextextended(p.id::text || ':' || k, ${seed}::bigint) AS h,
        hashtextextended(p.id::text || '/' || k, ${seed}::bigint) AS h2
      FROM work_gen_person p
      JOIN work_gen_commune c ON c.commune_id = p.commune_id
      CROSS JOIN generate_series(${k0}::int, ${k1}::int) AS k
      WHERE k <= p.n
      OFFSET 0 -- (here and below) keeps each level a subquery: flattened, every use of a column would recompute it
    ),
    l2 AS (
      SELECT l1.*,
        CAST(${WORK_FROM} AS date) + floor(((k - 1) + ((h >> 46) & 7) / 8.0) * ${SPAN_DAYS}::int / n)::int AS start_date,
        (CAST('{0,1,2,3,4,4,5,6,7,7,10,14,14,21,30,45}' AS int[]))[((h >> 38) & 15) + 1] AS dur,
        (h & 1023) AS r, ((h >> 10) & 1023) AS q, ((h >> 20) & 1023) AS x, ((h >> 30) & 255) AS ti,
        ((h >> 49) & 127) AS src, ((h2 >> 16) & 15) AS ns,
        ((h2 >> 20) & 65535) AS o1, ((h2 >> 36) & 65535) AS o2
      FROM l1
      OFFSET 0
    ),
    l3 AS (
      SELECT l2.*, start_date + dur AS due_date,
        CASE
          WHEN start_date > ${today} THEN 'not_started'
          WHEN start_date + dur < ${today} THEN
            CASE WHEN r < ${T.onTime} THEN 'on_time' WHEN r < ${T.late} THEN 'late'
              WHEN r < ${T.overdue} THEN CASE WHEN ${today} - (start_date + dur) > ${MAX_OPEN_OVERDUE_DAYS}::int THEN 'late' ELSE 'overdue' END
              ELSE 'cancelled' END
          WHEN r < ${T.doneEarly} THEN 'done_early' WHEN r < ${T.cancelledEarly} THEN 'cancelled' ELSE 'running'
        END AS kind
      FROM l2
      OFFSET 0
    ),
    l4 AS (
      SELECT l3.*,
        CASE kind
          WHEN 'on_time' THEN due_date - least(dur, (h2 & 3)::int)
          WHEN 'late' THEN due_date + 1 + (((h2 >> 2) & 1023) % least(${MAX_LATE_DAYS}::int, ${today} - due_date))::int
          WHEN 'done_early' THEN start_date + (((h2 >> 2) & 1023) % (${today} - start_date + 1))::int
        END AS completed_on,
        CASE WHEN src < 77 THEN 'plan' WHEN src < 108 THEN 'slip' WHEN src < 118 THEN 'conclusion' WHEN src < 125 THEN 'programme' ELSE 'volunteer' END AS source
      FROM l3
      OFFSET 0
    ),
    g AS MATERIALIZED (
      SELECT l4.*,
        -- A plan item belongs to its author's unit (as the plans module files it), other tasks to
        -- the commune; supporting assignees come from that unit (pool), never the lead.
        source = 'plan' AS own_unit,
        CASE WHEN source = 'plan' THEN lead_unit ELSE commune_id END AS unit_id,
        -- an md5 laid out as a version-4 UUID (the API validates the layout)
        overlay(overlay(md5(CAST(${String(seed)} AS text) || ':' || lead_id::text || ':' || k) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid AS id,
        CASE WHEN source = 'plan' OR lead_id = chair_id OR ((h2 >> 60) & 1) = 0 THEN
          CASE WHEN lead_id = secretary_id THEN chair_id ELSE secretary_id END ELSE chair_id END AS assigner_id,
        completed_on IS NOT NULL AND completed_on <= ${today} - ${APPRAISAL_LAG_DAYS}::int AS appraised,
        CASE WHEN q < ${T.oneError} THEN 1 WHEN q < ${T.twoErrors} THEN 2 ELSE 0 END AS major_errors,
        q >= ${T.qualityOk} AS quality_ok
      FROM l4
    ),
    tasks AS (
      INSERT INTO task (id, unit_id, source, title, assigner_id, field_code, start_date, due_date, priority, work_units,
        status, progress, acknowledged_at, completed_on, cancelled_reason, quality_ok, major_errors, exceeded, objective_cause,
        appraised_by, appraised_at, created_at, updated_at)
      SELECT id, unit_id, source,
        replace(replace(replace(replace((${TITLES.map((t) => t[1])}::text[])[ti % ${TITLES.length}::int + 1],
          '{month}', to_char(start_date, 'FMMM/YYYY')),
          '{quarter}', (${QUARTER_NAMES}::text[])[extract(quarter FROM start_date)::int] || '/' || to_char(start_date, 'YYYY')),
          '{area}', 'các thôn'),
          '{year}', to_char(start_date, 'YYYY')),
        CASE WHEN assigner_id = lead_id THEN NULL ELSE assigner_id END,
        (${TITLES.map((t) => t[0])}::text[])[ti % ${TITLES.length}::int + 1],
        start_date, due_date,
        CASE WHEN ((h2 >> 44) & 15) = 0 THEN 'low' WHEN ((h2 >> 44) & 15) < 11 THEN 'normal' WHEN ((h2 >> 44) & 15) < 14 THEN 'high' ELSE 'urgent' END,
        (CAST('{0.5,1,1,1,1,1.5,1.5,2,2,2,3,3,4,5,1,0.5}' AS numeric[]))[((h >> 42) & 15) + 1],
        CASE WHEN completed_on IS NOT NULL THEN 'done' WHEN kind = 'cancelled' THEN 'cancelled' WHEN kind = 'not_started' THEN 'new'
          WHEN kind = 'running' AND start_date = ${today} THEN 'accepted' ELSE 'in_progress' END,
        CASE WHEN completed_on IS NOT NULL THEN 100 WHEN kind = 'overdue' THEN 20 + 10 * ((h2 >> 40) & 7)::int
          WHEN kind = 'running' THEN least(90, 10 * ((${today} - start_date) * 10 / greatest(dur, 1)))::int ELSE 0 END,
        CASE WHEN kind = 'not_started' THEN NULL ELSE ${at(sql`start_date`, '09:00')} END,
        completed_on,
        CASE WHEN kind = 'cancelled' THEN (${CANCEL_REASONS}::text[])[((h2 >> 48) & 3) + 1] END,
        CASE WHEN appraised THEN quality_ok END,
        CASE WHEN appraised THEN major_errors END,
        CASE WHEN appraised THEN quality_ok AND kind <> 'late' AND x < least(1024, 1024 * exceed / 0.85) END,
        CASE WHEN appraised THEN (kind = 'late' AND ((h2 >> 52) & 1023) < ${T.causeLate}) OR (kind <> 'late' AND major_errors > 0 AND ((h2 >> 52) & 1023) < ${T.causeError}) END,
        CASE WHEN appraised THEN assigner_id END,
        CASE WHEN appraised THEN ${at(sql`least(completed_on + ((h2 >> 12) & 3)::int, ${today})`, '15:00')} END,
        ${at(sql`least(start_date - 1, ${today})`, '08:00')},
        ${at(sql`CASE WHEN completed_on IS NOT NULL THEN least(completed_on + 1, ${today}) ELSE least(start_date, ${today}) END`, '16:00')}
      FROM g
      RETURNING 1
    ),
    assignees AS (
      INSERT INTO task_assignee (task_id, person_id, role)
      SELECT id, lead_id, 'lead' FROM g
      UNION ALL
      -- The first support sits 1 + o1 % (pool - 1) places after the lead in the pool, the second
      -- at another offset: both differ from the lead and from each other.
      SELECT g.id, s.id, 'support' FROM g JOIN work_gen_person s
        ON s.commune_id = g.commune_id AND s.rn = (g.rn + 1 + g.o1 % greatest(g.cnt - 1, 1)) % g.cnt
        WHERE NOT g.own_unit AND g.ns >= 8 AND g.cnt >= 2
      UNION ALL
      SELECT g.id, s.id, 'support' FROM g JOIN work_gen_person s
        ON s.commune_id = g.commune_id AND s.rn = (g.rn + 1 + (g.o1 % greatest(g.cnt - 1, 1) + 1 + g.o2 % greatest(g.cnt - 2, 1)) % greatest(g.cnt - 1, 1)) % g.cnt
        WHERE NOT g.own_unit AND g.ns >= 14 AND g.cnt >= 3
      UNION ALL
      SELECT g.id, s.id, 'support' FROM g JOIN work_gen_person s
        ON s.unit_id = g.lead_unit AND s.urn = (g.urn + 1 + g.o1 % greatest(g.ucnt - 1, 1)) % g.ucnt
        WHERE g.own_unit AND g.ns >= 8 AND g.ucnt >= 2
      UNION ALL
      SELECT g.id, s.id, 'support' FROM g JOIN work_gen_person s
        ON s.unit_id = g.lead_unit AND s.urn = (g.urn + 1 + (g.o1 % greatest(g.ucnt - 1, 1) + 1 + g.o2 % greatest(g.ucnt - 2, 1)) % greatest(g.ucnt - 1, 1)) % g.ucnt
        WHERE g.own_unit AND g.ns >= 14 AND g.ucnt >= 3
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM assignees)::int AS assignees
  `;
}

/** Generates the year of tasks; all or nothing (one transaction). */
export async function generateWorkYear(db: Kysely<DB>, opts: WorkYearOptions): Promise<WorkYearResult> {
  const perPerson = opts.tasksPerPerson ?? DEFAULT_TASKS_PER_PERSON;
  if (!(perPerson >= 0) || !Number.isFinite(perPerson)) throw new RangeError(`tasksPerPerson must be 0 or more: ${perPerson}`);
  if (perPerson === 0) return { tasks: 0, assignees: 0 };
  const seed = opts.seed ?? 1;
  return inTransaction(db, async (trx) => {
    const people = await preparePeople(trx, opts.provinceUnitId, perPerson, seed);
    const step = Math.max(1, Math.floor(CHUNK_TASKS / Math.max(1, people.people)));
    const result: WorkYearResult = { tasks: 0, assignees: 0 };
    // Per-row index upkeep and foreign-key triggers cost more than rebuilding once, unless the
    // tables already hold more than we add.
    const existing = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM task`.execute(trx)).rows[0].n;
    const rebuild = people.tasks >= BULK_THRESHOLD && people.tasks > existing;
    const dropped = rebuild ? await dropForBulkLoad(trx, ['task', 'task_assignee']) : null;
    opts.onProgress?.(0, people.tasks);
    for (let k0 = 1; k0 <= people.kmax; k0 += step) {
      const { rows } = await chunkStatement(seed, k0, Math.min(people.kmax, k0 + step - 1)).execute(trx);
      result.tasks += rows[0].tasks;
      result.assignees += rows[0].assignees;
      opts.onProgress?.(result.tasks, people.tasks);
    }
    if (dropped) await restoreAfterBulkLoad(trx, dropped);
    // Fresh statistics, so that the first queries after a generation get good plans.
    await sql`ANALYZE task`.execute(trx);
    await sql`ANALYZE task_assignee`.execute(trx);
    await sql`DROP TABLE work_gen_person, work_gen_commune`.execute(trx);
    return result;
  });
}
