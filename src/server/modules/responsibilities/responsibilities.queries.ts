// SQL of responsibilities and work fields.
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees, unitInSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function workFields(db: Db) {
  return db.selectFrom('work_field').select(['code', 'name_vi', 'name_en', 'rank']).orderBy('rank').orderBy('code').execute();
}

export async function workFieldExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('work_field').select('code').where('code', '=', code).executeTakeFirst());
}

export async function termExists(db: Db, id: string): Promise<boolean> {
  return !!(await db.selectFrom('term').select('id').where('id', '=', id).executeTakeFirst());
}

export async function personUnit(db: Db, personId: string): Promise<string | null> {
  return (await db.selectFrom('person').select('unit_id').where('id', '=', personId).executeTakeFirst())?.unit_id ?? null;
}

export async function unitExists(db: Db, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('org_unit').select('id').where('id', '=', unitId).executeTakeFirst());
}

/** `lower` lies in the subtree of `upper` (the closure is reflexive). */
export const isWithin = (db: Db, upper: string, lower: string) => unitInSubtrees(db, [upper], lower);

function withNames(db: Db) {
  return db
    .selectFrom('responsibility as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .leftJoin('term as tm', 'tm.id', 'r.term_id')
    .leftJoin('work_field as f', 'f.code', 'r.field_code')
    .leftJoin('org_unit as a', 'a.id', 'r.area_unit_id')
    .select([
      'r.id',
      'r.person_id',
      'r.unit_id',
      'r.term_id',
      'r.field_code',
      'r.area_unit_id',
      'r.note',
      'r.valid_from',
      'r.valid_to',
      'r.version',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'u.name as unit_name',
      'tm.name as term_name',
      'f.name_vi as field_name_vi',
      'f.name_en as field_name_en',
      'f.rank as field_rank',
      'a.name as area_name',
    ]);
}
export type ResponsibilityRow = Awaited<ReturnType<ReturnType<typeof withNames>['executeTakeFirstOrThrow']>>;

const inForce = (asOf: string) => sql<boolean>`r.valid_from <= ${asOf} AND (r.valid_to IS NULL OR r.valid_to > ${asOf})`;

export interface ListFilters {
  roots: string[];
  unitId?: string;
  personId?: string;
  termId?: string;
  asOf: string;
  limit: number;
}

export async function listResponsibilities(db: Db, f: ListFilters): Promise<ResponsibilityRow[]> {
  let q = withNames(db).where(inSubtrees(f.roots, 'r.unit_id')).where(inForce(f.asOf));
  if (f.unitId) q = q.where(inSubtrees([f.unitId], 'r.unit_id'));
  if (f.personId) q = q.where('r.person_id', '=', f.personId);
  if (f.termId) q = q.where('r.term_id', '=', f.termId);
  return q
    .orderBy('p.sort_key')
    .orderBy('r.person_id')
    .orderBy('f.rank')
    .orderBy('a.name')
    .orderBy('r.valid_from')
    .limit(f.limit)
    .execute();
}

export async function responsibilitiesOfPeople(db: Db, personIds: string[], asOf: string): Promise<ResponsibilityRow[]> {
  if (personIds.length === 0) return [];
  return withNames(db)
    .where('r.person_id', 'in', [...new Set(personIds)])
    .where(inForce(asOf))
    .orderBy('f.rank')
    .orderBy('a.name')
    .orderBy('r.valid_from')
    .execute();
}

export async function responsibilityById(db: Db, id: string): Promise<ResponsibilityRow | undefined> {
  return withNames(db).where('r.id', '=', id).executeTakeFirst();
}

export async function insertResponsibility(
  trx: Transaction<DB>,
  row: {
    id: string;
    person_id: string;
    unit_id: string;
    term_id: string | null;
    field_code: string | null;
    area_unit_id: string | null;
    note: string;
    valid_from: string;
    valid_to: string | null;
  },
) {
  await trx.insertInto('responsibility').values(row).execute();
}

export async function updateResponsibility(
  trx: Transaction<DB>,
  id: string,
  version: number,
  set: { note: string; valid_to: string | null },
) {
  return trx
    .updateTable('responsibility')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}
