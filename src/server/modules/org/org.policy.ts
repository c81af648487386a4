// Who may do what in the organisation tree. Reading: any role whose subtree covers the unit.
// Writing: admin and organising within their subtrees; inspection and the others read only.
// Structural changes (close, move, merge, split) need a scope above the unit, not only on it,
// so nobody dissolves or moves the root of their own scope.
import type { Kysely } from 'kysely';
import type { OrgUnitActions } from '../../../contracts/org.js';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { fieldError, forbidden } from '../../errors.js';
import { unitInSubtrees } from '../../db/scope.queries.js';
import { unitById, type UnitRow } from './org.tree.queries.js';

export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'];
export const WRITE_ROLES: readonly Role[] = ['admin', 'organising'];

export const readRoots = (actor: Actor) => rootsFor(actor, READ_ROLES);
export const writeRoots = (actor: Actor) => rootsFor(actor, WRITE_ROLES);

/** 404 unless the actor may read the unit. */
export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, READ_ROLES, unitId);
}

/** 403 for roles that never write the tree; 404 outside the actor's write scope. */
export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireAnyRole(actor, WRITE_ROLES);
  await assertUnitInScope(db, actor, WRITE_ROLES, unitId);
}

async function strictlyInWriteScope(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(
    db,
    writeRoots(actor).filter((r) => r !== unitId),
    unitId,
  );
}

/** Write access plus a scope above the unit (403 when the unit is the actor's own root). */
export async function assertCanRestructure(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertCanWrite(db, actor, unitId);
  if (!(await strictlyInWriteScope(db, actor, unitId))) throw forbidden();
}

/**
 * A unit named in a request body: 400 naming the field when it does not exist OR lies outside the
 * actor's write scope (the same answer, so nothing tells a foreign unit from a missing one); 403
 * when it is in scope but `strict` asks for a scope above it (the actor's own root).
 */
export async function writableRef(db: Kysely<DB>, actor: Actor, field: string, unitId: string, strict = false): Promise<UnitRow> {
  const unit = await unitById(db, unitId);
  if (!unit || !(await unitInSubtrees(db, writeRoots(actor), unitId))) throw fieldError(field, 'v.unknown_ref', { field });
  if (strict && !(await strictlyInWriteScope(db, actor, unitId))) throw forbidden();
  return unit;
}

export async function unitActions(db: Kysely<DB>, actor: Actor, unit: UnitRow): Promise<OrgUnitActions> {
  const write = await unitInSubtrees(db, writeRoots(actor), unit.id);
  const open = unit.valid_to === null;
  const structural = write && open && (await strictlyInWriteScope(db, actor, unit.id));
  return { edit: write, close: structural, move: structural, merge: structural, split: structural, addPost: write && open };
}

export async function canWriteUnit(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, writeRoots(actor), unitId);
}
