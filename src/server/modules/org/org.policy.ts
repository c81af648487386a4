// Who may do what in the organisation tree (matrix: org.read, org.write, org.restructure). Reading:
// any role whose subtree covers the unit. Writing: the writers within their subtrees; the others read only.
// Structural changes (close, move, merge, split) need a scope above the unit, not only on it,
// so nobody dissolves or moves the root of their own scope.
import type { Kysely } from 'kysely';
import type { OrgUnitActions } from '../../../contracts/org.js';
import type { DB } from '../../db/schema.js';
import {
  type Coverage,
  type UnitCoverage,
  actVerdict,
  assertUnitInScope,
  covers,
  coversAbove,
  enforce,
  rootsFor,
  unitCoverage,
} from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { fieldError, forbidden } from '../../errors.js';
import { unitInSubtrees } from '../../db/scope.queries.js';
import { unitById, type UnitRow } from './org.tree.queries.js';

export const readRoots = (actor: Coverage) => rootsFor(actor, 'org.read');
export const writeRoots = (actor: Coverage) => rootsFor(actor, 'org.write');

/** 404 unless the actor may read the unit. */
export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, 'org.read', unitId);
}

/** 403 for roles that never write the tree; 404 outside the actor's write scope. */
export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  enforce(actVerdict(actor, 'org.write', await unitCoverage(db, unitId)));
}

/** Write access plus a scope above the unit (403 when the unit is the actor's own root). */
export function restructureVerdict(actor: Coverage, unit: UnitCoverage) {
  const write = actVerdict(actor, 'org.write', unit);
  if (write !== 'allow') return write;
  return coversAbove(actor, 'org.restructure', unit) ? 'allow' : 'forbidden';
}

export async function assertCanRestructure(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  enforce(restructureVerdict(actor, await unitCoverage(db, unitId)));
}

/**
 * A unit named in a request body: 400 naming the field when it does not exist OR lies outside the
 * actor's write scope (the same answer, so nothing tells a foreign unit from a missing one); 403
 * when it is in scope but `strict` asks for a scope above it (the actor's own root).
 */
export async function writableRef(db: Kysely<DB>, actor: Actor, field: string, unitId: string, strict = false): Promise<UnitRow> {
  const unit = await unitById(db, unitId);
  if (!unit || !(await unitInSubtrees(db, writeRoots(actor), unitId))) throw fieldError(field, 'v.unknown_ref', { field });
  if (strict && !coversAbove(actor, 'org.restructure', await unitCoverage(db, unitId))) throw forbidden();
  return unit;
}

/** The actions on a unit (pure: the actor's coverage, the unit's ancestors, whether it is open). */
export function actionsOnUnit(actor: Coverage, unit: UnitCoverage, open: boolean): OrgUnitActions {
  const write = covers(actor, 'org.write', unit);
  const structural = write && open && coversAbove(actor, 'org.restructure', unit);
  return { edit: write, close: structural, move: structural, merge: structural, split: structural, addPost: write && open };
}

export async function unitActions(db: Kysely<DB>, actor: Actor, unit: UnitRow): Promise<OrgUnitActions> {
  return actionsOnUnit(actor, await unitCoverage(db, unit.id), unit.valid_to === null);
}

export async function canWriteUnit(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, writeRoots(actor), unitId);
}
