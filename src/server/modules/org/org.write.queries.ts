// Mutations of the tree. Nothing is ever deleted: closing sets valid_to, history is kept.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UnitRow } from './org.tree.queries.js';
import { validAt } from './org.tree.queries.js';

type Db = Kysely<DB>;

export async function lockUnits(db: Db, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  // a stable lock order, so two merges touching the same units cannot deadlock
  return db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'name', 'short_name', 'admin_unit_id', 'valid_from', 'valid_to', 'version'])
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function insertUnit(
  db: Db,
  u: {
    id: string;
    kind: string;
    name: string;
    shortName: string | null;
    adminUnitId: string | null;
    validFrom: string;
    searchText: string;
  },
): Promise<void> {
  await db
    .insertInto('org_unit')
    .values({
      id: u.id,
      kind: u.kind,
      name: u.name,
      short_name: u.shortName,
      admin_unit_id: u.adminUnitId,
      valid_from: u.validFrom,
      valid_to: null,
      search_text: u.searchText,
    })
    .execute();
}

export async function insertLink(db: Db, l: { id: string; parentId: string; childId: string; validFrom: string }): Promise<void> {
  await db
    .insertInto('org_unit_link')
    .values({ id: l.id, parent_id: l.parentId, child_id: l.childId, valid_from: l.validFrom, valid_to: null })
    .execute();
}

/** Version-checked rename; undefined when the version is stale. */
export async function renameUnit(db: Db, id: string, version: number, v: { name: string; shortName: string | null; searchText: string }) {
  return db
    .updateTable('org_unit')
    .set({ name: v.name, short_name: v.shortName, search_text: v.searchText, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(['id', 'kind', 'name', 'short_name', 'admin_unit_id', 'valid_from', 'valid_to', 'version'])
    .executeTakeFirst();
}

export async function setUnitValidTo(db: Db, id: string, validTo: string): Promise<void> {
  await db
    .updateTable('org_unit')
    .set({ valid_to: validTo, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function bumpUnitVersion(db: Db, id: string): Promise<void> {
  await db
    .updateTable('org_unit')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Parent links of the child, or posts of the unit, that start on or after `d` (closing at `d` would invert them). */
export async function rowsStartingFrom(
  db: Db,
  table: 'org_unit_link' | 'post',
  column: 'child_id' | 'parent_id' | 'unit_id',
  id: string,
  d: string,
): Promise<number> {
  const row = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id} AND valid_from >= ${d}::date`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** Ends the child's parent links that are still valid at `d`. */
export async function closeParentLinks(db: Db, childId: string, d: string): Promise<void> {
  await sql`UPDATE org_unit_link SET valid_to = ${d}::date
    WHERE child_id = ${childId} AND valid_from < ${d}::date AND (valid_to IS NULL OR valid_to > ${d}::date)`.execute(db);
}

/** Ends the unit's posts still valid at `d`; returns their ids. */
export async function closePostsOf(db: Db, unitId: string, d: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`UPDATE post SET valid_to = ${d}::date, version = version + 1
    WHERE unit_id = ${unitId} AND valid_from < ${d}::date AND (valid_to IS NULL OR valid_to > ${d}::date) RETURNING id`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Links to children that are still valid at or after `d` (whose child is not closed by then). */
export async function liveChildLinks(db: Db, parentId: string, d: string) {
  return db
    .selectFrom('org_unit_link as l')
    .innerJoin('org_unit as c', 'c.id', 'l.child_id')
    .select(['l.id', 'l.child_id', 'l.valid_from', 'c.name'])
    .where('l.parent_id', '=', parentId)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', d)]))
    .where((eb) => eb.or([eb('c.valid_to', 'is', null), eb('c.valid_to', '>', d)]))
    .execute();
}

export async function closeLink(db: Db, linkId: string, d: string): Promise<void> {
  await db.updateTable('org_unit_link').set({ valid_to: d }).where('id', '=', linkId).execute();
}

/** The parent link valid at `d`, if any. */
export async function parentLinkAt(db: Db, childId: string, d: string) {
  return db
    .selectFrom('org_unit_link as l')
    .select(['l.id', 'l.parent_id', 'l.valid_from', 'l.valid_to'])
    .where('l.child_id', '=', childId)
    .where(validAt('l', d))
    .executeTakeFirst();
}

export async function insertEvent(
  db: Db,
  e: { id: string; kind: 'merge' | 'split'; effectiveOn: string; decisionRef: string | null; note: string | null },
) {
  await db
    .insertInto('org_unit_event')
    .values({ id: e.id, kind: e.kind, effective_on: e.effectiveOn, decision_ref: e.decisionRef, note: e.note })
    .execute();
}

export async function insertHistory(db: Db, eventId: string, pairs: Array<{ predecessorId: string; successorId: string }>) {
  if (pairs.length === 0) return;
  await db
    .insertInto('org_unit_history')
    .values(pairs.map((p) => ({ event_id: eventId, predecessor_id: p.predecessorId, successor_id: p.successorId })))
    .execute();
}

/** Moves the people whose unit is one of `fromIds` to `toId`; returns who moved from where. */
export async function movePeople(db: Db, fromIds: string[], toId: string): Promise<Array<{ id: string; from: string }>> {
  if (fromIds.length === 0) return [];
  const people = await db
    .selectFrom('person')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', fromIds)
    .orderBy('id')
    .forUpdate()
    .execute();
  if (people.length === 0) return [];
  await db
    .updateTable('person')
    .set({ unit_id: toId, version: sql`version + 1`, updated_at: sql`now()` })
    .where(
      'id',
      'in',
      people.map((p) => p.id),
    )
    .execute();
  return people.map((p) => ({ id: p.id, from: p.unit_id }));
}
