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

interface ExemplarFilter {
  unitId: string;
  year?: number;
  campaign?: string;
  status?: string;
  subject?: string;
}

function filtered(db: Db, f: ExemplarFilter) {
  let q = db.selectFrom('exemplar as e').where(inSubtrees([f.unitId], 'e.unit_id'));
  if (f.year !== undefined) q = q.where('e.year', '=', f.year);
  if (f.campaign) q = q.where('e.campaign', '=', f.campaign as ExemplarTable['campaign']);
  if (f.status) q = q.where('e.status', '=', f.status as 'nominated');
  if (f.subject) q = q.where('e.subject', '=', f.subject as 'person');
  return q;
}

/** The whole filtered register under a unit, in the list's order (the printed report). */
export const allExemplarsUnder = (db: Db, f: ExemplarFilter) =>
  base(db)
    .where('e.id', 'in', filtered(db, f).select('e.id'))
    .orderBy('e.year', 'desc')
    .orderBy('e.campaign')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();

/** One page of the register under a unit (newest year first), and how many rows the filter has in all. */
export async function exemplarsUnder(db: Db, f: ExemplarFilter & { page: number; pageSize: number }) {
  const [ids, count] = await Promise.all([
    filtered(db, f)
      .select('e.id')
      .orderBy('e.year', 'desc')
      .orderBy('e.campaign')
      .orderBy('e.created_at')
      .orderBy('e.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const rows = ids.length
    ? await base(db)
        .where(
          'e.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute()
    : [];
  const order = new Map(ids.map((r, i) => [r.id, i]));
  return { rows: rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!), total: Number(count.n) };
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
