// SQL the CLI needs that no module offers: finding the unit an administrator is bound to, and
// creating a province's root unit on a fresh installation (units below it have a parent and go
// through the org module).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export async function unitById(db: Kysely<DB>, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name', 'kind', 'valid_to']).where('id', '=', id).executeTakeFirst();
}

export async function adminProvince(db: Kysely<DB>, adminUnitId: string) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'name', 'code'])
    .where('id', '=', adminUnitId)
    .where('level', '=', 'province')
    .executeTakeFirst();
}

/** The open province unit made from the administrative province, if the tree has one. */
export async function provinceUnitOf(db: Kysely<DB>, adminUnitId: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'valid_to'])
    .where('admin_unit_id', '=', adminUnitId)
    .where('kind', '=', 'province')
    .where('valid_to', 'is', null)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
}

export async function insertRootUnit(
  trx: Transaction<DB>,
  u: { kind: string; name: string; adminUnitId: string; validFrom: string; searchText: string },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('org_unit')
    .values({
      id,
      kind: u.kind,
      name: u.name,
      short_name: null,
      admin_unit_id: u.adminUnitId,
      valid_from: u.validFrom,
      valid_to: null,
      search_text: u.searchText,
    })
    .execute();
  // The closure is reflexive: every unit is in its own subtree.
  await trx.insertInto('org_unit_closure').values({ ancestor_id: id, descendant_id: id }).execute();
  return id;
}

export async function accountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('account').select(['id']).where('username', '=', username).executeTakeFirst();
}
