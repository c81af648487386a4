// Reads and writes of the committee's administration of its cells (decision 0041): official transfers
// with the day the member arrived elsewhere, who is reminded of them, the HD 06 checks, the member list
// for export and the import's look-ups.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CellMemberCheckTable } from '../../db/schema-recruitment.js';
import { inSubtrees } from '../org/index.js';
import { CELL_KINDS, personName } from './party-cells.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Official transfers out of a cell whose letter (the membership's to_on) lies in [from, to], under
 * `unitId` (every unit when null), with the first later membership of the person (their arrival).
 */
export async function transfersBetween(db: Db, unitId: string | null, from: string, to: string) {
  let query = db
    .selectFrom('party_membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .select([
      'm.id',
      'm.person_id',
      'm.cell_id',
      'u.name as cell_name',
      personName.as('name'),
      sql<string>`m.to_on`.as('to_on'),
      sql<
        string | null
      >`(SELECT min(n.from_on) FROM party_membership n WHERE n.person_id = m.person_id AND n.id <> m.id AND n.from_on >= m.to_on)`.as(
        'arrived_on',
      ),
    ])
    .where('m.left_how', '=', 'official_transfer')
    .where('m.kind', '=', 'official')
    .where('m.to_on', '>=', from)
    .where('m.to_on', '<=', to);
  if (unitId) query = query.where(inSubtrees([unitId], 'm.cell_id'));
  return query.orderBy('m.to_on', 'desc').orderBy('m.id').execute();
}

/** The people reminded of a cell's business: accounts (enabled, linked to a person) managing the cell or a unit above it. */
export async function cellManagers(db: Db, cellIds: string[]): Promise<Array<{ cell_id: string; person_id: string }>> {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('role_binding as rb')
    .innerJoin('account as a', 'a.id', 'rb.account_id')
    .innerJoin('org_unit_closure as c', 'c.ancestor_id', 'rb.unit_id')
    .select(['c.descendant_id as cell_id', sql<string>`a.person_id`.as('person_id')])
    .distinct()
    .where('c.descendant_id', 'in', cellIds)
    .where('rb.role', 'in', ['cell_secretary', 'organising'])
    .where('a.disabled', '=', false)
    .where('a.person_id', 'is not', null)
    .execute();
}

export async function checksOf(db: Db, unitId: string) {
  return db
    .selectFrom('cell_member_check')
    .selectAll()
    .where('unit_id', '=', unitId)
    .orderBy('year', 'desc')
    .orderBy('half', 'desc')
    .execute();
}

export async function checkById(db: Db, id: string) {
  return db.selectFrom('cell_member_check').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function checkTaken(db: Db, unitId: string, year: number, half: number): Promise<boolean> {
  const row = await db
    .selectFrom('cell_member_check')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('half', '=', half)
    .executeTakeFirst();
  return !!row;
}

export async function insertCheck(trx: Db, row: Insertable<CellMemberCheckTable>): Promise<void> {
  await trx.insertInto('cell_member_check').values(row).execute();
}

export async function updateCheck(trx: Db, id: string, version: number, set: Updateable<CellMemberCheckTable>): Promise<boolean> {
  const r = await trx
    .updateTable('cell_member_check')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The members on `on` of every cell under `unitId` (or of the cell itself), by cell and name: the export's rows. */
export async function memberListOn(db: Db, unitId: string, on: string) {
  return db
    .selectFrom('party_membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .select([
      'm.id',
      'u.name as cell_name',
      personName.as('name'),
      'p.citizen_id',
      'p.date_of_birth',
      'p.gender',
      'm.kind',
      'm.from_on',
      'm.joined_how',
      'm.admission_decision_on',
      'm.ceremony_on',
      'm.full_vote_on',
      'm.full_decision_on',
      'm.card_number',
    ])
    .where(inSubtrees([unitId], 'm.cell_id'))
    .where('m.from_on', '<=', on)
    .where((eb) => eb.or([eb('m.to_on', 'is', null), eb('m.to_on', '>', on)]))
    .orderBy('u.name')
    .orderBy('p.sort_key')
    .orderBy('m.id')
    .execute();
}

/** People by citizen ID (the import's key), with the unit their record belongs to. */
export async function peopleByCitizenIds(db: Db, citizenIds: string[]) {
  if (citizenIds.length === 0) return [];
  return db
    .selectFrom('person as p')
    .select(['p.id', 'p.citizen_id', 'p.date_of_birth', 'p.unit_id', personName.as('name')])
    .where('p.citizen_id', 'in', citizenIds)
    .execute();
}

/** The cells open on `on` in the subtree of `unitId` (the unit itself included when it is a cell). */
export async function cellsWithin(db: Db, unitId: string, on: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'short_name'])
    .where('kind', 'in', [...CELL_KINDS])
    .where(inSubtrees([unitId], 'org_unit.id'))
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', on)]))
    .execute();
}

/** A unit's kind and name (the checks are a committee's, not a cell's). */
export async function unitKind(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}
