// SQL for single person records: the record, its unit, administrative-unit references,
// residences. Tenure SQL is in tenures.queries.ts, list SQL in people.list.queries.ts.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, PersonResidenceTable, PersonTable } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Every unit whose subtree contains `unitId` (the closure table is reflexive). */
const PERSON_COLUMNS = [
  'p.id',
  'p.unit_id',
  'p.family_name',
  'p.middle_name',
  'p.given_name',
  'p.gender',
  'p.date_of_birth',
  'p.birthplace_id',
  'p.hometown_id',
  'p.ethnicity',
  'p.religion',
  'p.citizen_id',
  'p.education_level',
  'p.professional_qualification',
  'p.political_theory_level',
  'p.state_management_level',
  'p.party_admission_date',
  'p.party_full_date',
  'p.kind',
  'p.cadre_group',
  'p.phone',
  'p.email',
  'p.version',
] as const;

export async function personById(db: Db, id: string) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([...PERSON_COLUMNS, 'u.name as unit_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof personById>>>;

/** The record, locked until the transaction ends: serialises edits of one person and their tenures. */
export async function lockPerson(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([...PERSON_COLUMNS, 'u.name as unit_name'])
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst();
}

/** Rows per INSERT of an import: one jsonb document of about 1 MB (bench people-import). */
const ROWS_PER_STATEMENT = 2000;

/**
 * Inserts records, one statement per 2,000 rows: the chunk travels as one jsonb document read
 * with jsonb_populate_recordset (typed by the person table), not as 25 bind parameters a row,
 * which PostgreSQL and PGlite parse and plan far more slowly. Every row has the same keys.
 */
export async function insertPersonRows(trx: Db, rows: Insertable<PersonTable>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]).map((c) => sql.id(c)));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await sql`INSERT INTO person (${columns})
      SELECT ${columns} FROM jsonb_populate_recordset(NULL::person, ${JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))}::jsonb)`.execute(
      trx,
    );
  }
}

/** Applies the change only if the row still has `version`; returns whether it did. */
export async function updatePersonRow(trx: Db, id: string, version: number, values: Updateable<PersonTable>): Promise<boolean> {
  const res = await trx
    .updateTable('person')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function unitsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('org_unit').select(['id', 'name', 'valid_from', 'valid_to']).where('id', 'in', ids).execute();
}

export async function existingAdminUnits(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('admin_unit').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** A configured cadre group a person may belong to (collectives' groups are for units). */
export async function isPersonCadreGroup(db: Db, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('cadre_group')
    .select('code')
    .where('code', '=', code)
    .where('is_collective', '=', false)
    .executeTakeFirst();
  return !!row;
}

/** Administrative units with their parents' names (at most province → district → commune). */
export async function adminUnitPaths(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('admin_unit as a')
    .leftJoin('admin_unit as a1', 'a1.id', 'a.parent_id')
    .leftJoin('admin_unit as a2', 'a2.id', 'a1.parent_id')
    .select(['a.id', 'a.name', 'a1.name as parent_name', 'a2.name as grandparent_name'])
    .where('a.id', 'in', [...new Set(ids)])
    .execute();
}

export async function residencesOf(db: Db, personId: string) {
  return db
    .selectFrom('person_residence')
    .select(['id', 'admin_unit_id', 'address', 'valid_from', 'valid_to'])
    .where('person_id', '=', personId)
    .orderBy('valid_from')
    .orderBy('id')
    .execute();
}

export async function insertResidence(trx: Db, row: Insertable<PersonResidenceTable>): Promise<void> {
  await trx.insertInto('person_residence').values(row).execute();
}
