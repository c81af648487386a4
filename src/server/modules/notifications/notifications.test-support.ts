// Test helpers: tasks written straight into the tables (the reminder scan must not depend on the
// tasks module's API).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, TaskStatus } from '../../db/schema.js';

export async function insertTask(
  db: Kysely<DB>,
  t: { unitId: string; dueDate: string; leadId: string; supportIds?: string[]; status?: TaskStatus; title?: string },
): Promise<string> {
  const id = randomUUID();
  const status = t.status ?? 'new';
  await db
    .insertInto('task')
    .values({
      id,
      unit_id: t.unitId,
      source: 'slip',
      title: t.title ?? `Nhiệm vụ ${id.slice(0, 6)}`,
      start_date: t.dueDate < '2026-01-01' ? t.dueDate : '2026-01-01',
      due_date: t.dueDate,
      work_units: 1,
      status,
      completed_on: status === 'done' ? t.dueDate : null,
      cancelled_reason: status === 'cancelled' ? 'Không còn cần thiết' : null,
    })
    .execute();
  await db
    .insertInto('task_assignee')
    .values([
      { task_id: id, person_id: t.leadId, role: 'lead' as const },
      ...(t.supportIds ?? []).map((p) => ({ task_id: id, person_id: p, role: 'support' as const })),
    ])
    .execute();
  return id;
}

export async function notificationsOfTask(db: Kysely<DB>, taskId: string) {
  return db
    .selectFrom('notification')
    .select(['person_id', 'kind', 'params', 'dedupe_key'])
    .where('task_id', '=', taskId)
    .orderBy('person_id')
    .orderBy('kind')
    .execute();
}
