// SQL of unit indicators and their actual values.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const INDICATOR_COLUMNS = ['id', 'unit_id', 'year', 'code', 'name', 'measure', 'target', 'direction', 'version'] as const;
const ACTUAL_COLUMNS = ['id', 'indicator_id', 'period_end', 'value', 'note', 'recorded_at'] as const;

export async function indicatorsOf(db: Db, unitId: string, year: number) {
  return db
    .selectFrom('indicator')
    .select(INDICATOR_COLUMNS)
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('code')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof indicatorsOf>>[number];

export async function indicatorById(db: Db, id: string, lock = false) {
  let q = db.selectFrom('indicator').select(INDICATOR_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function codeTaken(db: Db, unitId: string, year: number, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom('indicator')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('code', '=', code)
    .executeTakeFirst());
}

export async function actualsOf(db: Db, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom('indicator_actual')
    .select(ACTUAL_COLUMNS)
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('period_end')
    .execute();
}
export type ActualRow = Awaited<ReturnType<typeof actualsOf>>[number];

export async function insertIndicator(
  trx: Transaction<DB>,
  row: {
    id: string;
    unit_id: string;
    year: number;
    code: string;
    name: string;
    measure: string;
    target: number;
    direction: 'increase' | 'decrease';
  },
) {
  return trx.insertInto('indicator').values(row).returning(INDICATOR_COLUMNS).executeTakeFirstOrThrow();
}

export async function updateIndicator(
  trx: Transaction<DB>,
  id: string,
  version: number,
  set: { name: string; measure: string; target: number; direction: 'increase' | 'decrease' },
) {
  return trx
    .updateTable('indicator')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(INDICATOR_COLUMNS)
    .executeTakeFirst();
}

export async function actualFor(trx: Transaction<DB>, indicatorId: string, periodEnd: string) {
  return trx
    .selectFrom('indicator_actual')
    .select(ACTUAL_COLUMNS)
    .where('indicator_id', '=', indicatorId)
    .where('period_end', '=', periodEnd)
    .executeTakeFirst();
}

/** One value per period: a second value for the same period replaces the first. */
export async function upsertActual(
  trx: Transaction<DB>,
  row: { id: string; indicator_id: string; period_end: string; value: number; note: string; recorded_by: string | null },
) {
  return trx
    .insertInto('indicator_actual')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['indicator_id', 'period_end']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        note: eb.ref('excluded.note'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: new Date(),
      })),
    )
    .returning(ACTUAL_COLUMNS)
    .executeTakeFirstOrThrow();
}

/**
 * The indicators of the units for the year whose codes are given (the basic socio-economic targets of
 * the evaluation), each with its latest value recorded for a period ending on or before `on`.
 */
/** The units' indicators of `year` (those of `codes`, or all when `codes` is null) with the latest value recorded by `on`. */
export async function indicatorsWithLatest(db: Db, unitIds: readonly string[], year: number, codes: readonly string[] | null, on: string) {
  if (unitIds.length === 0 || codes?.length === 0) return [];
  return db
    .selectFrom('indicator as i')
    .select(['i.id', 'i.unit_id', 'i.code', 'i.name', 'i.measure', 'i.direction', 'i.target'])
    .select((eb) =>
      eb
        .selectFrom('indicator_actual as a')
        .select('a.value')
        .whereRef('a.indicator_id', '=', 'i.id')
        .where('a.period_end', '<=', on)
        .orderBy('a.period_end', 'desc')
        .limit(1)
        .as('latest'),
    )
    .where('i.unit_id', 'in', [...unitIds])
    .where('i.year', '=', year)
    .$if(codes !== null, (qb) => qb.where('i.code', 'in', [...(codes ?? [])]))
    .orderBy('i.unit_id')
    .orderBy('i.code')
    .execute();
}
