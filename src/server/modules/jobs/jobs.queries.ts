// SQL of the job table (long-running work such as imports).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export async function insertJob(
  db: Kysely<DB>,
  job: { id: string; kind: string; accountId: string; unitId: string | null; summary: unknown; instanceId: string },
) {
  await db
    .insertInto('job')
    .values({
      id: job.id,
      kind: job.kind,
      account_id: job.accountId,
      unit_id: job.unitId,
      status: 'running',
      total: 0,
      done: 0,
      summary: JSON.stringify(job.summary),
      error_file: null,
      finished_at: null,
      instance_id: job.instanceId,
      heartbeat_at: new Date(),
    })
    .execute();
}

/** The running process is alive: its jobs' heartbeats move on. */
export async function heartbeat(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return;
  await db.updateTable('job').set({ heartbeat_at: new Date() }).where('id', 'in', ids).where('status', '=', 'running').execute();
}

export async function updateProgress(db: Kysely<DB>, id: string, p: { total: number; done: number; summary: unknown }) {
  await db
    .updateTable('job')
    .set({ total: p.total, done: p.done, summary: JSON.stringify(p.summary), heartbeat_at: new Date() })
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
    .set({
      status: r.status,
      total: r.total,
      done: r.done,
      summary: JSON.stringify(r.summary),
      error_file: r.errorFile,
      finished_at: new Date(),
    })
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

/** Jobs left 'running' by a process that stopped: all of them, or those whose heartbeat stopped before `silentSince`. */
export async function failRunning(db: Kysely<DB>, summary: unknown, silentSince?: Date): Promise<number> {
  let q = db
    .updateTable('job')
    .set({ status: 'failed', summary: JSON.stringify(summary), finished_at: new Date() })
    .where('status', '=', 'running');
  if (silentSince) q = q.where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', silentSince)]));
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
