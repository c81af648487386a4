// SQL of the accounts module: accounts, their role bindings and sessions.
import { randomUUID } from 'node:crypto';
import { type Kysely, type SqlBool, type Transaction, sql } from 'kysely';
import { foldDiacritics } from '../../../domain/names.js';
import type { DB, Role } from '../../db/schema.js';
import { rolesOf } from '../../../contracts/permissions.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

// Accounts carry no search column: fold Vietnamese letters in SQL with translate() (no unaccent
// extension needed; lower() alone misses non-ASCII capitals under the C locale).
const VIETNAMESE_LETTERS = [...'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'].flatMap((c) => [c, c.toUpperCase()]);
const FOLD_FROM = VIETNAMESE_LETTERS.join('');
const FOLD_TO = VIETNAMESE_LETTERS.map((c) => foldDiacritics(c)).join('');

const folded = (column: string) => sql<string>`lower(translate(${sql.ref(column)}, ${FOLD_FROM}, ${FOLD_TO}))`;

/** Accounts whose every binding lies under `roots` (an account without bindings has no reach). */
function manageable(roots: string[]) {
  return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM role_binding ob WHERE ob.account_id = a.id AND NOT (${inSubtrees(roots, 'ob.unit_id')}))`;
}

const accountColumns = [
  'a.id',
  'a.username',
  'a.display_name',
  'a.person_id',
  'a.locale',
  'a.disabled',
  'a.password_changed_at',
  'a.version',
  'a.created_at',
  'p.family_name',
  'p.middle_name',
  'p.given_name',
] as const;

function accountSelect(db: Db) {
  return db
    .selectFrom('account as a')
    .leftJoin('person as p', 'p.id', 'a.person_id')
    .select(accountColumns)
    .select((eb) =>
      eb
        .selectFrom('session as s')
        .whereRef('s.account_id', '=', 'a.id')
        .select((e) => e.fn.max('s.created_at').as('m'))
        .as('last_sign_in_at'),
    );
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof accountSelect>['executeTakeFirstOrThrow']>>;

export async function listAccounts(db: Db, roots: string[], f: { q?: string; page: number; pageSize: number }) {
  let q = accountSelect(db)
    .select(sql<string>`count(*) over ()`.as('total'))
    .where(manageable(roots));
  if (f.q) {
    const needle = `%${foldDiacritics(f.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(folded('a.username'), 'like', needle), eb(folded('a.display_name'), 'like', needle)]));
  }
  return q
    .orderBy('a.username')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
}

/** The account if `roots` covers all its bindings; with `lock`, the row stays locked until commit. */
export async function manageableAccount(db: Db, roots: string[], id: string, lock = false) {
  let q = accountSelect(db).where('a.id', '=', id).where(manageable(roots));
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}

export async function bindingsOf(db: Db, accountIds: string[]) {
  if (accountIds.length === 0) return [];
  return db
    .selectFrom('role_binding as b')
    .innerJoin('org_unit as u', 'u.id', 'b.unit_id')
    .select(['b.account_id', 'b.role', 'b.unit_id', 'u.name as unit_name'])
    .where('b.account_id', 'in', accountIds)
    .orderBy('b.account_id')
    .orderBy('b.created_at')
    .orderBy('b.role')
    .orderBy('b.unit_id')
    .execute();
}

export async function insertAccount(
  db: Db,
  row: { id: string; username: string; display_name: string; password_hash: string; person_id: string | null; locale: 'vi' | 'en' },
) {
  await db.insertInto('account').values(row).execute();
}

/** Updates the editable fields if `version` is current; false when it is stale. */
export async function updateAccount(
  db: Db,
  id: string,
  version: number,
  set: { display_name: string; disabled: boolean; person_id: string | null; locale: 'vi' | 'en' },
): Promise<boolean> {
  const res = await db
    .updateTable('account')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function bumpVersion(db: Db, id: string, version: number): Promise<boolean> {
  const res = await db
    .updateTable('account')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function replaceBindings(db: Db, accountId: string, roles: Array<{ role: Role; unitId: string }>) {
  await db.deleteFrom('role_binding').where('account_id', '=', accountId).execute();
  if (roles.length === 0) return;
  // Distinct created_at values keep the order the administrator gave ("first bound unit").
  const base = Date.now();
  await db
    .insertInto('role_binding')
    .values(
      roles.map((r, i) => ({ id: randomUUID(), account_id: accountId, role: r.role, unit_id: r.unitId, created_at: new Date(base + i) })),
    )
    .execute();
}

/**
 * Enabled accounts holding a binding that manages accounts (the administrators), with those rows locked: two administrators removing
 * each other at once are serialised, so the system never ends up without one.
 */
export async function lockEnabledAdmins(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('role_binding as b')
    .innerJoin('account as a', 'a.id', 'b.account_id')
    .select('b.account_id')
    .where('b.role', 'in', rolesOf('accounts.manage'))
    .where('a.disabled', '=', false)
    .forUpdate(['b', 'a'])
    .execute();
  return [...new Set(rows.map((r) => r.account_id))];
}

export async function setPassword(db: Db, id: string, passwordHash: string) {
  await db.updateTable('account').set({ password_hash: passwordHash, password_changed_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteSessions(db: Db, accountId: string): Promise<number> {
  const res = await db.deleteFrom('session').where('account_id', '=', accountId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function personUnit(db: Db, personId: string) {
  return db.selectFrom('person').select('unit_id').where('id', '=', personId).executeTakeFirst();
}

export async function personNameOf(db: Db, personId: string) {
  return db.selectFrom('person').select(['family_name', 'middle_name', 'given_name']).where('id', '=', personId).executeTakeFirst();
}

/** The account holding `username`, if any (the friendly 409 before the unique index's). */
export function accountIdByUsername(db: Db, username: string) {
  return db.selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
}
