// Sign-in with argon2id, lockout after repeated failures, per-IP throttle, database sessions.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { type PasswordPolicy, passwordMeetsPolicy } from '../../../domain/password-policy.js';
import type { DB } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { getSetting } from '../settings/index.js';
import type { AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './auth.queries.js';

export const SESSION_COOKIE = 'canbo_session';

interface LockoutPolicy { maxFailures: number; lockMinutes: number; ipWindowSeconds: number; ipMaxAttempts: number }

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

// A hash to verify against when the username does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function assertPasswordPolicy(db: Kysely<DB>, password: string, field = 'password') {
  const policy = await getSetting<PasswordPolicy>(db, 'auth.password_policy');
  if (!passwordMeetsPolicy(password, policy)) throw fieldError(field, 'v.password_policy', { ...policy });
}

export async function login(
  db: Kysely<DB>,
  input: { username: string; password: string; ip: string | null; userAgent: string | null; sessionHours: number },
) {
  const lockout = await getSetting<LockoutPolicy>(db, 'auth.lockout');
  // Failed attempts per IP in a sliding window guard against password spraying across accounts.
  const ipKey = `ip:${input.ip ?? 'unknown'}`;
  if ((await q.recentFailures(db, ipKey, lockout.ipWindowSeconds)) >= lockout.ipMaxAttempts) throw new AppError(429, 'rate_limited');

  const account = await q.accountByUsername(db, input.username.trim().toLowerCase());
  if (!account || account.disabled) {
    await q.bumpThrottle(db, ipKey, lockout.ipWindowSeconds);
    dummyHash ??= hash('not-a-real-password');
    await verify(await dummyHash, input.password).catch(() => false);
    throw new AppError(401, 'invalid_credentials');
  }
  if (account.locked_until && account.locked_until > new Date()) {
    const minutes = Math.ceil((account.locked_until.getTime() - Date.now()) / 60000);
    throw new AppError(423, 'account_locked', undefined, { minutes });
  }
  const ok = await verify(account.password_hash, input.password).catch(() => false);
  if (!ok) {
    await q.bumpThrottle(db, ipKey, lockout.ipWindowSeconds);
    const failures = account.failed_attempts + 1;
    const lockedUntil = failures >= lockout.maxFailures ? new Date(Date.now() + lockout.lockMinutes * 60000) : null;
    await db.transaction().execute(async (trx) => {
      await q.recordFailure(trx, account.id, lockedUntil);
      if (lockedUntil) {
        // A lockout changes the account's state: it is audited like any other mutation.
        await recordAudit(trx, { actorId: null, actorName: 'system', requestId: null, ip: input.ip }, [
          { action: 'account.locked', entityType: 'account', entityId: account.id, unitId: await q.firstBoundUnit(trx, account.id), after: { lockedUntil: lockedUntil.toISOString(), failures } },
        ]);
      }
    });
    if (lockedUntil) throw new AppError(423, 'account_locked', undefined, { minutes: lockout.lockMinutes });
    throw new AppError(401, 'invalid_credentials');
  }
  await q.resetFailures(db, account.id);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.sessionHours * 3600_000);
  await q.insertSession(db, {
    id: sessionIdOf(token),
    account_id: account.id,
    csrf_token: csrfToken,
    expires_at: expiresAt,
    ip: input.ip,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt, accountId: account.id, unitId: await q.firstBoundUnit(db, account.id) };
}

/** Changes the own password (current one required); every other session ends. */
export async function changePassword(
  db: Kysely<DB>,
  ctx: AuditContext,
  unitId: string | null,
  accountId: string,
  currentPassword: string,
  newPassword: string,
  keepSessionId: string,
) {
  const account = await q.accountById(db, accountId);
  if (!account) throw new AppError(404, 'not_found');
  const ok = await verify(account.password_hash, currentPassword).catch(() => false);
  if (!ok) throw fieldError('currentPassword', 'v.password_wrong');
  await assertPasswordPolicy(db, newPassword, 'newPassword');
  const newHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await q.setPasswordHash(trx, accountId, newHash);
    await q.deleteSessionsOf(trx, accountId, keepSessionId);
    await recordAudit(trx, ctx, [{ action: 'account.password_change', entityType: 'account', entityId: accountId, unitId }]);
  });
}
