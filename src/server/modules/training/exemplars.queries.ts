// The register of exemplars: rows with the names of their subject and unit.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, ExemplarTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB>;

const base = (db: Db) =>
  db
    .selectFrom('exemplar as e')
    .innerJoin('org_unit as u', 'u.id', 'e.unit_id')
    .leftJoin('person as p', 'p.id', 'e.person_id')
    .leftJoin('org_unit as su', 'su.id', 'e.subject_unit_id')
    .selectAll('e')
    .select(['u.name as unit_name', 'p.family_name', 'p.middle_name', 'p.given_name', 'su.name as subject_name']);

export const exemplarById = (db: Db, id: string) => base(db).where('e.id', '=', id).executeTakeFirst();

export function exemplarsUnder(
  db: Db,
  f: { unitId: string; year?: number; campaign?: string; status?: string; personId?: string; subjectUnitId?: string },
) {
  let q = base(db).where(inSubtrees([f.unitId], 'e.unit_id'));
  if (f.year !== undefined) q = q.where('e.year', '=', f.year);
  if (f.campaign) q = q.where('e.campaign', '=', f.campaign as ExemplarTable['campaign']);
  if (f.status) q = q.where('e.status', '=', f.status as 'nominated');
  if (f.personId) q = q.where('e.person_id', '=', f.personId);
  if (f.subjectUnitId) q = q.where('e.subject_unit_id', '=', f.subjectUnitId);
  return q.orderBy('e.year', 'desc').orderBy('e.campaign').orderBy('e.created_at').orderBy('e.id').execute();
}

export const exemplarsOfPerson = (db: Db, personId: string) =>
  base(db).where('e.person_id', '=', personId).orderBy('e.year', 'desc').orderBy('e.id').execute();

export const exemplarsOfUnit = (db: Db, unitId: string) =>
  base(db).where('e.subject_unit_id', '=', unitId).orderBy('e.year', 'desc').orderBy('e.id').execute();

export const openNomination = (db: Db, subjectId: string, year: number, campaign: ExemplarTable['campaign']) =>
  db
    .selectFrom('exemplar')
    .select('id')
    .where((eb) => eb.or([eb('person_id', '=', subjectId), eb('subject_unit_id', '=', subjectId)]))
    .where('year', '=', year)
    .where('campaign', '=', campaign)
    .where('status', '<>', 'declined')
    .executeTakeFirst();

export const insertExemplar = (db: Db, row: Insertable<ExemplarTable>) =>
  db.insertInto('exemplar').values(row).returning('id').executeTakeFirstOrThrow();

export const decideExemplar = (db: Db, id: string, version: number, row: Updateable<ExemplarTable>) =>
  db
    .updateTable('exemplar')
    .set({ ...row, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'nominated')
    .returning('id')
    .executeTakeFirst();

export const personUnit = (db: Db, id: string) => db.selectFrom('person').select(['id', 'unit_id']).where('id', '=', id).executeTakeFirst();
export const unitExists = (db: Db, id: string) => db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
