// SQL of cadre groups, criteria sets (versioned by family + version_no) and their criteria.
import { type Insertable, type Kysely, type Transaction, sql } from 'kysely';
import type { CadreGroupTable, DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

// ---- cadre groups ----
const GROUP_COLUMNS = ['code', 'name_vi', 'name_en', 'appendix', 'is_collective', 'is_leader', 'rank', 'owner_unit_id'] as const;

export async function cadreGroups(db: Db) {
  return db.selectFrom('cadre_group').select(GROUP_COLUMNS).orderBy('rank').orderBy('code').execute();
}
export type CadreGroupRow = Awaited<ReturnType<typeof cadreGroups>>[number];

export async function cadreGroupsByCode(db: Db, codes: readonly string[]): Promise<CadreGroupRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('cadre_group').select(GROUP_COLUMNS).where('code', 'in', codes).execute();
}

export async function nextGroupRank(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cadre_group')
    .select((eb) => eb.fn.max('rank').as('max'))
    .executeTakeFirst();
  return (row?.max ?? 0) + 10;
}

export async function insertCadreGroup(trx: Transaction<DB>, row: Insertable<CadreGroupTable>) {
  return trx.insertInto('cadre_group').values(row).returning(GROUP_COLUMNS).executeTakeFirstOrThrow();
}

// ---- criteria sets ----
const SET_COLUMNS = [
  'id',
  'family',
  'version_no',
  'name',
  'appendix',
  'general_points',
  'results_points',
  'results_config',
  'frozen_at',
  'version',
  'owner_unit_id',
] as const;

