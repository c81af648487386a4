// Who may do what with cadre groups, criteria sets and their assignment. Reading: every role (a
// cadre needs the criteria of their own self-assessment). Writing: organising and admin. Groups and
// sets are shared by the whole installation; assignments belong to a unit subtree, so assigning
// needs the role in scope of that unit (outside it: 404).
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, hasAnyRole, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'];
export const WRITE_ROLES: readonly Role[] = ['admin', 'organising'];

export const requireReader = (actor: Actor) => requireAnyRole(actor, READ_ROLES);
export const requireWriter = (actor: Actor) => requireAnyRole(actor, WRITE_ROLES);
export const canWrite = (actor: Actor) => hasAnyRole(actor, WRITE_ROLES);

/** Units whose related assignments the actor sees. */
export const readRoots = (actor: Actor) => rootsFor(actor, READ_ROLES);

/**
 * The unit that files the audit event of a shared record (a group, a set): the writer's first
 * subtree, so that whoever audits that subtree sees the change.
 */
export function auditUnitOf(actor: Actor): string | null {
  return rootsFor(actor, WRITE_ROLES)[0] ?? null;
}

export async function assertCanReadUnit(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, READ_ROLES, unitId);
}

/** 403 without a writing role anywhere; 404 when the unit is outside the writer's subtrees. */
export async function assertCanAssign(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireWriter(actor);
  await assertUnitInScope(db, actor, WRITE_ROLES, unitId);
}

export async function canAssign(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, rootsFor(actor, WRITE_ROLES), unitId);
}
