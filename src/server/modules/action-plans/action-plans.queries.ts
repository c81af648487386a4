// SQL of leaders' action plans: the leadership posts a person holds, the plan with its entries, the
// lock of a write, the leaders of a subtree (paged) and their latest ratings.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { ActionPlanItemTable, ActionPlanTable, DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function unitById(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/**
 * The units whose indicators a plan of a post in each unit may take: the unit itself and the unit it
 * belongs to (a commune's Party committee or People's Committee works to the commune's indicators).
 */
export async function indicatorUnitsOf(db: Db, unitIds: readonly string[]): Promise<Map<string, string[]>> {
  if (unitIds.length === 0) return new Map();
  const links = await db
    .selectFrom('org_unit_link')
    .select(['child_id', 'parent_id'])
    .where('child_id', 'in', [...unitIds])
    .where('valid_to', 'is', null)
    .execute();
  const parent = new Map(links.map((l) => [l.child_id, l.parent_id]));
  return new Map(unitIds.map((u) => [u, parent.has(u) ? [u, parent.get(u)!] : [u]]));
}

/** Open tenures (on `on`) on key or head posts — the leadership posts — of the person, or of a subtree's units. */
function leaderTenures(db: Db, on: string) {
  return db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .where((eb) => eb.or([eb('po.is_key', '=', true), eb('po.is_head', '=', true)]))
    .where('t.start_date', '<=', on)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', on)]));
}

export async function leaderPostsOf(db: Db, personId: string, on: string) {
  return leaderTenures(db, on)
    .select(['po.id as post_id', 'po.title as post_title', 'po.unit_id', 'u.name as unit_name'])
    .where('t.person_id', '=', personId)
    .orderBy('po.rank')
    .orderBy('po.title')
    .execute();
}

/** One row per leader of the subtree (their highest-ranked leadership post), a page of them and the total. */
export async function leadersOfSubtree(db: Db, unitId: string, on: string, page: number, pageSize: number) {
  const leaders = leaderTenures(db, on)
    .select(['p.id', 'p.family_name', 'p.middle_name', 'p.given_name', 'p.sort_key', 'po.title as post_title', 'po.rank', 'po.unit_id'])
    .select('u.name as unit_name')
    .distinctOn('p.id')
    .where(inSubtrees([unitId], 'po.unit_id'))
    .orderBy('p.id')
    .orderBy('po.rank')
    .orderBy('po.title');
  const [rows, total] = await Promise.all([
    db
      .selectFrom(leaders.as('l'))
      .selectAll()
      .orderBy('l.rank')
      .orderBy('l.sort_key')
      .orderBy('l.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom(leaders.as('l'))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Plans of the year of a subtree's units: how many of each status, and the late milestones of approved ones. */
export async function planCounts(db: Db, unitId: string, year: number, today: string) {
  return db
    .selectFrom('action_plan as ap')
    .select((eb) => [
      'ap.status',
      eb.fn.countAll<string>().as('n'),
      eb
        .fn<string>('sum', [
          eb
            .selectFrom('action_plan_item as i')
            .innerJoin('task_milestone as m', 'm.task_id', 'i.task_id')
            .select((e) => e.fn.countAll<string>().as('c'))
            .whereRef('i.plan_id', '=', 'ap.id')
            .where('m.done_on', 'is', null)
            .where('m.due_date', '<', today),
        ])
        .as('late'),
    ])
    .where(inSubtrees([unitId], 'ap.unit_id'))
    .where('ap.year', '=', year)
    .groupBy('ap.status')
    .execute();
}

const COLUMNS = [
  'ap.id',
  'ap.person_id',
  'ap.unit_id',
  'ap.post_id',
  'ap.year',
  'ap.status',
  'ap.submitted_at',
  'ap.reviewed_by',
  'ap.reviewed_at',
  'ap.review_comment',
  'ap.version',
] as const;

export async function planById(db: Db, id: string) {
  return db
    .selectFrom('action_plan as ap')
    .innerJoin('org_unit as u', 'u.id', 'ap.unit_id')
    .innerJoin('person as p', 'p.id', 'ap.person_id')
    .innerJoin('post as po', 'po.id', 'ap.post_id')
    .leftJoin('account as a', 'a.id', 'ap.reviewed_by')
    .select([...COLUMNS, 'u.name as unit_name', 'po.title as post_title', 'p.family_name', 'p.middle_name', 'p.given_name'])
    .select('a.display_name as reviewer_name')
    .where('ap.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof planById>>>;

export async function planIdOf(db: Db, personId: string, year: number): Promise<string | null> {
  const row = await db.selectFrom('action_plan').select('id').where('person_id', '=', personId).where('year', '=', year).executeTakeFirst();
  return row?.id ?? null;
}

/** The plans of a year of these people. */
export async function plansOf(db: Db, personIds: readonly string[], year: number) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('action_plan')
    .select(['id', 'person_id', 'status'])
    .where('person_id', 'in', [...personIds])
    .where('year', '=', year)
    .execute();
}

/** The row locked until the transaction ends: serialises concurrent edits and reviews. */
export async function lockPlan(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('action_plan as ap').select(COLUMNS).where('ap.id', '=', id).forUpdate().executeTakeFirst();
}
export type LockedPlan = NonNullable<Awaited<ReturnType<typeof lockPlan>>>;

export async function insertPlan(trx: Transaction<DB>, row: Insertable<ActionPlanTable>) {
  await trx.insertInto('action_plan').values(row).execute();
}

/** Updates the row at `version` and bumps it; false when another write came first. */
export async function updatePlanRow(trx: Transaction<DB>, id: string, version: number, change: Updateable<ActionPlanTable>) {
  const res = await trx
    .updateTable('action_plan')
    .set({ ...change, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function itemsOf(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('action_plan_item')
    .selectAll()
    .where('plan_id', 'in', [...planIds])
    .orderBy('plan_id')
    .orderBy('ordinal')
    .execute();
}

/** Replaces the entries of a plan not yet approved (no task tracks them yet). */
export async function replaceItems(trx: Transaction<DB>, planId: string, rows: Array<Insertable<ActionPlanItemTable>>) {
  await trx.deleteFrom('action_plan_item').where('plan_id', '=', planId).execute();
  if (rows.length) await trx.insertInto('action_plan_item').values(rows).execute();
}

export async function setItemTask(trx: Transaction<DB>, itemId: string, taskId: string) {
  await trx.updateTable('action_plan_item').set({ task_id: taskId }).where('id', '=', itemId).execute();
}

/** Each person's latest decided rating (the decision's level, newest period end first). */
export async function latestRatings(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as ep', 'ep.id', 'e.period_id')
    .select(['e.person_id', 'e.decision_level', 'ep.kind', 'ep.year', 'ep.number'])
    .distinctOn('e.person_id')
    .where('e.person_id', 'in', [...personIds])
    .where('e.decision_level', 'is not', null)
    .where('e.status', 'in', ['decided', 'published'])
    .orderBy('e.person_id')
    .orderBy('ep.end_date', 'desc')
    .execute();
}
