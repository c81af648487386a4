// The year's training plan of a unit: its planned courses and their attendees (with names and units).
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, TrainingPlanItemTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB>;

export const planItems = (db: Db, unitId: string, year: number) =>
  db
    .selectFrom('training_plan_item')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('start_date')
    .orderBy('name')
    .orderBy('id')
    .execute();

export const planItemById = (db: Db, id: string, lock = false) => {
  const q = db.selectFrom('training_plan_item').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const attendeesOf = (db: Db, itemIds: readonly string[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('training_plan_attendee as a')
        .innerJoin('person as p', 'p.id', 'a.person_id')
        .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
        .select(['a.item_id', 'a.person_id', 'p.family_name', 'p.middle_name', 'p.given_name', 'u.name as unit_name'])
        .where('a.item_id', 'in', [...itemIds])
        .orderBy('p.sort_key')
        .orderBy('p.id')
        .execute();

/** Of these people, the ones whose record is in the unit's subtree. */
export async function peopleUnder(db: Db, unitId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('person')
    .select('id')
    .where('id', 'in', [...personIds])
    .where(inSubtrees([unitId], 'unit_id'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export const insertPlanItem = (db: Db, row: Insertable<TrainingPlanItemTable>) =>
  db.insertInto('training_plan_item').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePlanItem = (db: Db, id: string, version: number, row: Updateable<TrainingPlanItemTable>) =>
  db
    .updateTable('training_plan_item')
    .set({ ...row, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const deletePlanItem = (db: Db, id: string, version: number) =>
  db.deleteFrom('training_plan_item').where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

export async function replaceAttendees(db: Db, itemId: string, personIds: readonly string[]) {
  await db.deleteFrom('training_plan_attendee').where('item_id', '=', itemId).execute();
  if (personIds.length) {
    await db
      .insertInto('training_plan_attendee')
      .values(personIds.map((person_id) => ({ item_id: itemId, person_id })))
      .execute();
  }
}
