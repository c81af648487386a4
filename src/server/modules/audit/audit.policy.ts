// Who may read the audit trail: administrators, the organising body and the inspection committee,
// each within the subtrees of those bindings (events are scoped by their unit). Verifying the
// chain reads no record contents, so it is not scoped, but only admin and inspection may run it.
import type { Role } from '../../db/schema.js';
import { hasAnyRole, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'inspection'];
export const VERIFY_ROLES: readonly Role[] = ['admin', 'inspection'];
/** Roles that see citizen ID numbers in full inside audit data; everyone else sees the last 3 digits. */
export const CITIZEN_ID_ROLES: readonly Role[] = ['admin', 'organising', 'inspection'];

/** The subtree roots whose events the actor may read; 403 when they may read none. */
export function readRoots(actor: Actor): string[] {
  requireAnyRole(actor, READ_ROLES);
  return rootsFor(actor, READ_ROLES);
}

export function requireVerify(actor: Actor): void {
  requireAnyRole(actor, VERIFY_ROLES);
}

export function seesCitizenIds(actor: Actor): boolean {
  return hasAnyRole(actor, CITIZEN_ID_ROLES);
}
