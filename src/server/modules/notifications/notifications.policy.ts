// Who may do what with notifications and reminder settings.
// The inbox belongs to the person linked to the account: nobody reads another person's inbox,
// and a notification of someone else answers 404. Reminder settings of a unit are read by every
// role in scope (they explain when reminders come) and written by standing, office and admin.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';

export const SETTINGS_READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'];
export const SETTINGS_WRITE_ROLES: readonly Role[] = ['admin', 'standing', 'office'];

export async function assertCanReadSettings(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, SETTINGS_READ_ROLES, unitId);
}

/** 403 for roles that never write settings; 404 outside the actor's write scope. */
export async function assertCanWriteSettings(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, SETTINGS_WRITE_ROLES);
  await assertUnitInScope(db, actor, SETTINGS_WRITE_ROLES, unitId);
}

export async function canWriteSettings(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, rootsFor(actor, SETTINGS_WRITE_ROLES), unitId);
}
