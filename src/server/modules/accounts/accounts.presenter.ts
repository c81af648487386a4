// Account responses and audit snapshots, field by field: the password hash never leaves the
// database, neither in responses nor in the audit trail.
import type { AccountView } from '../../../contracts/accounts.js';
import { fullName } from '../../../domain/names.js';
import type { Role } from '../../db/schema.js';
import type { AccountRow } from './accounts.queries.js';

export interface BindingRow {
  account_id: string;
  role: Role;
  unit_id: string;
  unit_name: string;
}

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/** The username's sign-in counter (decision 0007): failures, and until when new addresses wait. */
export interface SignInState {
  failures: number;
  slowedUntil: Date | null;
}

export function presentAccount(row: AccountRow, bindings: BindingRow[], signIn: SignInState | undefined): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    personName:
      row.family_name != null
        ? fullName({ familyName: row.family_name, middleName: row.middle_name ?? '', givenName: row.given_name ?? '' })
        : null,
    locale: row.locale,
    disabled: row.disabled,
    locked: !!signIn?.slowedUntil,
    lockedUntil: iso(signIn?.slowedUntil),
    failedAttempts: signIn?.failures ?? 0,
    lastSignInAt: iso(row.last_sign_in_at),
    passwordChangedAt: iso(row.password_changed_at)!,
    createdAt: iso(row.created_at)!,
    version: row.version,
    roles: bindings.filter((b) => b.account_id === row.id).map((b) => ({ role: b.role, unitId: b.unit_id, unitName: b.unit_name })),
  };
}

/** What the audit trail keeps of an account (no password hash, no sign-in counters). */
export function accountSnapshot(row: {
  username: string;
  display_name: string;
  person_id: string | null;
  locale: string;
  disabled: boolean;
}) {
  return { username: row.username, displayName: row.display_name, personId: row.person_id, locale: row.locale, disabled: row.disabled };
}

export function rolesSnapshot(roles: Array<{ role: Role; unitId: string }>) {
  return roles.map((r) => ({ role: r.role, unitId: r.unitId }));
}
