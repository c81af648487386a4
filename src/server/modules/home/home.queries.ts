// The home page's figures, each one set-based statement over every block at once (a block is a
// person or a unit subtree). Overdue is spelled as on the task list: due before today, neither
// done nor cancelled.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;

const OPEN = sql`t.status IN ('new', 'accepted', 'in_progress')`;
const COLS = sql`t.id, t.status, t.start_date, t.due_date, t.completed_on`;

/** Which tasks a block covers: a person's (lead or support) or a unit subtree's. */
export type TaskBlock = { personId: string } | { rootIds: string[] };

/** The key of every block's rows and the tasks it covers, as a derived table `b(key, task_id)` source. */
function blockTasks(blocks: ReadonlyArray<{ key: string; block: TaskBlock }>, extra: RawBuilder<unknown>): RawBuilder<unknown> {
  const persons = blocks.flatMap((b) => ('personId' in b.block ? [sql`(${b.key}::text, ${b.block.personId}::uuid)`] : []));
  const units = blocks.flatMap((b) => ('rootIds' in b.block ? b.block.rootIds.map((r) => sql`(${b.key}::text, ${r}::uuid)`) : []));
  const parts: RawBuilder<unknown>[] = [];
  if (persons.length)
    parts.push(sql`SELECT DISTINCT bp.key, ${COLS} FROM (VALUES ${sql.join(persons)}) AS bp(key, person_id)
      JOIN task_assignee a ON a.person_id = bp.person_id JOIN task t ON t.id = a.task_id WHERE ${extra}`);
  if (units.length)
    parts.push(sql`SELECT DISTINCT bu.key, ${COLS} FROM (VALUES ${sql.join(units)}) AS bu(key, root_id)
      JOIN org_unit_closure c ON c.ancestor_id = bu.root_id JOIN task t ON t.unit_id = c.descendant_id WHERE ${extra}`);
  return sql.join(parts, sql` UNION `);
}

export interface TaskFigureRow {
  key: string;
  late: number;
  due_week: number;
  fresh: number;
}

/** Late, due-this-week and not-yet-acknowledged counts per block. */
export async function taskFigures(
  db: Db,
  blocks: ReadonlyArray<{ key: string; block: TaskBlock }>,
  today: string,
  weekEnd: string,
): Promise<TaskFigureRow[]> {
  if (!blocks.length) return [];
  // Only rows that can count: open ones (late, new) or those due in the window.
  const relevant = sql`(${OPEN} OR t.due_date BETWEEN ${today}::date AND ${weekEnd}::date)`;
  const { rows } = await sql<TaskFigureRow>`
    SELECT t.key,
      count(*) FILTER (WHERE t.due_date < ${today}::date AND ${OPEN})::int AS late,
      count(*) FILTER (WHERE t.due_date BETWEEN ${today}::date AND ${weekEnd}::date)::int AS due_week,
      count(*) FILTER (WHERE t.status = 'new')::int AS fresh
    FROM (${blockTasks(blocks, relevant)}) AS t
    GROUP BY t.key`.execute(db);
  return rows;
}

export interface LatenessRow {
  key: string;
  week_start: string;
  late: number;
  done: number;
}

/**
 * Per block and week (the `weeks` Mondays up to this week's): tasks open and past due at the end of
 * the week (or today, for the current week) and tasks completed in the week. A task counts as open
 * at a day when it had started, was not completed by then and is not cancelled now.
 */
export async function lateness(
  db: Db,
  blocks: ReadonlyArray<{ key: string; block: TaskBlock }>,
  weekStarts: string[],
  today: string,
): Promise<LatenessRow[]> {
  if (!blocks.length || !weekStarts.length) return [];
  const first = weekStarts[0];
  const relevant = sql`t.status <> 'cancelled' AND t.start_date <= ${today}::date AND (t.completed_on IS NULL OR t.completed_on >= ${first}::date)`;
  const { rows } = await sql<LatenessRow>`
    SELECT t.key, to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
      count(*) FILTER (WHERE t.start_date <= w.at AND t.due_date < w.at AND (t.completed_on IS NULL OR t.completed_on > w.at))::int AS late,
      count(*) FILTER (WHERE t.completed_on BETWEEN w.week_start AND w.week_start + 6)::int AS done
    FROM (SELECT ws::date AS week_start, least(ws::date + 6, ${today}::date) AS at
          FROM unnest(${weekStarts}::date[]) AS ws) AS w
    CROSS JOIN (${blockTasks(blocks, relevant)}) AS t
    GROUP BY t.key, w.week_start
    ORDER BY t.key, w.week_start`.execute(db);
  return rows;
}

