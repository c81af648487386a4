// SQL of the personnel dashboards: the holders of ladder posts in a subtree on a day, the posts without a
// holder, the disciplines of the subtree's people, the approved rotations ending, the proposals by status.
// Every list is whole: ladder posts grow with the number of units (a few per commune), not with the people,
// so the dashboard and its Excel list show all of them; the proposals themselves are paged.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB>;

/** Who holds a ladder post of the subtree on `on` (the listed codes only). */
export const holdersOn = (db: Db, unitId: string, on: string, codes: readonly string[]) =>
  db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('planning_post_code as pc', 'pc.post_id', 'po.id')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.person_id',
      't.start_date',
      'po.title as post_title',
      'po.unit_id',
      'u.name as unit_name',
      'u.admin_unit_id',
      'pc.ladder_code',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.birthplace_id',
      'p.hometown_id',
    ])
    .where(inSubtrees([unitId], 'po.unit_id'))
    .where('pc.ladder_code', 'in', codes.length > 0 ? [...codes] : [''])
    .where('t.start_date', '<=', on)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', on)]))
    .orderBy('u.name')
    .orderBy('pc.ladder_code')
    .execute();
export type HolderRow = Awaited<ReturnType<typeof holdersOn>>[number];

/** Ladder posts of the subtree open on `on` that nobody holds that day, with the last day anyone held them. */
export const vacantOn = (db: Db, unitId: string, on: string) =>
  db
    .selectFrom('post as po')
    .innerJoin('planning_post_code as pc', 'pc.post_id', 'po.id')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .select([
      'po.id',
      'po.title',
      'po.valid_from',
      'u.id as unit_id',
      'u.name as unit_name',
      (eb) =>
        eb
          .selectFrom('tenure as t')
          .select(sql<string | null>`max(t.end_date)::text`.as('m'))
          .whereRef('t.post_id', '=', 'po.id')
          .where('t.end_date', '<', on)
          .as('last_end'),
    ])
    .where(inSubtrees([unitId], 'po.unit_id'))
    .where('po.valid_from', '<=', on)
    .where((eb) => eb.or([eb('po.valid_to', 'is', null), eb('po.valid_to', '>', on)]))
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', on)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tenure as t2')
            .select('t2.id')
            .whereRef('t2.post_id', '=', 'po.id')
            .where('t2.start_date', '<=', on)
            .where((eb) => eb.or([eb('t2.end_date', 'is', null), eb('t2.end_date', '>=', on)])),
        ),
      ),
    )
    .orderBy('u.name')
    .orderBy('po.title')
    .execute();

export const disciplinesUnder = (db: Db, unitId: string, from: string) =>
  db
    .selectFrom('discipline as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select(['d.person_id', 'd.kind', 'd.decided_on', 'p.family_name', 'p.middle_name', 'p.given_name', 'u.name as unit_name'])
    .where(inSubtrees([unitId], 'p.unit_id'))
    .where('d.decided_on', '>=', from)
    .execute();

export const rotationsEnding = (db: Db, unitId: string, from: string, to: string) =>
  db
    .selectFrom('personnel_proposal as pr')
    .innerJoin('person as p', 'p.id', 'pr.person_id')
    .innerJoin('org_unit as u', 'u.id', 'pr.unit_id')
    .leftJoin('post as po', 'po.id', 'pr.post_id')
    .select([
      'pr.id',
      'pr.person_id',
      'pr.effective_date',
      'pr.planned_end_date',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'u.name as unit_name',
      'po.title as post_title',
    ])
    .where(inSubtrees([unitId], 'pr.unit_id'))
    .where('pr.status', '=', 'approved')
    .where('pr.kind', 'in', ['rotation', 'secondment'])
    .where('pr.planned_end_date', '>=', from)
    .where('pr.planned_end_date', '<=', to)
    .orderBy('pr.planned_end_date')
    .execute();

export const pipeline = (db: Db, unitId: string) =>
  db
    .selectFrom('personnel_proposal')
    .select(['kind', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where(inSubtrees([unitId], 'unit_id'))
    .groupBy(['kind', 'status'])
    .execute();
