// Reading the temporal tree "as of" a date: a row is valid at D when valid_from <= D < valid_to.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../../db/scope.queries.js';

type Db = Kysely<DB>;

/** `alias.valid_from <= d AND (alias.valid_to IS NULL OR alias.valid_to > d)` */
export function validAt(alias: string, d: string): RawBuilder<boolean> {
  const from = sql.ref(`${alias}.valid_from`);
  const to = sql.ref(`${alias}.valid_to`);
  return sql<boolean>`(${from} <= ${d}::date AND (${to} IS NULL OR ${to} > ${d}::date))`;
}

export interface UnitRow {
  id: string;
  kind: string;
  name: string;
  short_name: string | null;
  admin_unit_id: string | null;
  valid_from: string;
  valid_to: string | null;
  version: number;
}
export type NodeRow = UnitRow & { child_count: number };

const UNIT_COLS = ['id', 'kind', 'name', 'short_name', 'admin_unit_id', 'valid_from', 'valid_to', 'version'] as const;

export async function unitById(db: Db, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('org_unit').select(UNIT_COLS).where('id', '=', id).executeTakeFirst();
}

export async function unitsByIds(db: Db, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('org_unit')
    .select(UNIT_COLS)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

function childCount(d: string) {
  return sql<number>`(SELECT count(*) FROM org_unit_link cl JOIN org_unit cu ON cu.id = cl.child_id
    WHERE cl.parent_id = u.id AND ${validAt('cl', d)} AND ${validAt('cu', d)})::int`;
}

/** The given units with their number of children at `d` (validity of the units themselves not checked). */
export async function nodesByIds(db: Db, ids: string[], d: string): Promise<NodeRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('org_unit as u')
    .select(UNIT_COLS.map((c) => `u.${c}` as const))
    .select(childCount(d).as('child_count'))
    .where('u.id', 'in', [...new Set(ids)])
    .execute();
}

/** Children of `parentId` valid at `d`, with their own child counts at `d`. */
export async function childrenAt(db: Db, parentId: string, d: string): Promise<NodeRow[]> {
  return db
    .selectFrom('org_unit_link as l')
    .innerJoin('org_unit as u', 'u.id', 'l.child_id')
    .select(UNIT_COLS.map((c) => `u.${c}` as const))
    .select(childCount(d).as('child_count'))
    .where('l.parent_id', '=', parentId)
    .where(validAt('l', d))
    .where(validAt('u', d))
    .execute();
}

/**
 * Stand-ins for a scope root that is not valid at `d` (e.g. a commune created by the 2025 merger,
 * read as of 2024): the units of its closure valid at `d` whose parent at `d` lies outside it.
 */
