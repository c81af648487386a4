// SQL of the job table (long-running work such as imports).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export async function insertJob(db: Kysely<DB>, job: { id: string; kind: string; accountId: string; unitId: string | null; summary: unknown }) {
  await db
    .insertInto('job')
    .values({ id: job.id, kind: job.kind, account_id: job.accountId, unit_id: job.unitId, status: 'running', total: 0, done: 0, summary: JSON.stringify(job.summary), error_file: null, finished_at: null })
    .execute();
}

export async function updateProgress(db: Kysely<DB>, id: string, p: { total: number; done: number; summary: unknown }) {
  await db
    .updateTable('job')
    .set({ total: p.total, done: p.done, summary: JSON.stringify(p.summary) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishJob(
  db: Kysely<DB>,
  id: string,
  r: { status: 'succeeded' | 'failed'; total: number; done: number; summary: unknown; errorFile: Buffer | null },
) {
  await db
    .updateTable('job')
    .set({ status: r.status, total: r.total, done: r.done, summary: JSON.stringify(r.summary), error_file: r.errorFile, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The job without its error file (which may be megabytes). */
export async function jobById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('job')
    .select(['id', 'kind', 'account_id', 'unit_id', 'status', 'total', 'done', 'summary', 'created_at', 'finished_at'])
    .select((eb) => eb('error_file', 'is not', null).$castTo<boolean>().as('has_error_file'))
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function errorFileOf(db: Kysely<DB>, id: string) {
  return db.selectFrom('job').select(['account_id', 'status', 'error_file']).where('id', '=', id).executeTakeFirst();
}

/** Jobs left 'running' by a process that stopped. */
export async function failRunning(db: Kysely<DB>, summary: unknown): Promise<number> {
  const res = await db
    .updateTable('job')
    .set({ status: 'failed', summary: JSON.stringify(summary), finished_at: new Date() })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
