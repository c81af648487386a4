// Task facts of an evaluation period in SQL: per-person and per-collective totals of
// src/domain/task-summary.ts (SummaryTotals), and the tasks behind each number.
//
// The task columns and aggregates are the summary module's (summary.sql.ts, issue 3), grouped here
// the way evaluation needs: every task of the person whatever the unit that assigned it (the
// summary scopes by the task's unit), restricted to the time actually worked (leave), split at
// 01/10 for the Q4 part of a year, over the persons of a period in one scan; and the collectives'
// totals over their unit subtrees. evaluation.facts.test.ts checks the numbers against
// summarizeTasks over the same tasks.
import { type Kysely, type RawBuilder, type Transaction, sql } from 'kysely';
import type { Period, SummaryTotals } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { type TotalsRow, deadlinesJoin, taskAggregates, taskColumns, totalsOf } from '../summary/index.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface TotalsQuery {
  periodId: string;
  from: string;
  to: string;
  asOf: string;
  /** Tasks due on or after this date form the second part (the Q4 part of a year); null = one part. */
  splitAt: string | null;
  /** Persons scored on part of the period only (leave): the windows their tasks must fall in. */
  windows: ReadonlyArray<{ personId: string; from: string; to: string }>;
  /** Only these persons (a refresh of some evaluations); absent = everyone evaluated in the period. */
  personIds?: readonly string[];
}

export interface PartTotals {
  id: string;
  /** 0 = before splitAt (or the whole period), 1 = from splitAt. */
  part: 0 | 1;
  totals: SummaryTotals;
}

const partOf = (splitAt: string | null) => (splitAt === null ? sql`0` : sql`CASE WHEN t.due_date >= ${splitAt}::date THEN 1 ELSE 0 END`);

/**
 * The totals of every person evaluated in the period (lead and support tasks alike, each task once
 * per person), restricted to their worked windows when they have any. Two scans: everyone, then the
 * few people with windows (leave) again with their windows joined, replacing their first totals.
 * The main scan stays free of CTEs and correlated sub-plans so that PostgreSQL can run it in
 * parallel (a CTE or a per-row window probe made it ~2× slower on a province; bench period-close).
 */
export async function personTaskTotals(db: Db, q: TotalsQuery): Promise<PartTotals[]> {
  const scan = async (join: RawBuilder<unknown>, where: RawBuilder<unknown>) => {
    const { rows } = await sql<TotalsRow & { id: string; part: number }>`
      SELECT pt.person_id AS id, pt.part, ${taskAggregates(q.asOf)}
      FROM (
        SELECT a.person_id, ${partOf(q.splitAt)} AS part, ${taskColumns(q.asOf)}
        FROM task t ${deadlinesJoin()}
        JOIN task_assignee a ON a.task_id = t.id
        ${join}
        WHERE t.due_date BETWEEN ${q.from}::date AND ${q.to}::date AND t.status <> 'cancelled' AND ${where}
      ) pt
      GROUP BY pt.person_id, pt.part`.execute(db);
    return rows.map((r) => ({ id: r.id, part: Number(r.part) as 0 | 1, totals: totalsOf(r) }));
  };
  const everyone = await scan(
    sql``,
    q.personIds
      ? sql`a.person_id = ANY(${[...q.personIds]}::uuid[])`
      : sql`a.person_id IN (SELECT person_id FROM evaluation WHERE period_id = ${q.periodId} AND person_id IS NOT NULL)`,
  );
  if (q.windows.length === 0) return everyone;
  const windowed = new Set(q.windows.map((w) => w.personId));
  // Worked windows of one person are disjoint: a task falls in one at most (never counted twice).
  const inWindows = await scan(
    sql`JOIN jsonb_to_recordset(${JSON.stringify(q.windows)}::jsonb) AS w("personId" uuid, "from" date, "to" date)
          ON w."personId" = a.person_id AND t.due_date BETWEEN w."from" AND w."to"`,
    sql`true`,
  );
  return [...everyone.filter((r) => !windowed.has(r.id)), ...inWindows];
}

/**
 * One scan: the totals of each unit under the period's unit over the tasks it holds directly (each
 * task once). Every total is a sum, so a collective's totals are the sums over the units of its
 * subtree (collectiveUnits) — cheaper than joining every task to each of its ancestors.
 */
export async function unitTaskTotals(db: Db, q: Omit<TotalsQuery, 'windows' | 'periodId'> & { rootUnitId: string }): Promise<PartTotals[]> {
  const { rows } = await sql<TotalsRow & { id: string; part: number }>`
    SELECT pt.unit_id AS id, pt.part, ${taskAggregates(q.asOf)}
    FROM (
      SELECT ${partOf(q.splitAt)} AS part, ${taskColumns(q.asOf)}
      FROM task t ${deadlinesJoin()}
      WHERE t.due_date BETWEEN ${q.from}::date AND ${q.to}::date AND t.status <> 'cancelled'
        AND ${inSubtrees([q.rootUnitId], 't.unit_id')}
    ) pt
    GROUP BY pt.unit_id, pt.part`.execute(db);
  return rows.map((r) => ({ id: r.id, part: Number(r.part) as 0 | 1, totals: totalsOf(r) }));
}

