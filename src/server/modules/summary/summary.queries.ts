// The summary in SQL: the same rules as src/domain/task-summary.ts (tested number for number on
// generated data), as two GROUP BY scans over the period's tasks of a unit subtree — one per
// (person, role), one per child unit with the total as a grouping set — never a query per person.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { SummaryTotals } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { deadlinesJoin, taskAggregates, type TotalsRow, taskColumns, totalsOf } from './summary.sql.js';
import { inSubtrees } from '../org/index.js';

export interface SummaryScope {
  unitId: string;
  from: string;
  to: string;
  asOf: string;
  /** Date at which the child units of unitId are taken (the period end, or asOf when earlier). */
  childrenOn: string;
}

/** One row per task of the period under the unit (cancelled excluded), with its derived flags. */
function periodTasks(s: SummaryScope): RawBuilder<unknown> {
  return sql`
    SELECT ${taskColumns(s.asOf)}
    FROM task t ${deadlinesJoin()}
    WHERE t.due_date BETWEEN ${s.from}::date AND ${s.to}::date
      AND t.status <> 'cancelled'
      AND ${inSubtrees([s.unitId], 't.unit_id')}`;
}

/** Child units of the summarised unit on a date, and what bucket each unit of the subtree falls in. */
function buckets(s: SummaryScope): RawBuilder<unknown> {
  return sql`
    kids AS (
      SELECT l.child_id FROM org_unit_link l
      WHERE l.parent_id = ${s.unitId} AND l.valid_from <= ${s.childrenOn}::date
        AND (l.valid_to IS NULL OR l.valid_to > ${s.childrenOn}::date)
    ),
    -- One index probe per unit of the subtree (its ancestors via the descendant index), not one per child.
    bucket AS (
      SELECT c.descendant_id AS unit_id, coalesce(min(kc.ancestor_id::text)::uuid, ${s.unitId}::uuid) AS bucket_id
      FROM org_unit_closure c
      LEFT JOIN org_unit_closure kc ON kc.descendant_id = c.descendant_id AND kc.ancestor_id IN (SELECT child_id FROM kids)
      WHERE c.ancestor_id = ${s.unitId}
      GROUP BY c.descendant_id
    )`;
}

export interface PersonTotalsRow {
  personId: string;
  role: 'lead' | 'support';
  familyName: string;
  middleName: string;
  givenName: string;
  postTitle: string | null;
  totals: SummaryTotals;
}

/** A page of rows: `limit` null = all of them (the exports). */
export interface RowPage {
  limit: number | null;
  offset: number;
}

/**
 * Scan 1: per (person, role) over the period's tasks of the subtree; the page's people (by name)
 * with their name and main post, and how many people there are in all. The scan is whole (the count
 * and the order need it); the name, post and serialisation are paid for the page's rows only.
 */
export async function personTotals(db: Kysely<DB>, s: SummaryScope, page: RowPage): Promise<{ rows: PersonTotalsRow[]; total: number }> {
  const { rows } = await sql<
    Partial<TotalsRow> & {
      people_total: number;
      person_id: string | null;
      role: 'lead' | 'support';
      family_name: string;
      middle_name: string;
      given_name: string;
      post_title: string | null;
    }
  >`
    WITH x AS MATERIALIZED (
      SELECT a.person_id, a.role, ${taskAggregates(s.asOf)}
      FROM (${periodTasks(s)}) pt JOIN task_assignee a ON a.task_id = pt.id
      GROUP BY a.person_id, a.role
    ),
    pg AS (
      SELECT p.id, p.sort_key FROM person p WHERE p.id IN (SELECT person_id FROM x)
      ORDER BY p.sort_key, p.id LIMIT ${page.limit} OFFSET ${page.offset}
    )
    -- One row even when the page is empty (past the end, or no tasks): the total is always there.
    SELECT m.people_total, r.* FROM (SELECT count(DISTINCT person_id)::int AS people_total FROM x) m
    LEFT JOIN (
      SELECT x.*, p.family_name, p.middle_name, p.given_name, pg.sort_key AS page_sort_key,
        (SELECT po.title FROM tenure te JOIN post po ON po.id = te.post_id
          WHERE te.person_id = p.id AND te.start_date <= ${s.asOf}::date AND (te.end_date IS NULL OR te.end_date >= ${s.asOf}::date)
          ORDER BY po.is_head DESC, po.rank, po.title LIMIT 1) AS post_title
      FROM pg JOIN x ON x.person_id = pg.id JOIN person p ON p.id = pg.id
    ) r ON true
    ORDER BY r.page_sort_key, r.person_id, r.role`.execute(db);
  return {
    total: rows.length > 0 ? Number(rows[0].people_total) : 0,
    rows: rows
      .filter((r) => r.person_id !== null)
      .map((r) => ({
        personId: r.person_id!,
        role: r.role,
        familyName: r.family_name,
        middleName: r.middle_name,
        givenName: r.given_name,
        postTitle: r.post_title,
        totals: totalsOf(r as TotalsRow),
      })),
  };
}

