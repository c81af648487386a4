// Who may read and record the inputs of the KHT triggers about a person: organising and admin
// record them, inspection reads them too, always within the subtree of the person's unit.
// Deny by default: other roles get 403; a person outside the actor's subtrees answers 404.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { forbidden, notFound } from '../../errors.js';
import { unitInSubtrees } from '../org/index.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'inspection'];
export const WRITE_ROLES: readonly Role[] = ['admin', 'organising'];

/** The record-independent part, checked before any look-up (issue 7, class 5: out of scope answers like missing). */
export const requireReader = (actor: Actor) => requireAnyRole(actor, READ_ROLES);
export const requireWriter = (actor: Actor) => requireAnyRole(actor, WRITE_ROLES);

export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, READ_ROLES);
  await assertUnitInScope(db, actor, READ_ROLES, unitId);
}

/** 403 for a role that never records these, or when the person is readable but not writable; 404 outside every subtree. */
export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, WRITE_ROLES);
  if (await canWrite(db, actor, unitId)) return;
  if (await unitInSubtrees(db, rootsFor(actor, READ_ROLES), unitId)) throw forbidden();
  throw notFound();
}

export async function canWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, rootsFor(actor, WRITE_ROLES), unitId);
}
