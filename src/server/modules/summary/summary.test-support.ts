// Test support: tasks written straight into the tables (the summary reads them; the tasks module
// is tested on its own), and the PDF text extractor (src/server/pdf/pdf-texts.ts).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface TestTask {
  unitId: string;
  dueDate: string;
  startDate?: string;
  completedOn?: string | null;
  status?: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  workUnits?: number;
  leadId: string;
  supportIds?: string[];
  qualityOk?: boolean | null;
  majorErrors?: number | null;
  exceeded?: boolean | null;
  objectiveCause?: boolean | null;
  title?: string;
}

export async function insertTask(db: Kysely<DB>, t: TestTask): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('task')
    .values({
      id,
      unit_id: t.unitId,
      source: 'slip',
      title: t.title ?? `Nhiệm vụ ${id.slice(0, 6)}`,
      start_date: t.startDate ?? '2026-03-01',
      due_date: t.dueDate,
      work_units: t.workUnits ?? 1,
      status: t.status ?? (t.completedOn ? 'done' : 'in_progress'),
      completed_on: t.completedOn ?? null,
      quality_ok: t.qualityOk ?? null,
      major_errors: t.majorErrors ?? null,
      exceeded: t.exceeded ?? null,
      objective_cause: t.objectiveCause ?? null,
    })
    .execute();
  await db
    .insertInto('task_assignee')
    .values([
      { task_id: id, person_id: t.leadId, role: 'lead' },
      ...(t.supportIds ?? []).map((p) => ({ task_id: id, person_id: p, role: 'support' as const })),
    ])
    .execute();
  return id;
}

/** Moved to the shared PDF helpers; re-exported so the summary tests keep their import. */
export { pdfTexts } from '../../pdf/pdf-texts.test-support.js';
