// The facts planning reads from other modules' tables: the people planned, the posts they hold (through
// the ladder links), their yearly evaluation levels, their disciplines, units and their kinds.
import type { Kysely } from 'kysely';
import { idSet } from '../../db/id-set.queries.js';
import type { DB, Level } from '../../db/schema.js';

type Db = Kysely<DB>;

export const unitById = (db: Db, id: string) =>
  db.selectFrom('org_unit').select(['id', 'kind', 'name', 'valid_to']).where('id', '=', id).executeTakeFirst();

export interface PersonFacts {
  id: string;
  unit_id: string;
  unit_name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  gender: 'male' | 'female';
  date_of_birth: string;
  ethnicity: string;
  education_level: string | null;
  professional_qualification: string | null;
  political_theory_level: string | null;
  state_management_level: string | null;
  /** The training profile's field of study and its group (null without a profile): the S&T share counts them. */
  field_group: string | null;
  field_of_study: string | null;
}

export async function peopleFacts(db: Db, ids: readonly string[]): Promise<PersonFacts[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('training_profile as tp', 'tp.person_id', 'p.id')
    .select([
      'tp.field_group',
      'tp.field_of_study',
      'p.id',
      'p.unit_id',
      'u.name as unit_name',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.gender',
      'p.date_of_birth',
      'p.ethnicity',
      'p.education_level',
      'p.professional_qualification',
      'p.political_theory_level',
      'p.state_management_level',
    ])
    .where('p.id', 'in', idSet(ids))
    .execute();
}

/** The ladder codes of the posts each person holds on `on` (tenures open that day, posts linked to the ladder). */
export async function heldLadderCodes(db: Db, personIds: readonly string[], on: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('tenure as t')
    .innerJoin('planning_post_code as pc', 'pc.post_id', 't.post_id')
    .select(['t.person_id', 'pc.ladder_code'])
    .where('t.person_id', 'in', idSet(personIds))
    .where('t.start_date', '<=', on)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', on)]))
    .execute();
  for (const r of rows) out.set(r.person_id, [...new Set([...(out.get(r.person_id) ?? []), r.ladder_code])]);
  return out;
}

/** Decided yearly levels of each person for the given years (the last three years beside every candidate). */
export async function yearLevels(db: Db, personIds: readonly string[], years: readonly number[]) {
  if (personIds.length === 0 || years.length === 0) return [];
  return db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
    .select(['e.person_id', 'p.year', 'e.decision_level'])
    .where('p.kind', '=', 'year')
    .where('e.status', 'in', ['decided', 'published'])
    .where('e.person_id', 'in', [...personIds])
    .where('p.year', 'in', [...years])
    .execute() as Promise<Array<{ person_id: string | null; year: number; decision_level: Level | null }>>;
}

export async function disciplinesOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('discipline')
    .select(['id', 'person_id', 'kind', 'decided_on', 'decision_ref'])
    .where('person_id', 'in', [...personIds])
    .execute();
}

export const postById = (db: Db, id: string) => db.selectFrom('post').select(['id', 'unit_id']).where('id', '=', id).executeTakeFirst();

/** True when the unit has no parent link open today (a top-level unit: the installation's configuration is edited there). */
export async function isTopUnit(db: Db, unitId: string): Promise<boolean> {
  const link = await db
    .selectFrom('org_unit_link')
    .select('id')
    .where('child_id', '=', unitId)
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  return !link;
}

/** The ladder posts each person is planned for (candidates proposed or approved). */
export const plannedPostCodes = (db: Db, personIds: readonly string[]) =>
  db
    .selectFrom('planning_candidate')
    .select(['person_id', 'post_code'])
    .where('person_id', 'in', idSet(personIds))
    .where('status', 'in', ['proposed', 'approved'])
    .execute();
