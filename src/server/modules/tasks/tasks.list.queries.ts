// SQL for the transparency board and the calendar. Overdue is derived here and in the presenter
// the same way: due date before today, neither done nor cancelled.
//
// Plans (checked with EXPLAIN on 4 million tasks, 100 communes; see migration 2026112211_tasks):
// - a scope of a few units (a commune): each unit contributes its first rows in the requested
//   order from task_unit_board_idx (a LATERAL per unit that stops early; the index covers the
//   filters and sorts, so no heap page is read until the page's 25 rows are joined) and those are
//   merged: ~1 ms instead of ~650 ms for sorting every task of the commune;
// - a person's tasks: driven from task_assignee_person_idx (a few hundred rows);
// - a title search: the trigram index on the folded title, then the scope;
// - a scope of many units (a province): one ordered scan, as the planner sees fit.
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { foldDiacritics } from '../../../domain/names.js';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

export type TaskSort = 'due' | '-due' | 'priority' | 'updated';

export interface TaskCriteria {
  /** Subtrees the list is limited to (scope, or the requested unit when it lies in scope). */
  roots: string[];
  /** The units under `roots`, when few enough for the per-unit plan. */
  units?: string[];
  today: string;
  personId?: string;
  role?: 'lead' | 'support';
  fieldCode?: string;
  areaUnitId?: string;
  status?: string;
  overdue?: boolean;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** Above this many units the per-unit plan costs more than one ordered scan. */
export const PER_UNIT_MAX = 100;

// Spelled exactly as task_open_unit_due_idx's predicate, so the planner can use that index.
const OPEN = sql<SqlBool>`t.status IN ('new', 'accepted', 'in_progress')`;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every filter except the scope. */
function filters(c: TaskCriteria): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (c.personId) {
    const role = c.role ? sql` AND a.role = ${c.role}` : sql``;
    out.push(sql<SqlBool>`t.id IN (SELECT a.task_id FROM task_assignee a WHERE a.person_id = ${c.personId}${role})`);
  }
  if (c.fieldCode) out.push(sql<SqlBool>`t.field_code = ${c.fieldCode}`);
  if (c.areaUnitId) out.push(sql<SqlBool>`t.area_unit_id = ${c.areaUnitId}`);
  if (c.status) out.push(sql<SqlBool>`t.status = ${c.status}`);
  if (c.source) out.push(sql<SqlBool>`t.source = ${c.source}`);
  if (c.overdue === true) out.push(sql<SqlBool>`(t.due_date < ${c.today} AND ${OPEN})`);
  if (c.overdue === false) out.push(sql<SqlBool>`NOT (t.due_date < ${c.today} AND ${OPEN})`);
  if (c.from) out.push(sql<SqlBool>`t.due_date >= ${c.from}`);
  if (c.to) out.push(sql<SqlBool>`t.due_date <= ${c.to}`);
  // search_text is the stored folded title (migration 2026112211_tasks).
  if (c.q) out.push(sql<SqlBool>`t.search_text LIKE ${`%${escapeLike(foldDiacritics(c.q).toLowerCase())}%`}`);
  return out;
}

function scope(c: TaskCriteria): Expression<SqlBool> {
  if (c.units) return c.units.length ? sql<SqlBool>`t.unit_id IN (${sql.join(c.units)})` : sql<SqlBool>`false`;
  return sql<SqlBool>`${inSubtrees(c.roots, 't.unit_id')}`;
}

const and = (parts: Expression<SqlBool>[]) => (parts.length ? sql<SqlBool>`${sql.join(parts, sql` AND `)}` : sql<SqlBool>`true`);

function orderBy(sort: TaskSort): RawBuilder<unknown> {
  switch (sort) {
    case '-due':
      return sql`t.due_date DESC, t.id DESC`;
    case 'priority':
      return sql`CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, t.due_date, t.id`;
    case 'updated':
      return sql`t.updated_at DESC, t.id DESC`;
    default:
      return sql`t.due_date, t.id`;
  }
}

const listColumns = [
  't.id',
  't.title',
  't.unit_id',
  'u.name as unit_name',
  't.source',
  't.assigner_id',
  't.start_date',
  't.due_date',
  't.status',
  't.progress',
  't.priority',
  't.work_units',
  't.field_code',
  't.completed_on',
  't.version',
] as const;

/** The ids of one page: each unit's first `offset + limit` rows, merged. */
function perUnitPage(c: TaskCriteria & { units: string[] }, sort: TaskSort, limit: number, offset: number) {
  const order = orderBy(sort);
  return sql<{ id: string }>`(
    SELECT t.id FROM unnest(ARRAY[${sql.join(c.units)}]::uuid[]) AS s(unit_id)
    CROSS JOIN LATERAL (
      SELECT t.id, t.due_date, t.priority, t.updated_at FROM task t
      WHERE t.unit_id = s.unit_id AND ${and(filters(c))}
      ORDER BY ${order} LIMIT ${offset + limit}
    ) t
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
  )`.as('page');
}

/** The page query (also used by the EXPLAIN checks). */
export function listQuery(db: Kysely<DB>, c: TaskCriteria, sort: TaskSort, limit: number, offset: number) {
  const base = db.selectFrom('task as t').innerJoin('org_unit as u', 'u.id', 't.unit_id').select(listColumns).orderBy(orderBy(sort));
  if (c.units && c.units.length > 0 && !c.personId && !c.q) {
    return base.innerJoin(perUnitPage({ ...c, units: c.units }, sort, limit, offset), (j) => j.onRef('page.id', '=', 't.id'));
  }
  return base
    .where(and([scope(c), ...filters(c)]))
    .limit(limit)
    .offset(offset);
}

export function countQuery(db: Kysely<DB>, c: TaskCriteria) {
  return db
    .selectFrom('task as t')
    .where(and([scope(c), ...filters(c)]))
    .select(sql<string>`count(*)`.as('n'));
}

export async function listTasks(db: Kysely<DB>, c: TaskCriteria, sort: TaskSort, limit: number, offset: number) {
  const rows = await listQuery(db, c, sort, limit, offset).execute();
  return rows.map((r) => ({ ...r, work_units: Number(r.work_units) }));
}
export type TaskListRow = Awaited<ReturnType<typeof listTasks>>[number];

export async function countTasks(db: Kysely<DB>, c: TaskCriteria): Promise<number> {
  const row = await countQuery(db, c).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The units under `roots`, or undefined when there are more than PER_UNIT_MAX. */
export async function unitsUnder(db: Kysely<DB>, roots: string[]): Promise<string[] | undefined> {
  if (roots.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit_closure')
    .select('descendant_id')
    .distinct()
    .where('ancestor_id', 'in', roots)
    .limit(PER_UNIT_MAX + 1)
    .execute();
  return rows.length > PER_UNIT_MAX ? undefined : rows.map((r) => r.descendant_id);
}
