// SQL for one task: existence checks used by validation, inserts, the row with its assignees,
// and versioned updates (a stale version updates nothing and the caller answers 409).
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, TaskTable } from '../../db/schema.js';
import { inSubtrees, unitInSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function unitExists(db: Db, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('org_unit').select('id').where('id', '=', unitId).executeTakeFirst());
}

export const unitUnderAny = (db: Db, roots: string[], unitId: string) => unitInSubtrees(db, roots, unitId);

export async function fieldExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('work_field').select('code').where('code', '=', code).executeTakeFirst());
}

/** Which of `ids` are people whose unit lies in the subtree of `unitId` (the others left it). */
export async function peopleInSubtree(db: Db, unitId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.id', 'in', ids)
    .where(inSubtrees([unitId], 'p.unit_id'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertTask(trx: Db, row: Insertable<TaskTable>): Promise<void> {
  await trx.insertInto('task').values(row).execute();
}

export async function insertAssignees(trx: Db, taskId: string, leadId: string, supportIds: string[]): Promise<void> {
  await trx
    .insertInto('task_assignee')
    .values([
      { task_id: taskId, person_id: leadId, role: 'lead' as const },
      ...supportIds.map((p) => ({ task_id: taskId, person_id: p, role: 'support' as const })),
    ])
    .execute();
}

export async function replaceSupports(trx: Db, taskId: string, supportIds: string[]): Promise<void> {
  await trx.deleteFrom('task_assignee').where('task_id', '=', taskId).where('role', '=', 'support').execute();
  if (supportIds.length) {
    await trx
      .insertInto('task_assignee')
      .values(supportIds.map((p) => ({ task_id: taskId, person_id: p, role: 'support' as const })))
      .execute();
  }
}

const taskColumns = [
  't.id',
  't.unit_id',
  't.source',
  't.source_ref',
  't.title',
  't.description',
  't.assigner_id',
  't.field_code',
  't.area_unit_id',
  't.start_date',
  't.due_date',
  't.priority',
  't.work_units',
  't.status',
  't.progress',
  't.acknowledged_at',
  't.completed_on',
  't.cancelled_reason',
  't.quality_ok',
  't.major_errors',
  't.exceeded',
  't.objective_cause',
  't.appraised_by',
  't.appraised_at',
  't.appraisal_note',
  't.version',
  't.created_by',
  't.created_at',
  't.updated_at',
] as const;

export async function taskRow(db: Db, id: string, forUpdate = false) {
  let query = db.selectFrom('task as t').select(taskColumns).where('t.id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? { ...row, work_units: Number(row.work_units) } : undefined;
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof taskRow>>>;

export async function assigneesOf(db: Db, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_assignee as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select(['a.task_id', 'a.person_id', 'a.role', 'p.family_name', 'p.middle_name', 'p.given_name', 'p.sort_key'])
    .where('a.task_id', 'in', taskIds)
    .orderBy('a.task_id')
    .orderBy(sql`a.role = 'lead'`, 'desc')
    .orderBy('p.sort_key')
    .execute();
}
export type AssigneeRow = Awaited<ReturnType<typeof assigneesOf>>[number];

/** Applies `changes` when the stored version is `version`; bumps version and updated_at. */
export async function updateTask(trx: Db, id: string, version: number, changes: Updateable<TaskTable>): Promise<boolean> {
  const res = await trx
    .updateTable('task')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function personNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { family_name: string; middle_name: string; given_name: string }>();
  const rows = await db.selectFrom('person').select(['id', 'family_name', 'middle_name', 'given_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function unitName(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('org_unit').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}