/** (collective, unit of its subtree) for every collective of the period. */
export async function collectiveUnits(db: Db, periodId: string): Promise<Array<{ collective: string; unit: string }>> {
  const { rows } = await sql<{ collective: string; unit: string }>`
    SELECT e.subject_unit_id AS collective, c.descendant_id AS unit
    FROM evaluation e JOIN org_unit_closure c ON c.ancestor_id = e.subject_unit_id
    WHERE e.period_id = ${periodId} AND e.subject_unit_id IS NOT NULL`.execute(db);
  return rows;
}

/** The totals of each collective: the sums over the units of its subtree. */
export async function collectiveTaskTotals(db: Db, q: Omit<TotalsQuery, 'windows'> & { rootUnitId: string }): Promise<PartTotals[]> {
  const byUnit = new Map<string, PartTotals[]>();
  for (const r of await unitTaskTotals(db, q)) byUnit.set(r.id, [...(byUnit.get(r.id) ?? []), r]);
  const out = new Map<string, PartTotals>();
  for (const { collective, unit } of await collectiveUnits(db, q.periodId)) {
    for (const r of byUnit.get(unit) ?? []) {
      const key = `${collective}|${r.part}`;
      const acc = out.get(key);
      if (!acc) out.set(key, { id: collective, part: r.part, totals: { ...r.totals } });
      else for (const k of Object.keys(acc.totals) as Array<keyof SummaryTotals>) acc.totals[k] += r.totals[k];
    }
  }
  return [...out.values()];
}

export type EvidenceMetricKey =
  | 'assigned'
  | 'done'
  | 'doneOnTime'
  | 'late'
  | 'lateExcused'
  | 'overdue'
  | 'pending'
  | 'notDone'
  | 'qualityFailures'
  | 'majorErrors'
  | 'exceeded';

const METRIC_WHERE: Record<EvidenceMetricKey, RawBuilder<unknown>> = {
  assigned: sql`true`,
  done: sql`pt.done`,
  doneOnTime: sql`pt.done AND pt.missed = 0`,
  late: sql`pt.done AND pt.missed > 0`,
  lateExcused: sql`pt.done AND pt.missed > 0 AND pt.obj`,
  overdue: sql`NOT pt.done AND pt.due_date < pt.as_of`,
  pending: sql`NOT pt.done AND pt.due_date >= pt.as_of`,
  notDone: sql`NOT pt.done`,
  qualityFailures: sql`pt.quality_ok = false`,
  majorErrors: sql`pt.errs > 0`,
  exceeded: sql`pt.exceeded`,
};

export interface EvidenceRow {
  id: string;
  title: string;
  unit_name: string;
  role: 'lead' | 'support' | null;
  status: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  due_date: string;
  completed_on: string | null;
  work_units: number;
  quality_ok: boolean | null;
  major_errors: number | null;
  exceeded: boolean | null;
  objective_cause: boolean | null;
  /** Deadlines its completion missed (the due date and the earlier ones that still count). */
  missed: number;
}

/** The tasks behind one number of an evaluation: the person's tasks (or the collective's subtree) in the windows. */
export async function evidenceTasks(
  db: Db,
  subject: { personId: string } | { unitId: string },
  windows: readonly Period[],
  asOf: string,
  metric: EvidenceMetricKey,
  limit: number,
): Promise<EvidenceRow[]> {
  if (windows.length === 0) return [];
  const inWindows = sql.join(
    windows.map((w) => sql`t.due_date BETWEEN ${w.from}::date AND ${w.to}::date`),
    sql` OR `,
  );
  const source =
    'personId' in subject
      ? sql`SELECT ${taskColumns(asOf)}, a.role FROM task t ${deadlinesJoin()} JOIN task_assignee a ON a.task_id = t.id AND a.person_id = ${subject.personId}`
      : sql`SELECT ${taskColumns(asOf)}, NULL::text AS role FROM task t ${deadlinesJoin()}
          WHERE ${inSubtrees([subject.unitId], 't.unit_id')}`;
  const { rows } = await sql<EvidenceRow>`
    SELECT t.id, t.title, u.name AS unit_name, pt.role, t.status, t.due_date, t.completed_on, t.work_units,
      t.quality_ok, t.major_errors, t.exceeded, t.objective_cause, pt.missed
    FROM (SELECT s.*, ${asOf}::date AS as_of FROM (${source}) s) pt
    JOIN task t ON t.id = pt.id
    JOIN org_unit u ON u.id = t.unit_id
    WHERE t.status <> 'cancelled' AND (${inWindows}) AND ${METRIC_WHERE[metric]}
    ORDER BY t.due_date, t.title, t.id
    LIMIT ${limit}`.execute(db);
  return rows;
}
