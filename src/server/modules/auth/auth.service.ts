// Sign-in with argon2id behind the throttle of decision 0007, database sessions, passwords under
// the NIST SP 800-63B policy. Sign-ins (successful or not) and sign-outs are audited.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { type PasswordContext, type PasswordPolicy, passwordProblems } from '../../../domain/password-policy.js';
import type { DB } from '../../db/schema.js';
import { AppError, invalid } from '../../errors.js';
import { getSetting } from '../settings/index.js';
import type { AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import * as q from './auth.queries.js';
import { normaliseUsername, recordSuccess, reserveAttempt, throttleKeys, throttlePolicy } from './auth.throttle.js';

export const SESSION_COOKIE = 'canbo_session';

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

// An argon2id hash with the same parameters as real ones, verified when the username does not
// exist (or is disabled without a usable hash), so the answer takes as long as for a real account.
let dummyHash: Promise<string> | undefined;
export function warmUpDummyHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(18).toString('base64url'));
  return dummyHash;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** 400 on `field` with the first reason the policy gives (the others follow in details). */
export async function assertPasswordPolicy(db: Kysely<DB>, password: string, field = 'password', ctx: PasswordContext = {}) {
  const policy = await getSetting<PasswordPolicy>(db, 'auth.password_policy');
  const problems = passwordProblems(password, policy, ctx);
  if (problems.length) throw invalid(...problems.map((p) => ({ field, key: p.key, params: p.params })));
}

/** The words of an account that its password must not contain: its username, display name and linked person's name. */
export async function passwordContextOf(
  db: Kysely<DB>,
  account: { username: string; display_name: string; person_id: string | null },
): Promise<PasswordContext> {
  const person = account.person_id ? await q.personNameOf(db, account.person_id) : undefined;
  const personName = person ? [person.family_name, person.middle_name, person.given_name].filter(Boolean).join(' ') : null;
  return { username: account.username, names: [account.display_name, personName] };
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  sessionHours: number;
  requestId: string;
}

/**
 * Decision 0007: throttle first (429 with the seconds to wait, before any password is looked at),
 * then one argon2 verification whether the account exists or not, one audit event either way,
 * and the same 401 for an unknown username, a disabled account and a wrong password.
 */
export async function login(db: Kysely<DB>, input: LoginInput) {
  const username = normaliseUsername(input.username);
  const keys = throttleKeys(username, input.ip);
  const wait = await reserveAttempt(db, keys, await throttlePolicy(db));
  if (wait > 0) throw new AppError(429, 'sign_in_wait', undefined, { seconds: wait });

  const account = await q.accountByUsername(db, username);
  const ok = await verify(account?.password_hash ?? (await warmUpDummyHash()), input.password).catch(() => false);
  const audit = { actorId: null, actorName: username, requestId: input.requestId, ip: input.ip };
  if (!account || account.disabled || !ok) {
    const reason = !account ? 'unknown_username' : account.disabled ? 'disabled' : 'wrong_password';
    const unitId = account ? await q.firstBoundUnit(db, account.id) : null;
    await db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, audit, [
          account
            ? { action: 'auth.login_failed', entityType: 'account', entityId: account.id, unitId, after: { reason } }
            : { action: 'auth.login_failed', entityType: 'sign_in', entityId: username, unitId, after: { reason } },
        ]),
      );
    throw new AppError(401, 'invalid_credentials');
  }
  await recordSuccess(db, keys);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.sessionHours * 3600_000);
  const unitId = await q.firstBoundUnit(db, account.id);
  await db.transaction().execute(async (trx) => {
    await q.insertSession(trx, {
      id: sessionIdOf(token),
      account_id: account.id,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(trx, { ...audit, actorId: account.id }, [
      { action: 'auth.login', entityType: 'account', entityId: account.id, unitId },
    ]);
  });
  return { token, csrfToken, expiresAt, accountId: account.id };
}

/** Ends this session, audited. */
export async function logout(db: Kysely<DB>, ctx: AuditContext, accountId: string, unitId: string | null, sessionId: string) {
  await db.transaction().execute(async (trx) => {
    await q.deleteSession(trx, sessionId);
    await recordAudit(trx, ctx, [{ action: 'auth.logout', entityType: 'account', entityId: accountId, unitId }]);
  });
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
  if (!ok) throw invalid({ field: 'currentPassword', key: 'v.password_wrong' });
  await assertPasswordPolicy(db, newPassword, 'newPassword', await passwordContextOf(db, account));
  const newHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await q.setPasswordHash(trx, accountId, newHash);
    await q.deleteSessionsOf(trx, accountId, keepSessionId);
    await recordAudit(trx, ctx, [{ action: 'account.password_change', entityType: 'account', entityId: accountId, unitId }]);
  });
}

/** Maintenance: deletes sessions past their expiry (they already answer 401). */
export async function purgeExpiredSessions(db: Kysely<DB>, now = new Date()): Promise<number> {
  return q.deleteExpiredSessions(db, now);
}
