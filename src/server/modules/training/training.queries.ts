// Training records: the person's facts, the profile, the courses and their support payments.
import type { Insertable, Kysely, Updateable } from 'kysely';
import { idSet } from '../../db/id-set.queries.js';
import type { DB, TrainingCourseTable, TrainingProfileTable } from '../../db/schema.js';
import { inSubtrees, unitInSubtrees } from '../org/index.js';

type Db = Kysely<DB>;

export const personFacts = (db: Db, id: string) =>
  db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id',
      'u.name as unit_name',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.education_level',
      'p.professional_qualification',
      'p.political_theory_level',
      'p.state_management_level',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();

export const profileOf = (db: Db, personId: string, lock = false) => {
  const q = db.selectFrom('training_profile').selectAll().where('person_id', '=', personId);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const insertProfile = (db: Db, row: Insertable<TrainingProfileTable>) =>
  db.insertInto('training_profile').values(row).returningAll().executeTakeFirstOrThrow();

export const updateProfile = (db: Db, personId: string, version: number, row: Updateable<TrainingProfileTable>) =>
  db
    .updateTable('training_profile')
    .set({ ...row, version: version + 1, updated_at: new Date() })
    .where('person_id', '=', personId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const coursesOf = (db: Db, personIds: readonly string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('training_course').selectAll().where('person_id', 'in', idSet(personIds)).orderBy('start_date').orderBy('id').execute();

export const courseById = (db: Db, id: string, lock = false) => {
  const q = db.selectFrom('training_course').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const insertCourse = (db: Db, row: Insertable<TrainingCourseTable>) =>
  db.insertInto('training_course').values(row).returningAll().executeTakeFirstOrThrow();

export const updateCourse = (db: Db, id: string, version: number, row: Updateable<TrainingCourseTable>) =>
  db
    .updateTable('training_course')
    .set({ ...row, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const deleteCourse = (db: Db, id: string, version: number) =>
  db.deleteFrom('training_course').where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();

export const paymentsOf = (db: Db, courseIds: readonly string[]) =>
  courseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('training_support_payment')
        .select(['id', 'course_id', 'amount', 'paid_on', 'decision_ref'])
        .where('course_id', 'in', idSet(courseIds))
        .orderBy('paid_on')
        .orderBy('id')
        .execute();

export const insertPayment = (
  db: Db,
  row: { id: string; course_id: string; amount: number; paid_on: string; decision_ref: string; recorded_by: string | null },
) => db.insertInto('training_support_payment').values(row).returningAll().executeTakeFirstOrThrow();

/** The people of a unit's subtree (their record's levels, their profile's field group), for the reports. */
export const subtreePeople = (db: Db, unitId: string) =>
  db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('training_profile as tp', 'tp.person_id', 'p.id')
    .select([
      'p.id',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.sort_key',
      'p.unit_id',
      'u.name as unit_name',
      'p.education_level',
      'p.professional_qualification',
      'p.political_theory_level',
      'p.state_management_level',
      'p.citizen_id',
      'tp.field_group',
      'tp.left_service_on',
      'tp.it_level',
      'tp.foreign_language',
    ])
    .where(inSubtrees([unitId], 'p.unit_id'))
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .execute();

/** Every effective-dated row of a regulation setting, newest first. */
export const settingRows = (db: Db, key: string) =>
  db
    .selectFrom('regulation_setting')
    .select(['effective_from', 'value'])
    .where('key', '=', key)
    .orderBy('effective_from', 'desc')
    .execute();

export const peopleByCitizenIds = (db: Db, citizenIds: readonly string[]) =>
  citizenIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('person')
        .select(['id', 'unit_id', 'citizen_id'])
        .where('citizen_id', 'in', [...citizenIds])
        .execute();

export const unitWithin = (db: Db, ancestorId: string, unitId: string) => unitInSubtrees(db, [ancestorId], unitId);

export const insertCourseRows = (db: Db, rows: Array<Insertable<TrainingCourseTable>>) =>
  db.insertInto('training_course').values(rows).execute();
