import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

export async function sessionWithAccount(db: Kysely<DB>, sessionId: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'a.id as account_id',
      'a.username',
      'a.display_name',
      'a.person_id',
      'a.locale',
      'a.disabled',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function bindingsOf(db: Kysely<DB>, accountId: string) {
  return db.selectFrom('role_binding').select(['role', 'unit_id']).where('account_id', '=', accountId).execute();
}

export async function touchSession(db: Kysely<DB>, sessionId: string, expiresAt: Date) {
  await db.updateTable('session').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  row: { id: string; account_id: string; csrf_token: string; expires_at: Date; ip: string | null; user_agent: string | null },
) {
  await db.insertInto('session').values(row).execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string) {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOf(db: Kysely<DB>, accountId: string, exceptSessionId?: string) {
  let q = db.deleteFrom('session').where('account_id', '=', accountId);
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function accountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function accountById(db: Kysely<DB>, id: string) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setPasswordHash(db: Kysely<DB>, accountId: string, hash: string) {
  await db
    .updateTable('account')
    .set((eb) => ({ password_hash: hash, password_changed_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', accountId)
    .execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now = new Date()): Promise<number> {
  const res = await db.deleteFrom('session').where('expires_at', '<', now).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export interface ThrottleRow {
  key: string;
  failures: number;
  last_failure_at: Date | null;
  last_success_at: Date | null;
}

/** Creates the missing counters, then locks them (in key order, so concurrent sign-ins never deadlock). */
export async function lockThrottleRows(
  trx: Transaction<DB>,
  rows: Array<{ key: string; usernameKey: string | null }>,
): Promise<ThrottleRow[]> {
  await trx
    .insertInto('sign_in_throttle')
    .values(rows.map((r) => ({ key: r.key, username_key: r.usernameKey, failures: 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return trx
    .selectFrom('sign_in_throttle')
    .select(['key', 'failures', 'last_failure_at', 'last_success_at'])
    .where(
      'key',
      'in',
      rows.map((r) => r.key),
    )
    .orderBy('key')
    .forUpdate()
    .execute();
}

export async function setThrottleFailures(trx: Transaction<DB>, key: string, failures: number, at: Date) {
  await trx.updateTable('sign_in_throttle').set({ failures, last_failure_at: at }).where('key', '=', key).execute();
}

/** A successful sign-in: the pair starts again and becomes known-good; the others lose the attempt reserved for it. */
export async function recordThrottleSuccess(db: Kysely<DB>, pairKey: string, otherKeys: string[], at: Date) {
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, last_failure_at: null, last_success_at: at })
    .where('key', '=', pairKey)
    .execute();
  await db
    .updateTable('sign_in_throttle')
    .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
    .where('key', 'in', otherKeys)
    .execute();
}

export async function throttleRows(db: Kysely<DB>, keys: string[]): Promise<ThrottleRow[]> {
  return db
    .selectFrom('sign_in_throttle')
    .select(['key', 'failures', 'last_failure_at', 'last_success_at'])
    .where('key', 'in', keys)
    .execute();
}

/** Clears the failures of every counter of one username (its own and its pairs); known pairs stay known. */
export async function clearUsernameFailures(db: Kysely<DB>, usernameKey: string): Promise<number> {
  const res = await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, last_failure_at: null })
    .where('username_key', '=', usernameKey)
    .where('failures', '>', 0)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Counters with nothing left to remember: no recent failure and no recent success. */
export async function deleteStaleThrottleRows(db: Kysely<DB>, failuresBefore: Date, successBefore: Date): Promise<number> {
  const res = await db
    .deleteFrom('sign_in_throttle')
    .where((eb) => eb.or([eb('last_failure_at', 'is', null), eb('last_failure_at', '<', failuresBefore)]))
    .where((eb) => eb.or([eb('last_success_at', 'is', null), eb('last_success_at', '<', successBefore)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function setLocale(db: Kysely<DB>, accountId: string, locale: 'vi' | 'en') {
  await db.updateTable('account').set({ locale }).where('id', '=', accountId).execute();
}

/** The unit an account's own events are filed under in the audit trail (its first binding). */
export async function firstBoundUnit(db: Kysely<DB>, accountId: string): Promise<string | null> {
  const row = await db
    .selectFrom('role_binding')
    .select('unit_id')
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

export async function personNameOf(db: Kysely<DB>, personId: string) {
  return db.selectFrom('person').select(['family_name', 'middle_name', 'given_name']).where('id', '=', personId).executeTakeFirst();
}