/** Scan 2: per bucket (child unit, or the unit itself for tasks held directly) plus the total (bucketId null). */
export async function unitTotals(db: Kysely<DB>, s: SummaryScope): Promise<Array<{ bucketId: string | null; totals: SummaryTotals }>> {
  const { rows } = await sql<TotalsRow & { bucket_id: string | null; is_total: number }>`
    WITH ${buckets(s)}
    SELECT b.bucket_id, grouping(b.bucket_id) AS is_total, ${taskAggregates(s.asOf)}
    FROM (${periodTasks(s)}) pt JOIN bucket b ON b.unit_id = pt.unit_id
    GROUP BY GROUPING SETS ((b.bucket_id), ())`.execute(db);
  return rows.map((r) => ({ bucketId: Number(r.is_total) === 1 ? null : r.bucket_id, totals: totalsOf(r) }));
}

/** The child units of the summarised unit on the date (rows even when they have no tasks). */
export async function childUnits(db: Kysely<DB>, unitId: string, on: string): Promise<Array<{ id: string; name: string }>> {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT u.id, u.name FROM org_unit_link l JOIN org_unit u ON u.id = l.child_id
    WHERE l.parent_id = ${unitId} AND l.valid_from <= ${on}::date AND (l.valid_to IS NULL OR l.valid_to > ${on}::date)
    ORDER BY u.name COLLATE "und-x-icu", u.id`.execute(db);
  return rows;
}

export async function unitName(db: Kysely<DB>, unitId: string): Promise<string | undefined> {
  const row = await db.selectFrom('org_unit').select('name').where('id', '=', unitId).executeTakeFirst();
  return row?.name;
}

export type DrillMetric =
  'assigned' | 'done' | 'doneOnTime' | 'late' | 'lateExcused' | 'overdue' | 'pending' | 'qualityFailures' | 'majorErrors' | 'exceeded';

const METRIC_WHERE: Record<DrillMetric, RawBuilder<unknown>> = {
  assigned: sql`true`,
  done: sql`pt.done`,
  doneOnTime: sql`pt.done AND pt.missed = 0`,
  late: sql`pt.done AND pt.missed > 0`,
  lateExcused: sql`pt.done AND pt.missed > 0 AND pt.obj`,
  overdue: sql`NOT pt.done AND pt.due_date < pt.as_of`,
  pending: sql`NOT pt.done AND pt.due_date >= pt.as_of`,
  qualityFailures: sql`pt.quality_ok = false`,
  majorErrors: sql`pt.errs > 0`,
  exceeded: sql`pt.exceeded`,
};

export interface DrillFilter {
  metric: DrillMetric;
  personId?: string;
  role?: 'lead' | 'support';
  bucketUnitId?: string;
}

export interface DrillRow {
  id: string;
  title: string;
  unit_id: string;
  unit_name: string;
  status: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  start_date: string;
  due_date: string;
  completed_on: string | null;
  work_units: number;
  quality_ok: boolean | null;
  major_errors: number | null;
  exceeded: boolean | null;
  objective_cause: boolean | null;
  lead_id: string | null;
  lead_family: string | null;
  lead_middle: string | null;
  lead_given: string | null;
  /** How many tasks match in all (the same on every row of the page). */
  matched: number | string;
}

/** The drill-down's predicate over periodTasks rows (alias pt; `bucket` in scope). */
function drillWhere(f: DrillFilter): RawBuilder<unknown> {
  const person = f.personId
    ? sql`AND EXISTS (SELECT 1 FROM task_assignee a WHERE a.task_id = pt.id AND a.person_id = ${f.personId}${f.role ? sql` AND a.role = ${f.role}` : sql``})`
    : sql``;
  const bucket = f.bucketUnitId ? sql`AND pt.unit_id IN (SELECT unit_id FROM bucket WHERE bucket_id = ${f.bucketUnitId})` : sql``;
  return sql`${METRIC_WHERE[f.metric]} ${person} ${bucket}`;
}

/** One page of the tasks behind one number of the summary (same predicates as the aggregates). */
export async function drillTasks(db: Kysely<DB>, s: SummaryScope, f: DrillFilter, page: RowPage): Promise<DrillRow[]> {
  const { rows } = await sql<DrillRow>`
    WITH ${buckets(s)}
    SELECT t.id, t.title, t.unit_id, u.name AS unit_name, t.status, t.start_date, t.due_date, t.completed_on, t.work_units,
      t.quality_ok, t.major_errors, t.exceeded, t.objective_cause,
      lp.id AS lead_id, lp.family_name AS lead_family, lp.middle_name AS lead_middle, lp.given_name AS lead_given,
      count(*) OVER () AS matched
    FROM (SELECT q.*, ${s.asOf}::date AS as_of FROM (${periodTasks(s)}) q) pt
    JOIN task t ON t.id = pt.id
    JOIN org_unit u ON u.id = t.unit_id
    LEFT JOIN task_assignee la ON la.task_id = t.id AND la.role = 'lead'
    LEFT JOIN person lp ON lp.id = la.person_id
    WHERE ${drillWhere(f)}
    ORDER BY t.due_date, t.title, t.id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return rows;
}

/** How many tasks are behind the number (for a page past the end, where drillTasks has no row to carry it). */
export async function drillCount(db: Kysely<DB>, s: SummaryScope, f: DrillFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH ${buckets(s)}
    SELECT count(*)::int AS n FROM (SELECT q.*, ${s.asOf}::date AS as_of FROM (${periodTasks(s)}) q) pt
    WHERE ${drillWhere(f)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