export async function setById(db: Db, id: string, lock = false) {
  let q = db.selectFrom('criteria_set').select(SET_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type SetRow = NonNullable<Awaited<ReturnType<typeof setById>>>;

/** The latest version of every family, or of the given families. */
export async function latestSets(db: Db, families?: readonly string[]): Promise<SetRow[]> {
  if (families && families.length === 0) return [];
  let q = db.selectFrom('criteria_set').distinctOn('family').select(SET_COLUMNS);
  if (families) q = q.where('family', 'in', families);
  const rows = await q.orderBy('family').orderBy('version_no', 'desc').execute();
  return rows.sort((a, b) => a.appendix.localeCompare(b.appendix) || a.name.localeCompare(b.name, 'vi'));
}

export async function latestVersionNo(db: Db, family: string): Promise<number> {
  const row = await db
    .selectFrom('criteria_set')
    .select((eb) => eb.fn.max('version_no').as('max'))
    .where('family', '=', family)
    .executeTakeFirst();
  return row?.max ?? 0;
}

export async function criteriaOf(db: Db, setIds: readonly string[]) {
  if (setIds.length === 0) return [];
  return db
    .selectFrom('criterion')
    .select(['set_id', 'part', 'ordinal', 'code', 'title', 'max_points', 'source'])
    .where('set_id', 'in', setIds)
    .orderBy('set_id')
    .orderBy(sql`CASE part WHEN 'general' THEN 0 ELSE 1 END`)
    .orderBy('ordinal')
    .execute();
}
export type CriterionRow = Awaited<ReturnType<typeof criteriaOf>>[number];

export interface SetValues {
  name: string;
  appendix: string;
  general_points: number;
  results_points: number;
  results_config: string;
}

export async function insertSet(
  trx: Transaction<DB>,
  row: SetValues & { id: string; family: string; version_no: number; created_by: string | null; owner_unit_id: string | null },
) {
  return trx.insertInto('criteria_set').values(row).returning(SET_COLUMNS).executeTakeFirstOrThrow();
}

/** In place, only while the set is a draft (not frozen) and the version matches. */
export async function updateDraft(trx: Transaction<DB>, id: string, version: number, set: SetValues) {
  return trx
    .updateTable('criteria_set')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('frozen_at', 'is', null)
    .returning(SET_COLUMNS)
    .executeTakeFirst();
}

export interface CriterionValues {
  part: 'general' | 'results';
  code: string;
  title: string;
  max_points: number;
  source: 'manual' | 'tasks' | 'kpi' | 'units_led' | 'commitment';
}

/** Replaces the criteria of a draft; ordinals follow the given order within each part. */
export async function replaceCriteria(trx: Transaction<DB>, setId: string, criteria: readonly CriterionValues[], newId: () => string) {
  await trx.deleteFrom('criterion').where('set_id', '=', setId).execute();
  const ordinal = { general: 0, results: 0 };
  const rows = criteria.map((c) => ({ ...c, id: newId(), set_id: setId, ordinal: ++ordinal[c.part] }));
  if (rows.length) await trx.insertInto('criterion').values(rows).execute();
}

/** Freezing is idempotent; the row lock orders it against a concurrent draft edit. */
export async function freezeSets(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('criteria_set')
    .set({ frozen_at: sql`now()` })
    .where('id', 'in', ids)
    .where('frozen_at', 'is', null)
    .execute();
}

/**
 * Cadre groups each family is assigned to, counting only assignments at units related to `roots`
 * (in their subtrees, or above them, where the assignment reaches down into them).
 */
export async function assignedGroupsOf(db: Db, families: readonly string[], roots: readonly string[]) {
  if (families.length === 0 || roots.length === 0) return [];
  return db
    .selectFrom('criteria_assignment as a')
    .select(['a.family', 'a.cadre_group'])
    .distinct()
    .where('a.family', 'in', families)
    .where((eb) =>
      eb.or([
        eb('a.unit_id', 'in', eb.selectFrom('org_unit_closure').select('descendant_id').where('ancestor_id', 'in', roots)),
        eb('a.unit_id', 'in', eb.selectFrom('org_unit_closure').select('ancestor_id').where('descendant_id', 'in', roots)),
      ]),
    )
    .orderBy('a.family')
    .orderBy('a.cadre_group')
    .execute();
}

// ---- ownership of shared configuration (issue 7, class 6) ----

/** A unit with no parent link: the top of its tree (a province). */
export async function isTopLevel(db: Db, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('org_unit_link').select('id').where('child_id', '=', unitId).limit(1).executeTakeFirst();
  return !row;
}

/** The top-level units above (or equal to) `unitId`. */
export async function topsOf(db: Db, unitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT c.ancestor_id AS id FROM org_unit_closure c
    WHERE c.descendant_id = ${unitId} AND NOT EXISTS (SELECT 1 FROM org_unit_link l WHERE l.child_id = c.ancestor_id)`.execute(db);
  return rows.map((r) => r.id);
}

/** Whether `unitId` lies in the subtree of, or above, one of `roots`. */
export async function relatedToRoots(db: Db, roots: readonly string[], unitId: string): Promise<boolean> {
  if (roots.length === 0) return false;
  const { rows } = await sql`
    SELECT 1 FROM org_unit_closure c
    WHERE (c.ancestor_id IN (${sql.join([...roots])}) AND c.descendant_id = ${unitId})
       OR (c.ancestor_id = ${unitId} AND c.descendant_id IN (${sql.join([...roots])}))
    LIMIT 1`.execute(db);
  return rows.length > 0;
}

/** A unit's own value of a setting key (unit_setting), if any. */
export async function unitSettingValue(db: Db, unitId: string, key: string): Promise<unknown> {
  const row = await db.selectFrom('unit_setting').select('value').where('unit_id', '=', unitId).where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function lockUnitSetting(trx: Transaction<DB>, unitId: string, key: string) {
  return trx
    .selectFrom('unit_setting')
    .select(['value', 'version'])
    .where('unit_id', '=', unitId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
}

export async function ownUnitSetting(db: Db, unitId: string, key: string) {
  return db.selectFrom('unit_setting').select(['value', 'version']).where('unit_id', '=', unitId).where('key', '=', key).executeTakeFirst();
}

export async function insertUnitSetting(trx: Transaction<DB>, unitId: string, key: string, value: unknown): Promise<void> {
  await trx
    .insertInto('unit_setting')
    .values({ unit_id: unitId, key, value: JSON.stringify(value) })
    .execute();
}

export async function updateUnitSetting(
  trx: Transaction<DB>,
  unitId: string,
  key: string,
  version: number,
  value: unknown,
): Promise<boolean> {
  const res = await trx
    .updateTable('unit_setting')
    .set((eb) => ({ value: JSON.stringify(value), version: eb('version', '+', 1) }))
    .where('unit_id', '=', unitId)
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Whether the unit exists at all (any date). */
export async function unitExists(db: Kysely<DB> | Transaction<DB>, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('org_unit').select('id').where('id', '=', unitId).executeTakeFirst());
}
