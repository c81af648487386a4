// SQL for the parts of a task's detail view and for its sub-records (progress reports,
// attachments, due-date changes, milestones).
import { type Insertable, type Kysely, type Transaction, sql } from 'kysely';
import type { AttachmentTable, DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function progressOf(db: Db, taskId: string) {
  return db
    .selectFrom('task_progress as r')
    .leftJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.reported_at', 'r.progress', 'r.note', 'r.person_id', 'p.family_name', 'p.middle_name', 'p.given_name'])
    .where('r.task_id', '=', taskId)
    .orderBy('r.reported_at')
    .orderBy('r.id')
    .execute();
}

/** Attachment metadata (never the content) of the given owners. */
export async function attachmentsOf(db: Db, ownerType: AttachmentTable['owner_type'], ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('attachment')
    .select(['id', 'owner_id', 'file_name', 'mime_type', 'size_bytes'])
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .orderBy('uploaded_at')
    .orderBy('file_name')
    .execute();
}

export async function dueChangesOf(db: Db, taskId: string) {
  return db
    .selectFrom('task_due_change as c')
    .leftJoin('account as a', 'a.id', 'c.changed_by')
    .select(['c.id', 'c.old_due', 'c.new_due', 'c.reason', 'c.objective_cause', 'c.changed_at', 'a.display_name'])
    .where('c.task_id', '=', taskId)
    .orderBy('c.changed_at')
    .orderBy('c.id')
    .execute();
}

export async function milestonesOf(db: Db, taskId: string) {
  return db
    .selectFrom('task_milestone')
    .select(['id', 'ordinal', 'title', 'due_date', 'done_on', 'version'])
    .where('task_id', '=', taskId)
    .orderBy('ordinal')
    .execute();
}

/** The milestones of several tasks (with each task's progress), for views that list many roadmaps. */
export async function milestonesOfTasks(db: Db, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_milestone as m')
    .innerJoin('task as t', 't.id', 'm.task_id')
    .select(['m.id', 'm.task_id', 'm.ordinal', 'm.title', 'm.due_date', 'm.done_on', 'm.note', 't.progress', 't.status'])
    .where('m.task_id', 'in', [...taskIds])
    .orderBy('m.task_id')
    .orderBy('m.ordinal')
    .execute();
}

export async function milestoneRow(db: Db, taskId: string, id: string) {
  return db.selectFrom('task_milestone').selectAll().where('task_id', '=', taskId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertMilestones(
  trx: Db,
  rows: Array<{ id: string; task_id: string; ordinal: number; title: string; due_date: string }>,
) {
  if (rows.length) await trx.insertInto('task_milestone').values(rows).execute();
}

export async function markMilestoneDone(trx: Db, id: string, doneOn: string, note: string): Promise<void> {
  await trx
    .updateTable('task_milestone')
    .set((eb) => ({ done_on: doneOn, note, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertProgress(
  trx: Db,
  row: { id: string; task_id: string; person_id: string | null; account_id: string; progress: number; note: string },
) {
  await trx.insertInto('task_progress').values(row).execute();
}

export async function insertAttachment(trx: Db, row: Insertable<AttachmentTable>) {
  await trx.insertInto('attachment').values(row).execute();
}

export async function insertDueChange(
  trx: Db,
  row: { id: string; task_id: string; old_due: string; new_due: string; reason: string; objective_cause: boolean; changed_by: string },
) {
  await trx.insertInto('task_due_change').values(row).execute();
}

/** An attachment with the task it belongs to (directly or through a progress report), for the scope check. */
export async function attachmentWithTask(db: Db, id: string) {
  return db
    .selectFrom('attachment as f')
    .leftJoin('task_progress as r', (j) => j.onRef('r.id', '=', 'f.owner_id').on('f.owner_type', '=', 'task_progress'))
    .innerJoin('task as t', (j) => j.on(sql<boolean>`t.id = CASE WHEN f.owner_type = 'task' THEN f.owner_id ELSE r.task_id END`))
    .select(['f.id', 'f.file_name', 'f.mime_type', 'f.size_bytes', 'f.content', 't.unit_id', 't.id as task_id'])
    .where('f.id', '=', id)
    .where('f.owner_type', 'in', ['task', 'task_progress'])
    .executeTakeFirst();
}
