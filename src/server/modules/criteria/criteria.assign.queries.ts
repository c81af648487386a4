// SQL of criteria assignments: a family of sets assigned to a cadre group for a unit subtree from a
// date. The set in force for (group, unit, date) comes from the nearest ancestor-or-self of the unit
// holding an assignment for the group dated on or before the date (the latest such date there).
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface EffectiveAssignment {
  unit_id: string;
  cadre_group: string;
  family: string;
  from_unit_id: string;
  effective_from: string;
}

/**
 * One row per (unit, cadre group) that has an assignment in force on `on`: for a single unit, or
 * for every unit of a subtree. "Nearest" is the deepest assigning ancestor (most ancestors of its
 * own), so a commune's own assignment beats the province's. One query whatever the subtree size.
 */
export async function effectiveAssignments(
  db: Db,
  target: { unitId: string } | { subtreeOf: string },
  on: string,
  cadreGroup?: string,
): Promise<EffectiveAssignment[]> {
  const units = 'unitId' in target ? sql`c.descendant_id = ${target.unitId}` : sql`${inSubtrees([target.subtreeOf], 'c.descendant_id')}`;
  const group = cadreGroup === undefined ? sql`` : sql`AND ca.cadre_group = ${cadreGroup}`;
  const { rows } = await sql<EffectiveAssignment>`
    WITH a AS (
      SELECT ca.cadre_group, ca.family, ca.unit_id, ca.effective_from,
             (SELECT count(*) FROM org_unit_closure x WHERE x.descendant_id = ca.unit_id) AS depth
        FROM criteria_assignment ca
       WHERE ca.effective_from <= ${on} ${group}
    )
    SELECT DISTINCT ON (c.descendant_id, a.cadre_group)
           c.descendant_id AS unit_id, a.cadre_group, a.family, a.unit_id AS from_unit_id, a.effective_from
      FROM a
      JOIN org_unit_closure c ON c.ancestor_id = a.unit_id
     WHERE ${units}
     ORDER BY c.descendant_id, a.cadre_group, a.depth DESC, a.effective_from DESC`.execute(db);
  return rows;
}

/** Writes the assignments; the same group, unit and date again replaces the family. Returns what each replaced. */
export async function upsertAssignments(
  trx: Transaction<DB>,
  rows: Array<{ cadre_group: string; family: string; unit_id: string; effective_from: string; assigned_by: string | null }>,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const unitId = rows[0].unit_id;
  const date = rows[0].effective_from;
  const before = await trx
    .selectFrom('criteria_assignment')
    .select(['cadre_group', 'family'])
    .where('unit_id', '=', unitId)
    .where('effective_from', '=', date)
    .where(
      'cadre_group',
      'in',
      rows.map((r) => r.cadre_group),
    )
    .forUpdate()
    .execute();
  await trx
    .insertInto('criteria_assignment')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['cadre_group', 'unit_id', 'effective_from'])
        .doUpdateSet((eb) => ({ family: eb.ref('excluded.family'), assigned_by: eb.ref('excluded.assigned_by') })),
    )
    .execute();
  return new Map(before.map((r) => [r.cadre_group, r.family]));
}

/** Seeds: inserts assignments that are not there yet (never replaces one a province changed). */
export async function insertMissingAssignments(
  db: Db,
  rows: Array<{ cadre_group: string; family: string; unit_id: string; effective_from: string }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const res = await db
    .insertInto('criteria_assignment')
    .values(rows.map((r) => ({ ...r, assigned_by: null })))
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

export async function unitNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function familyExists(db: Db, family: string): Promise<boolean> {
  return !!(await db.selectFrom('criteria_set').select('id').where('family', '=', family).limit(1).executeTakeFirst());
}
