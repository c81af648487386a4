// SQL of the people import: reference lists loaded once per import, and existing citizen IDs.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Every administrative unit (both eras, ~14,000 rows): places are resolved in memory. */
export async function allAdminUnits(db: Kysely<DB>) {
  return db.selectFrom('admin_unit').select(['id', 'era', 'level', 'code', 'parent_id', 'search_text']).execute();
}
export type AdminUnitRow = Awaited<ReturnType<typeof allAdminUnits>>[number];

/** The units of the import's target subtree (the closure table is reflexive). */
export async function subtreeUnits(db: Kysely<DB>, rootId: string) {
  return db
    .selectFrom('org_unit_closure as c')
    .innerJoin('org_unit as u', 'u.id', 'c.descendant_id')
    .select(['u.id', 'u.name', 'u.short_name', 'u.valid_to'])
    .where('c.ancestor_id', '=', rootId)
    .execute();
}
export type SubtreeUnitRow = Awaited<ReturnType<typeof subtreeUnits>>[number];

/** Which of `ids` are already someone's citizen ID. */
export async function existingCitizenIds(db: Kysely<DB>, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .selectFrom('person')
      .select('citizen_id')
      .where('citizen_id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) if (r.citizen_id) found.add(r.citizen_id);
  }
  return found;
}

export async function unitName(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db.selectFrom('org_unit').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** The cadre groups (the installation's defaults first): the export writes their names, the import reads them back. */
export async function cadreGroupNames(db: Kysely<DB>) {
  return db
    .selectFrom('cadre_group')
    .select(['code', 'name_vi', 'name_en'])
    .orderBy(sql`owner_unit_id IS NOT NULL`)
    .orderBy('rank')
    .orderBy('code')
    .execute();
}
export type CadreGroupNameRow = Awaited<ReturnType<typeof cadreGroupNames>>[number];