export async function topUnitsOfClosureAt(db: Db, rootId: string, d: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT u.id FROM org_unit_closure c JOIN org_unit u ON u.id = c.descendant_id
     WHERE c.ancestor_id = ${rootId} AND ${validAt('u', d)}
       AND NOT EXISTS (
         SELECT 1 FROM org_unit_link l JOIN org_unit_closure c2 ON c2.descendant_id = l.parent_id AND c2.ancestor_id = ${rootId}
          WHERE l.child_id = u.id AND ${validAt('l', d)})`.execute(db);
  return rows.rows.map((r) => r.id);
}

export interface AncestorRow {
  start_id: string;
  id: string;
  depth: number;
  kind: string;
  name: string;
}

/** For each (unit, date): the unit (depth 0) and its ancestors through the links valid at that date. */
export async function ancestorsAt(db: Db, starts: Array<{ id: string; date: string }>): Promise<AncestorRow[]> {
  if (starts.length === 0) return [];
  const ids = starts.map((s) => s.id);
  const dates = starts.map((s) => s.date);
  const rows = await sql<AncestorRow>`
    WITH RECURSIVE s AS (
      SELECT * FROM unnest(${ids}::uuid[], ${dates}::date[]) AS s(id, d)
    ), up(start_id, id, d, depth) AS (
      SELECT s.id, s.id, s.d, 0 FROM s
      UNION ALL
      SELECT up.start_id, l.parent_id, up.d, up.depth + 1
        FROM up JOIN org_unit_link l ON l.child_id = up.id AND l.valid_from <= up.d AND (l.valid_to IS NULL OR l.valid_to > up.d)
       WHERE up.depth < 40
    )
    SELECT up.start_id, up.id, up.depth, u.kind, u.name FROM up JOIN org_unit u ON u.id = up.id
     ORDER BY up.start_id, up.depth`.execute(db);
  return rows.rows;
}

/** Ancestors of `unitId` through every link that is valid on or after `from` (for cycle checks). */
export async function ancestorsFrom(db: Db, unitId: string, from: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${unitId}::uuid, 0
      UNION
      SELECT l.parent_id, up.depth + 1 FROM up JOIN org_unit_link l ON l.child_id = up.id AND (l.valid_to IS NULL OR l.valid_to > ${from}::date)
       WHERE up.depth < 40
    ) SELECT DISTINCT id FROM up`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Which of `ids` lie in the subtrees (closure, history included) of `roots`. */
export async function idsInSubtrees(db: Db, roots: string[], ids: string[]): Promise<Set<string>> {
  if (roots.length === 0 || ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('org_unit_closure')
    .select('descendant_id')
    .distinct()
    .where('ancestor_id', 'in', roots)
    .where('descendant_id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.descendant_id));
}

export async function parentLinks(db: Db, unitId: string) {
  return db
    .selectFrom('org_unit_link as l')
    .innerJoin('org_unit as p', 'p.id', 'l.parent_id')
    .select(['l.id', 'l.parent_id', 'l.valid_from', 'l.valid_to', 'p.kind', 'p.name'])
    .where('l.child_id', '=', unitId)
    .orderBy('l.valid_from')
    .execute();
}

/** Predecessors (side 'predecessor') or successors of the unit with the event that links them. */
export async function historyLinks(db: Db, unitId: string, side: 'predecessor' | 'successor') {
  const [self, other] =
    side === 'predecessor' ? (['h.successor_id', 'h.predecessor_id'] as const) : (['h.predecessor_id', 'h.successor_id'] as const);
  return db
    .selectFrom('org_unit_history as h')
    .innerJoin('org_unit_event as e', 'e.id', 'h.event_id')
    .innerJoin('org_unit as o', 'o.id', other)
    .select(['o.id', 'o.kind', 'o.name', 'e.id as event_id', 'e.kind as event_kind', 'e.effective_on', 'e.decision_ref'])
    .where(self, '=', unitId)
    .orderBy('e.effective_on')
    .orderBy('o.name')
    .execute();
}

export async function peopleCountInSubtree(db: Db, unitId: string): Promise<number> {
  const row = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM person p
     WHERE ${inSubtrees([unitId], 'p.unit_id')}`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** Units whose folded name contains every word, within the roots' subtrees; at most `limit`. */
export async function searchUnits(
  db: Db,
  opts: { roots: string[]; words: string[]; asOf: string; includeClosed: boolean; kind?: string; limit: number },
) {
  if (opts.roots.length === 0 || opts.words.length === 0) return [];
  const escape = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);
  let q = db
    .selectFrom('org_unit as u')
    .select(UNIT_COLS.map((c) => `u.${c}` as const))
    .where(sql<boolean>`u.id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id IN (${sql.join(opts.roots)}))`);
  for (const w of opts.words) q = q.where(sql<boolean>`u.search_text LIKE ${`%${escape(w)}%`}`);
  if (!opts.includeClosed) q = q.where(validAt('u', opts.asOf));
  if (opts.kind) q = q.where('u.kind', '=', opts.kind);
  return q
    .orderBy(sql`u.valid_to IS NULL`, 'desc')
    .orderBy(sql`similarity(u.search_text, ${opts.words.join(' ')})`, 'desc')
    .orderBy('u.name')
    .limit(opts.limit)
    .execute();
}

export async function eventsOfUnit(db: Db, unitId: string) {
  return db
    .selectFrom('org_unit_event as e')
    .select(['e.id', 'e.kind', 'e.effective_on', 'e.decision_ref', 'e.note'])
    .where((eb) =>
      eb(
        'e.id',
        'in',
        eb
          .selectFrom('org_unit_history as h')
          .select('h.event_id')
          .where((w) => w.or([w('h.predecessor_id', '=', unitId), w('h.successor_id', '=', unitId)])),
      ),
    )
    .orderBy('e.effective_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
}

export async function historyOfEvents(db: Db, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return db.selectFrom('org_unit_history').selectAll().where('event_id', 'in', eventIds).execute();
}

export async function listTerms(db: Db) {
  return db.selectFrom('term').selectAll().orderBy('start_year', 'desc').orderBy('body').execute();
}

export function unitNameRows(db: Db, ids: string[]) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
}
