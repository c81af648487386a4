// Who may do what with unit indicators. Reading: every role whose scope covers the unit (the
// unit dashboard is public within the unit). Writing targets and actual values: office,
// standing and admin within their subtrees; other roles 403; outside the scope 404.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'];
export const WRITE_ROLES: readonly Role[] = ['admin', 'standing', 'office'];

export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, READ_ROLES, unitId);
}

export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, WRITE_ROLES);
  await assertUnitInScope(db, actor, WRITE_ROLES, unitId);
}

export async function canWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, rootsFor(actor, WRITE_ROLES), unitId);
}
