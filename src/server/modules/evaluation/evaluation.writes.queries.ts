// Single-row statements of the period and step services: a period opened and closed, the head of
// an evaluation (to lock in order before the row itself), a quota exception granted.
import type { Insertable, Kysely } from 'kysely';
import type { DB, EvaluationPeriodTable, QuotaExceptionTable } from '../../db/schema.js';

export async function insertPeriod(db: Kysely<DB>, row: Insertable<EvaluationPeriodTable>): Promise<void> {
  await db.insertInto('evaluation_period').values(row).execute();
}

export async function markPeriodClosed(db: Kysely<DB>, periodId: string, version: number): Promise<void> {
  await db.updateTable('evaluation_period').set({ status: 'closed', closed_at: new Date(), version }).where('id', '=', periodId).execute();
}

/** The period a computation runs over (throws when it does not exist). */
export function periodForCompute(db: Kysely<DB>, periodId: string) {
  return db
    .selectFrom('evaluation_period')
    .select(['id', 'unit_id', 'kind', 'year', 'number', 'start_date', 'end_date'])
    .where('id', '=', periodId)
    .executeTakeFirstOrThrow();
}

/** Period, unit and cadre group of an evaluation, read without a lock. */
export function evaluationHead(db: Kysely<DB>, id: string) {
  return db.selectFrom('evaluation').select(['period_id', 'unit_id', 'cadre_group']).where('id', '=', id).executeTakeFirst();
}

export async function insertQuotaException(db: Kysely<DB>, row: Insertable<QuotaExceptionTable>): Promise<{ granted_at: Date }> {
  return db.insertInto('quota_exception').values(row).returning(['granted_at']).executeTakeFirstOrThrow();
}
