// SQL for tenures (quá trình giữ chức vụ): a person × post × [start, end] (end inclusive).
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, TenureTable } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const TENURE_COLUMNS = [
  't.id',
  't.person_id',
  't.post_id',
  't.term_id',
  't.start_date',
  't.end_date',
  't.how',
  't.decision_ref',
  't.version',
  'po.title as post_title',
  'po.is_head',
  'po.is_key',
  'po.unit_id',
  'u.name as unit_name',
  'tm.name as term_name',
] as const;

function tenureSelect(db: Db) {
  return db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .leftJoin('term as tm', 'tm.id', 't.term_id')
    .select(TENURE_COLUMNS);
}

/** A person's timeline: tenures by start date. */
export async function tenuresOf(db: Db, personId: string) {
  return tenureSelect(db).where('t.person_id', '=', personId).orderBy('t.start_date').orderBy('t.id').execute();
}
export type TenureRow = Awaited<ReturnType<typeof tenuresOf>>[number];

export async function tenureById(db: Db, id: string) {
  return tenureSelect(db).where('t.id', '=', id).executeTakeFirst();
}

/** The post with its own validity and its unit's, to check it is open at a date. */
export async function postWithUnit(db: Db, postId: string) {
  return db
    .selectFrom('post as po')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .select(['po.id', 'po.unit_id', 'po.valid_from', 'po.valid_to', 'u.valid_from as unit_valid_from', 'u.valid_to as unit_valid_to'])
    .where('po.id', '=', postId)
    .executeTakeFirst();
}

export async function termExists(db: Db, termId: string): Promise<boolean> {
  return !!(await db.selectFrom('term').select('id').where('id', '=', termId).executeTakeFirst());
}

/** Another tenure of the same person on the same post whose inclusive period meets [start, end]. */
export async function overlappingTenure(
  db: Db,
  t: { personId: string; postId: string; startDate: string; endDate: string | null; exceptId?: string },
) {
  let q = db
    .selectFrom('tenure')
    .select('id')
    .where('person_id', '=', t.personId)
    .where('post_id', '=', t.postId)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', t.startDate)]));
  if (t.endDate) q = q.where('start_date', '<=', t.endDate);
  if (t.exceptId) q = q.where('id', '<>', t.exceptId);
  return q.limit(1).executeTakeFirst();
}

export async function insertTenure(trx: Db, row: Insertable<TenureTable>): Promise<void> {
  await trx.insertInto('tenure').values(row).execute();
}

/** Applies the change only if the row still has `version`; returns whether it did. */
export async function updateTenureRow(trx: Db, id: string, version: number, values: Updateable<TenureTable>): Promise<boolean> {
  const res = await trx
    .updateTable('tenure')
    .set({ ...values, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
