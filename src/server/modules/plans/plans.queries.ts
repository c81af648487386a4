// SQL for weekly plans and their items, the people expected to write one, and the per-unit
// plan deadline setting.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, WeeklyPlanItemTable, WeeklyPlanTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Every unit whose subtree contains `unitId` (the closure table is reflexive). */
export async function unitById(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function personById(db: Db, id: string) {
  return db
    .selectFrom('person')
    .select(['id', 'unit_id', 'family_name', 'middle_name', 'given_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Whether `personId` belongs to `unitId` for plan purposes: their unit lies in its subtree, or
 * they hold a tenure open on `on` on a post of a unit in its subtree (a commune secretary whose
 * record sits in the Party committee writes the commune's plan).
 */
export async function personBelongsTo(db: Db, personId: string, unitId: string, on: string): Promise<boolean> {
  const row = await db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.id', '=', personId)
    .where((eb) =>
      eb.or([
        inSubtrees([unitId], 'p.unit_id'),
        eb.exists(
          eb
            .selectFrom('tenure as t')
            .innerJoin('post as po', 'po.id', 't.post_id')
            .select(sql`1`.as('one'))
            .whereRef('t.person_id', '=', 'p.id')
            .where('t.start_date', '<=', on)
            .where((w) => w.or([w('t.end_date', 'is', null), w('t.end_date', '>=', on)]))
            .where(inSubtrees([unitId], 'po.unit_id')),
        ),
      ]),
    )
    .executeTakeFirst();
  return !!row;
}

const PLAN_COLUMNS = [
  'wp.id',
  'wp.unit_id',
  'wp.person_id',
  'wp.week_start',
  'wp.status',
  'wp.submitted_at',
  'wp.reviewed_by',
  'wp.reviewed_at',
  'wp.review_comment',
  'wp.version',
  'wp.created_at',
] as const;

export async function planById(db: Db, id: string) {
  return db
    .selectFrom('weekly_plan as wp')
    .innerJoin('org_unit as u', 'u.id', 'wp.unit_id')
    .innerJoin('person as p', 'p.id', 'wp.person_id')
    .leftJoin('account as a', 'a.id', 'wp.reviewed_by')
    .select([...PLAN_COLUMNS, 'u.name as unit_name', 'p.family_name', 'p.middle_name', 'p.given_name', 'a.display_name as reviewer_name'])
    .where('wp.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof planById>>>;

/** The plan row locked until the transaction ends: serialises concurrent edits and reviews. */
export async function lockPlan(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('weekly_plan as wp').select(PLAN_COLUMNS).where('wp.id', '=', id).forUpdate().executeTakeFirst();
}
export type LockedPlan = NonNullable<Awaited<ReturnType<typeof lockPlan>>>;

export async function planIdOf(db: Db, personId: string, weekStart: string): Promise<string | null> {
  const row = await db
    .selectFrom('weekly_plan')
    .select('id')
    .where('person_id', '=', personId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function itemsOf(db: Db, planId: string) {
  return db
    .selectFrom('weekly_plan_item as i')
    .leftJoin('work_field as f', 'f.code', 'i.field_code')
    .leftJoin('task as t', 't.id', 'i.task_id')
    .select([
      'i.id',
      'i.ordinal',
      'i.title',
      'i.description',
      'i.field_code',
      'i.work_units',
      'i.start_date',
      'i.due_date',
      'i.task_id',
      'f.name_vi as field_name_vi',
      'f.name_en as field_name_en',
      't.status as task_status',
    ])
    .where('i.plan_id', '=', planId)
    .orderBy('i.ordinal')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

export async function insertPlan(trx: Db, values: Insertable<WeeklyPlanTable>): Promise<void> {
  await trx.insertInto('weekly_plan').values(values).execute();
}

export async function replaceItems(trx: Db, planId: string, rows: Insertable<WeeklyPlanItemTable>[]): Promise<void> {
  await trx.deleteFrom('weekly_plan_item').where('plan_id', '=', planId).execute();
  if (rows.length) await trx.insertInto('weekly_plan_item').values(rows).execute();
}

type PlanChanges = Pick<Updateable<WeeklyPlanTable>, 'status' | 'submitted_at' | 'reviewed_by' | 'reviewed_at' | 'review_comment'>;

/** Applies the change only if the row still has `version`, bumping it; returns whether it did. */
export async function updatePlanRow(trx: Db, id: string, version: number, values: PlanChanges): Promise<boolean> {
  const res = await trx
    .updateTable('weekly_plan')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function linkItemTask(trx: Db, itemId: string, taskId: string): Promise<void> {
  await trx.updateTable('weekly_plan_item').set({ task_id: taskId }).where('id', '=', itemId).execute();
}

export async function fieldCodesKnown(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('work_field').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * People expected to write a plan for `unitId` in the week: open tenures (on `on`) on key or head
 * posts of units in its subtree — the executive/standing committee and the heads of divisions.
 * One row per person, with the highest-ranked such post.
 */
export async function expectedWriters(db: Db, unitId: string, on: string) {
  return db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['p.id', 'p.family_name', 'p.middle_name', 'p.given_name', 'p.sort_key', 'po.title as post_title', 'po.rank'])
    .distinctOn('p.id')
    .where(inSubtrees([unitId], 'po.unit_id'))
    .where((eb) => eb.or([eb('po.is_key', '=', true), eb('po.is_head', '=', true)]))
    .where('t.start_date', '<=', on)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', on)]))
    .orderBy('p.id')
    .orderBy('po.rank')
    .orderBy('po.title')
    .execute();
}

/** Plans of the week written by `personIds` or for a unit in the subtree of `unitId`, with item totals. */
export async function plansOfWeek(db: Db, unitId: string, weekStart: string, personIds: string[]) {
  return db
    .selectFrom('weekly_plan as wp')
    .innerJoin('person as p', 'p.id', 'wp.person_id')
    .select((eb) => [
      'wp.id',
      'wp.person_id',
      'wp.status',
      'wp.submitted_at',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.sort_key',
      eb
        .selectFrom('weekly_plan_item as i')
        .whereRef('i.plan_id', '=', 'wp.id')
        .select((s) => s.fn.countAll<string>().as('n'))
        .as('item_count'),
      eb
        .selectFrom('weekly_plan_item as i')
        .whereRef('i.plan_id', '=', 'wp.id')
        .select(sql<string>`coalesce(sum(i.work_units), 0)`.as('s'))
        .as('work_units'),
    ])
    .where('wp.week_start', '=', weekStart)
    .where((eb) => {
      const byUnit = inSubtrees([unitId], 'wp.unit_id');
      return personIds.length ? eb.or([byUnit, eb('wp.person_id', 'in', personIds)]) : byUnit;
    })
    .execute();
}

export const DEADLINE_KEY = 'plans.deadline';

/** The deadline setting nearest to `unitId`: its own, else the deepest ancestor's. */
export async function nearestDeadlineSetting(db: Db, unitId: string) {
  return db
    .selectFrom('unit_setting as us')
    .innerJoin('org_unit_closure as c', 'c.ancestor_id', 'us.unit_id')
    .select((eb) => [
      'us.unit_id',
      'us.value',
      'us.version',
      eb
        .selectFrom('org_unit_closure as d')
        .whereRef('d.descendant_id', '=', 'us.unit_id')
        .select((s) => s.fn.countAll<string>().as('n'))
        .as('depth'),
    ])
    .where('c.descendant_id', '=', unitId)
    .where('us.key', '=', DEADLINE_KEY)
    .orderBy('depth', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function lockOwnSetting(trx: Transaction<DB>, unitId: string) {
  return trx
    .selectFrom('unit_setting')
    .select(['value', 'version'])
    .where('unit_id', '=', unitId)
    .where('key', '=', DEADLINE_KEY)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertSetting(trx: Db, unitId: string, value: unknown): Promise<void> {
  await trx
    .insertInto('unit_setting')
    .values({ unit_id: unitId, key: DEADLINE_KEY, value: JSON.stringify(value) })
    .execute();
}

export async function updateSetting(trx: Db, unitId: string, version: number, value: unknown): Promise<boolean> {
  const res = await trx
    .updateTable('unit_setting')
    .set((eb) => ({ value: JSON.stringify(value), version: eb('version', '+', 1) }))
    .where('unit_id', '=', unitId)
    .where('key', '=', DEADLINE_KEY)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The plan an item belongs to, with its week and author (a task from a plan keeps the item id as source_ref). */
export async function planOfItem(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom('weekly_plan_item as i')
    .innerJoin('weekly_plan as p', 'p.id', 'i.plan_id')
    .innerJoin('person as a', 'a.id', 'p.person_id')
    .select(['p.id', 'p.week_start', 'a.family_name', 'a.middle_name', 'a.given_name'])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}
