// Account administration: every change runs in one transaction with its audit event. The audit
// unit is the account's first bound unit, so the event is visible where the account is managed.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AccountCreate, AccountRolesUpdate, AccountUpdate, AccountView } from '../../../contracts/accounts.js';
import { rolesOf } from '../../../contracts/permissions.js';
import type { DB, Role } from '../../db/schema.js';
import { AppError, conflict, fieldError } from '../../errors.js';
import type { AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { assertPasswordPolicy, clearUsernameThrottle, hashPassword, usernameThrottleStates } from '../auth/index.js';
import { fullName } from '../../../domain/names.js';
import { assertBindable, assertLinkablePerson, manageableAccountOr404 } from './accounts.policy.js';
import { accountSnapshot, presentAccount, rolesSnapshot } from './accounts.presenter.js';
import * as q from './accounts.queries.js';

type Binding = { role: Role; unitId: string };
type Trx = Transaction<DB>;

const personName = (p: { family_name: string | null; middle_name: string | null; given_name: string | null }) => ({
  familyName: p.family_name ?? '',
  middleName: p.middle_name ?? '',
  givenName: p.given_name ?? '',
});

function distinctRoles(roles: Binding[]): Binding[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.role}|${r.unitId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function currentRoles(db: Kysely<DB> | Trx, id: string): Promise<Binding[]> {
  return (await q.bindingsOf(db, [id])).map((b) => ({ role: b.role, unitId: b.unit_id }));
}

/** 400 on `field` when taking admin rights from `accountId` would leave no enabled administrator. */
async function assertNotLastAdmin(trx: Trx, accountId: string, field: string) {
  const admins = await q.lockEnabledAdmins(trx);
  if (admins.length === 1 && admins[0] === accountId) throw fieldError(field, 'v.last_admin');
}

export async function accountView(db: Kysely<DB> | Trx, roots: string[], id: string): Promise<AccountView> {
  const row = await manageableAccountOr404(db, roots, id);
  const signIn = await usernameThrottleStates(db, [row.username]);
  return presentAccount(row, await q.bindingsOf(db, [id]), signIn.get(row.username));
}

export async function listAccounts(db: Kysely<DB>, roots: string[], f: { q?: string; page: number; pageSize: number }) {
  const rows = await q.listAccounts(db, roots, f);
  const bindings = await q.bindingsOf(
    db,
    rows.map((r) => r.id),
  );
  const signIn = await usernameThrottleStates(
    db,
    rows.map((r) => r.username),
  );
  return {
    items: rows.map((r) => presentAccount(r, bindings, signIn.get(r.username))),
    total: Number(rows[0]?.total ?? 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function createAccount(db: Kysely<DB>, ctx: AuditContext, roots: string[], input: AccountCreate): Promise<AccountView> {
  const roles = distinctRoles(input.roles);
  await assertBindable(db, roots, roles);
  await assertLinkablePerson(db, roots, input.personId);
  const person = input.personId ? await q.personNameOf(db, input.personId) : undefined;
  await assertPasswordPolicy(db, input.password, 'password', {
    username: input.username,
    names: [input.displayName, person && fullName(personName(person))],
  });
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    // A concurrent insert of the same name still ends in 409 through the unique index (23505).
    const taken = await q.accountIdByUsername(trx, input.username);
    if (taken)
      throw new AppError(409, 'duplicate', [{ field: 'username', key: 'duplicate', params: { field: 'username' } }], { field: 'username' });
    const row = {
      id,
      username: input.username,
      display_name: input.displayName.normalize('NFC'),
      person_id: input.personId ?? null,
      locale: input.locale,
    };
    await q.insertAccount(trx, { ...row, password_hash: passwordHash });
    await q.replaceBindings(trx, id, roles);
    await recordAudit(trx, ctx, [
      {
        action: 'account.create',
        entityType: 'account',
        entityId: id,
        unitId: roles[0].unitId,
        after: { ...accountSnapshot({ ...row, disabled: false }), roles: rolesSnapshot(roles) },
      },
    ]);
    return accountView(trx, roots, id);
  });
}

/** Edits name, locale, linked person and the disabled flag; disabling ends every session. */
export async function updateAccount(
  db: Kysely<DB>,
  ctx: AuditContext,
  roots: string[],
  id: string,
  input: AccountUpdate,
): Promise<AccountView> {
  return db.transaction().execute(async (trx) => {
    const before = await manageableAccountOr404(trx, roots, id, true);
    if (before.version !== input.version) throw conflict();
    // Left out = keep the link; null = unlink.
    const personId = input.personId === undefined ? before.person_id : input.personId;
    if (personId !== before.person_id) await assertLinkablePerson(trx, roots, personId);
    const disabling = input.disabled && !before.disabled;
    if (disabling) await assertNotLastAdmin(trx, id, 'disabled');
    const set = { display_name: input.displayName.normalize('NFC'), disabled: input.disabled, person_id: personId, locale: input.locale };
    if (!(await q.updateAccount(trx, id, input.version, set))) throw conflict();
    const sessionsEnded = disabling ? await q.deleteSessions(trx, id) : 0;
    const roles = await currentRoles(trx, id);
    await recordAudit(trx, ctx, [
      {
        action: 'account.update',
        entityType: 'account',
        entityId: id,
        unitId: roles[0]?.unitId ?? null,
        before: accountSnapshot(before),
        after: { ...accountSnapshot({ ...set, username: before.username }), ...(disabling ? { sessionsEnded } : {}) },
      },
    ]);
    return accountView(trx, roots, id);
  });
}

/** Replaces all role bindings; the last enabled administrator of the system keeps theirs. */
export async function replaceRoles(
  db: Kysely<DB>,
  ctx: AuditContext,
  roots: string[],
  id: string,
  input: AccountRolesUpdate,
): Promise<AccountView> {
  const roles = distinctRoles(input.roles);
  return db.transaction().execute(async (trx) => {
    const row = await manageableAccountOr404(trx, roots, id, true);
    if (row.version !== input.version) throw conflict();
    await assertBindable(trx, roots, roles);
    const before = await currentRoles(trx, id);
    const manages = (r: { role: Role }) => rolesOf('accounts.manage').includes(r.role);
    if (before.some(manages) && !roles.some(manages) && !row.disabled) {
      await assertNotLastAdmin(trx, id, 'roles');
    }
    if (!(await q.bumpVersion(trx, id, input.version))) throw conflict();
    await q.replaceBindings(trx, id, roles);
    await recordAudit(trx, ctx, [
      {
        action: 'account.roles',
        entityType: 'account',
        entityId: id,
        unitId: roles[0].unitId,
        before: { roles: rolesSnapshot(before) },
        after: { roles: rolesSnapshot(roles) },
      },
    ]);
    return accountView(trx, roots, id);
  });
}

/** Sets a temporary password chosen by the administrator; clears the sign-in delays and ends every session. */
export async function resetPassword(
  db: Kysely<DB>,
  ctx: AuditContext,
  roots: string[],
  id: string,
  newPassword: string,
): Promise<AccountView> {
  const account = await manageableAccountOr404(db, roots, id);
  await assertPasswordPolicy(db, newPassword, 'newPassword', {
    username: account.username,
    names: [account.display_name, account.family_name != null ? fullName(personName(account)) : null],
  });
  const passwordHash = await hashPassword(newPassword);
  return db.transaction().execute(async (trx) => {
    const row = await manageableAccountOr404(trx, roots, id, true);
    const before = await signInState(trx, row.username);
    await q.setPassword(trx, id, passwordHash);
    await clearUsernameThrottle(trx, row.username);
    const sessionsEnded = await q.deleteSessions(trx, id);
    const roles = await currentRoles(trx, id);
    const view = await accountView(trx, roots, id);
    await recordAudit(trx, ctx, [
      {
        action: 'account.reset_password',
        entityType: 'account',
        entityId: id,
        unitId: roles[0]?.unitId ?? null,
        before: { ...before, passwordChangedAt: new Date(row.password_changed_at).toISOString() },
        after: { failedAttempts: 0, lockedUntil: null, passwordChangedAt: view.passwordChangedAt, sessionsEnded },
      },
    ]);
    return view;
  });
}

/** The username's sign-in counter as the audit trail keeps it. */
async function signInState(db: Kysely<DB> | Trx, username: string) {
  const s = (await usernameThrottleStates(db, [username])).get(username);
  return { failedAttempts: s?.failures ?? 0, lockedUntil: s?.slowedUntil ? s.slowedUntil.toISOString() : null };
}

/** Clears the delays of decision 0007 on this username (every address), e.g. for its owner at a new address during an attack. */
export async function unlockAccount(db: Kysely<DB>, ctx: AuditContext, roots: string[], id: string): Promise<AccountView> {
  return db.transaction().execute(async (trx) => {
    const row = await manageableAccountOr404(trx, roots, id, true);
    const before = await signInState(trx, row.username);
    await clearUsernameThrottle(trx, row.username);
    const roles = await currentRoles(trx, id);
    await recordAudit(trx, ctx, [
      {
        action: 'account.unlock',
        entityType: 'account',
        entityId: id,
        unitId: roles[0]?.unitId ?? null,
        before,
        after: { failedAttempts: 0, lockedUntil: null },
      },
    ]);
    return accountView(trx, roots, id);
  });
}

export async function signOutAll(db: Kysely<DB>, ctx: AuditContext, roots: string[], id: string): Promise<AccountView> {
  return db.transaction().execute(async (trx) => {
    await manageableAccountOr404(trx, roots, id, true);
    const sessionsEnded = await q.deleteSessions(trx, id);
    const roles = await currentRoles(trx, id);
    await recordAudit(trx, ctx, [
      { action: 'account.sign_out_all', entityType: 'account', entityId: id, unitId: roles[0]?.unitId ?? null, after: { sessionsEnded } },
    ]);
    return accountView(trx, roots, id);
  });
}