export interface PlanFigureRow {
  root_id: string;
  to_approve: number;
  submitted: number;
  approved: number;
  unsent: number;
}

/** The week's plans per unit subtree by state; `to_approve` leaves out the actor's own plan. */
export async function planFigures(db: Db, rootIds: string[], weekStart: string, ownPersonId: string | null): Promise<PlanFigureRow[]> {
  if (!rootIds.length) return [];
  const { rows } = await sql<PlanFigureRow>`
    SELECT r.root_id,
      count(*) FILTER (WHERE wp.status = 'submitted' AND wp.person_id IS DISTINCT FROM ${ownPersonId}::uuid)::int AS to_approve,
      count(*) FILTER (WHERE wp.status = 'submitted')::int AS submitted,
      count(*) FILTER (WHERE wp.status = 'approved')::int AS approved,
      count(*) FILTER (WHERE wp.status IN ('draft', 'returned'))::int AS unsent
    FROM unnest(${rootIds}::uuid[]) AS r(root_id)
    LEFT JOIN (org_unit_closure c JOIN weekly_plan wp ON wp.unit_id = c.descendant_id AND wp.week_start = ${weekStart}::date)
      ON c.ancestor_id = r.root_id
    GROUP BY r.root_id`.execute(db);
  return rows;
}

/** Briefings and cell meetings of the week per unit subtree, cancelled ones left out. */
export async function meetingCounts(db: Db, rootIds: string[], from: Date, to: Date): Promise<Array<{ root_id: string; n: number }>> {
  if (!rootIds.length) return [];
  const { rows } = await sql<{ root_id: string; n: number }>`
    SELECT r.root_id, count(m.id)::int AS n
    FROM unnest(${rootIds}::uuid[]) AS r(root_id)
    LEFT JOIN (org_unit_closure c JOIN meeting m ON m.unit_id = c.descendant_id
               AND m.status <> 'cancelled' AND m.scheduled_at >= ${from} AND m.scheduled_at < ${to})
      ON c.ancestor_id = r.root_id
    GROUP BY r.root_id`.execute(db);
  return rows;
}

export interface IndicatorRow {
  id: string;
  unit_id: string;
  name: string;
  measure: string;
  target: string;
  direction: 'increase' | 'decrease';
  latest: string | null;
}

/** The year's indicators of the units themselves, each with its latest actual value. */
export async function indicatorsOf(db: Db, unitIds: string[], year: number): Promise<IndicatorRow[]> {
  if (!unitIds.length) return [];
  return db
    .selectFrom('indicator as i')
    .select((eb) => [
      'i.id',
      'i.unit_id',
      'i.name',
      'i.measure',
      sql<string>`i.target::text`.as('target'),
      'i.direction',
      eb
        .selectFrom('indicator_actual as a')
        .whereRef('a.indicator_id', '=', 'i.id')
        .orderBy('a.period_end', 'desc')
        .limit(1)
        .select(sql<string>`a.value::text`.as('v'))
        .as('latest'),
    ])
    .where('i.unit_id', 'in', unitIds)
    .where('i.year', '=', year)
    .orderBy('i.unit_id')
    .orderBy('i.code')
    .execute();
}

export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function ownPlan(db: Db, personId: string, weekStart: string) {
  return db
    .selectFrom('weekly_plan')
    .select(['id', 'status'])
    .where('person_id', '=', personId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
}

/** The person's evaluations in periods not yet closed. */
export async function ownOpenEvaluations(db: Db, personId: string) {
  return db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
    .select(['e.id', 'e.period_id', 'e.status', 'p.kind', 'p.year', 'p.number', 'p.self_due'])
    .where('e.person_id', '=', personId)
    .where('p.status', '<>', 'closed')
    .orderBy('p.end_date', 'desc')
    .execute();
}

/** The levels published to the person in the last closed periods (a decision is theirs to see once published). */
export async function ownHistory(db: Db, personId: string, limit: number) {
  return db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
    .select(['e.period_id', 'e.decision_level', 'p.kind', 'p.year', 'p.number'])
    .where('e.person_id', '=', personId)
    .where('p.status', '=', 'closed')
    .where('e.status', '=', 'published')
    .orderBy('p.end_date', 'desc')
    .orderBy('p.kind')
    .limit(limit)
    .execute();
}

export interface PeriodRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  status: 'open' | 'closing' | 'closed';
  self_due: string;
  appraisal_due: string;
  decision_due: string;
  total: number;
  by_status: Record<string, number> | null;
  excellent: number;
  good: number;
  completed: number;
  not_completed: number;
  none: number;
  self_late: number;
  appraisal_late: number;
  decision_late: number;
}

