// Who may do what with responsibilities. Reading: every role whose scope covers the assigning
// unit (transparency: everyone sees who answers for what). Writing: organising, standing and
// admin within their subtrees; the others read only (403), outside the scope is 404.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'];
export const WRITE_ROLES: readonly Role[] = ['admin', 'organising', 'standing'];

export const readRoots = (actor: Actor) => rootsFor(actor, READ_ROLES);

export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, READ_ROLES, unitId);
}

export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, WRITE_ROLES);
  await assertUnitInScope(db, actor, WRITE_ROLES, unitId);
}

/** The units whose responsibilities the actor may edit (for the `actions` sent with each row). */
export const writeRoots = (actor: Actor) => rootsFor(actor, WRITE_ROLES);

export async function canWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, writeRoots(actor), unitId);
}
