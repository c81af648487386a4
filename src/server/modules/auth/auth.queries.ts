import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export async function sessionWithAccount(db: Kysely<DB>, sessionId: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select([
      's.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at',
      'a.id as account_id', 'a.username', 'a.display_name', 'a.person_id', 'a.locale', 'a.disabled',
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

export async function deleteExpiredSessions(db: Kysely<DB>) {
  await db.deleteFrom('session').where('expires_at', '<', new Date()).execute();
}

export async function accountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function accountById(db: Kysely<DB>, id: string) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recordFailure(db: Kysely<DB>, accountId: string, lockedUntil: Date | null) {
  await db
    .updateTable('account')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), locked_until: lockedUntil }))
    .where('id', '=', accountId)
    .execute();
}

export async function resetFailures(db: Kysely<DB>, accountId: string) {
  await db.updateTable('account').set({ failed_attempts: 0, locked_until: null }).where('id', '=', accountId).execute();
}

export async function setPasswordHash(db: Kysely<DB>, accountId: string, hash: string) {
  await db
    .updateTable('account')
    .set((eb) => ({ password_hash: hash, password_changed_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', accountId)
    .execute();
}

export async function recentFailures(db: Kysely<DB>, key: string, windowSeconds: number): Promise<number> {
  const row = await db
    .selectFrom('login_throttle')
    .select('attempts')
    .where('key', '=', key)
    .where('window_start', '>=', new Date(Date.now() - windowSeconds * 1000))
    .executeTakeFirst();
  return row?.attempts ?? 0;
}

/** Counts a failed attempt in the key's window; returns the attempts so far in that window. */
export async function bumpThrottle(db: Kysely<DB>, key: string, windowSeconds: number): Promise<number> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const row = await db
    .insertInto('login_throttle')
    .values({ key, window_start: now, attempts: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        attempts: eb
          .case()
          .when('login_throttle.window_start', '<', windowStart)
          .then(1)
          .else(eb('login_throttle.attempts', '+', 1))
          .end(),
        window_start: eb
          .case()
          .when('login_throttle.window_start', '<', windowStart)
          .then(now)
          .else(eb.ref('login_throttle.window_start'))
          .end(),
      })),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

export async function setLocale(db: Kysely<DB>, accountId: string, locale: 'vi' | 'en') {
  await db.updateTable('account').set({ locale }).where('id', '=', accountId).execute();
}

/** The unit an account's own events are filed under in the audit trail (its first binding). */
export async function firstBoundUnit(db: Kysely<DB>, accountId: string): Promise<string | null> {
  const row = await db.selectFrom('role_binding').select('unit_id').where('account_id', '=', accountId).orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
  return row?.unit_id ?? null;
}