/**
 * Periods of units in the subtrees, with their evaluations counted by step and level (the decided
 * level; before a decision none), and the steps past their deadline. `closed` picks, instead of
 * the periods in progress, every closed period of the same kind, year and number as the one closed
 * last (a province reads the same quarter of all its communes).
 */
export async function periodsIn(db: Db, rootIds: string[], today: string, closed: boolean, limit: number): Promise<PeriodRow[]> {
  if (!rootIds.length) return [];
  const scope = sql`p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ANY(${rootIds}::uuid[]))`;
  const which = closed
    ? sql`p.status = 'closed' AND (p.kind, p.year, p.number) = (
        SELECT p.kind, p.year, p.number FROM evaluation_period p WHERE p.status = 'closed' AND ${scope}
        ORDER BY p.closed_at DESC NULLS LAST, p.end_date DESC LIMIT 1)`
    : sql`p.status <> 'closed'`;
  const order = closed ? sql`p.closed_at DESC NULLS LAST, p.end_date DESC` : sql`p.end_date DESC, p.kind`;
  const { rows } = await sql<PeriodRow>`
    WITH ps AS (
      SELECT p.* FROM evaluation_period p
      WHERE ${which} AND ${scope}
      ORDER BY ${order}, p.id LIMIT ${limit}
    )
    SELECT p.id, p.unit_id, u.name AS unit_name, p.kind, p.year, p.number, p.status,
      to_char(p.self_due, 'YYYY-MM-DD') AS self_due, to_char(p.appraisal_due, 'YYYY-MM-DD') AS appraisal_due,
      to_char(p.decision_due, 'YYYY-MM-DD') AS decision_due,
      coalesce(s.total, 0)::int AS total, s.by_status,
      coalesce(s.excellent, 0)::int AS excellent, coalesce(s.good, 0)::int AS good, coalesce(s.completed, 0)::int AS completed,
      coalesce(s.not_completed, 0)::int AS not_completed, coalesce(s.none, 0)::int AS none,
      coalesce(s.self_late, 0)::int AS self_late, coalesce(s.appraisal_late, 0)::int AS appraisal_late,
      coalesce(s.decision_late, 0)::int AS decision_late
    FROM ps p
    JOIN org_unit u ON u.id = p.unit_id
    LEFT JOIN LATERAL (
      SELECT count(*) AS total,
        (SELECT jsonb_object_agg(st, n) FROM (SELECT e2.status AS st, count(*)::int AS n FROM evaluation e2
           WHERE e2.period_id = p.id GROUP BY e2.status) x) AS by_status,
        count(*) FILTER (WHERE e.status <> 'excluded' AND e.decision_level = 'excellent') AS excellent,
        count(*) FILTER (WHERE e.status <> 'excluded' AND e.decision_level = 'good') AS good,
        count(*) FILTER (WHERE e.status <> 'excluded' AND e.decision_level = 'completed') AS completed,
        count(*) FILTER (WHERE e.status <> 'excluded' AND e.decision_level = 'not_completed') AS not_completed,
        count(*) FILTER (WHERE e.status <> 'excluded' AND e.decision_level IS NULL) AS none,
        count(*) FILTER (WHERE e.status = 'self_pending' AND ${today}::date > p.self_due) AS self_late,
        count(*) FILTER (WHERE e.status IN ('self_pending', 'self_submitted') AND ${today}::date > p.appraisal_due) AS appraisal_late,
        count(*) FILTER (WHERE e.status IN ('self_pending', 'self_submitted', 'appraised') AND ${today}::date > p.decision_due) AS decision_late
      FROM evaluation e WHERE e.period_id = p.id
    ) s ON true
    ORDER BY ${order}, p.id`.execute(db);
  return rows;
}
