// Scope queries over the closure table: a scope on a unit covers its subtree and its history.
import { type Kysely, sql } from 'kysely';
import type { DB } from './schema.js';

const NO_UNIT = '00000000-0000-0000-0000-000000000000';

export async function unitInSubtrees(db: Kysely<DB>, roots: string[], unitId: string): Promise<boolean> {
  if (roots.length === 0) return false;
  const row = await db
    .selectFrom('org_unit_closure')
    .select(sql`1`.as('one'))
    .where('ancestor_id', 'in', roots)
    .where('descendant_id', '=', unitId)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** `column IN (units under roots)`, as a boolean SQL expression for list queries' where(). */
export function inSubtrees(roots: string[], column: string) {
  const list = roots.length ? roots : [NO_UNIT];
  return sql<boolean>`${sql.ref(column)} IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id IN (${sql.join(list)}))`;
}

/** The unit and every unit above it, in its present tree and its history (the facts a policy checks bindings against). */
export async function ancestorsOf(db: Kysely<DB>, unitId: string): Promise<string[]> {
  const rows = await db.selectFrom('org_unit_closure').select('ancestor_id').where('descendant_id', '=', unitId).execute();
  return rows.map((r) => r.ancestor_id);
}
