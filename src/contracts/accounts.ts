// Accounts and role bindings, managed by administrators within their organisation subtree.
import { z } from 'zod';
import { Id, Locale, pageOf, PageQuery, RawText, RequiredText, Role, Text, Version } from './common.js';
import { TEXT } from './limits.js';

/** Lower-case letters, digits, dot, underscore, hyphen; 3–40 characters (input is lower-cased). */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'v.username');

const displayName = RequiredText(TEXT.displayName);
const password = RawText(TEXT.password).min(1, 'v.required');

/** A role held over an organisation subtree (the unit is the subtree's root). */
export const RoleBindingInput = z.object({ role: Role, unitId: Id });
export type RoleBindingInput = z.infer<typeof RoleBindingInput>;
const roles = z.array(RoleBindingInput).min(1, 'v.roles_required').max(50);

export const AccountCreate = z.object({
  username: Username,
  displayName,
  password,
  personId: Id.nullish(),
  locale: Locale.default('vi'),
  roles,
});
export type AccountCreate = z.infer<typeof AccountCreate>;

/** Disabling an account ends all its sessions. personId left out keeps the link; null removes it. */
export const AccountUpdate = z.object({
  version: Version,
  displayName,
  disabled: z.boolean(),
  personId: Id.nullish(),
  locale: Locale,
});
export type AccountUpdate = z.infer<typeof AccountUpdate>;

/** Replaces all role bindings of the account. */
export const AccountRolesUpdate = z.object({ version: Version, roles });
export type AccountRolesUpdate = z.infer<typeof AccountRolesUpdate>;

/** An administrator sets a temporary password; the account's sessions end and its sign-in delays are cleared. */
export const ResetPasswordRequest = z.object({ newPassword: password });

export const AccountsQuery = PageQuery.extend({
  q: Text(TEXT.query).optional().describe('Username or display name, without diacritics'),
});
export type AccountsQuery = z.infer<typeof AccountsQuery>;

export const RoleBindingView = z.object({ role: Role, unitId: Id, unitName: z.string() });

export const AccountView = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  locale: Locale,
  disabled: z.boolean(),
  /**
   * Sign-in slowed (decision 0007): after repeated failures on this username, sign-ins from
   * addresses it has not used must wait until lockedUntil; its known addresses never wait for
   * others' failures. Never a lock. The names are kept from the former lockout for compatibility.
   */
  locked: z.boolean(),
  lockedUntil: z.string().nullable().describe('ISO timestamp until which new addresses wait; null when none'),
  failedAttempts: z.number().int().describe('Recent failed sign-ins on this username, from every address'),
  lastSignInAt: z.string().nullable().describe('ISO timestamp of the newest session still stored'),
  passwordChangedAt: z.string().describe('ISO timestamp'),
  createdAt: z.string().describe('ISO timestamp'),
  version: z.number().int(),
  roles: z.array(RoleBindingView),
});
export type AccountView = z.infer<typeof AccountView>;

export const AccountsPage = pageOf(AccountView);
export type AccountsPage = z.infer<typeof AccountsPage>;
