// Maintains the insert-only closure table when links and history links are added.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Every ancestor-or-self of `upper` now covers every descendant-or-self of `lower`. */
export async function connectClosure(db: Kysely<DB>, upper: string, lower: string): Promise<void> {
  await sql`
    INSERT INTO org_unit_closure (ancestor_id, descendant_id)
    SELECT a.ancestor_id, d.descendant_id
      FROM org_unit_closure a, org_unit_closure d
     WHERE a.descendant_id = ${upper} AND d.ancestor_id = ${lower}
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function insertReflexive(db: Kysely<DB>, unitId: string): Promise<void> {
  await db
    .insertInto('org_unit_closure')
    .values({ ancestor_id: unitId, descendant_id: unitId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
