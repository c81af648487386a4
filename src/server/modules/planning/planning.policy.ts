// Who may do what with planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). Planning data is
// sensitive: outside these roles and scopes a plan answers 404 exactly like a missing one.
//
// The roles come from the permission matrix (src/contracts/permissions.ts, planning.*): the organising body prepares the plan of the unit it is bound to; the standing
// committee of that unit approves it; organising and standing bodies of the level above read their
// subordinate units' APPROVED plans (drafts answer 404 to them); inspection reads every plan of its
// subtree; the ladder is read by every signed-in role and edited by an administrator of a top-level unit.
import type { Kysely } from 'kysely';
import { rolesOf } from '../../../contracts/permissions.js';
import type { DB } from '../../db/schema.js';
import { holds, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { fieldError, forbidden, notFound } from '../../errors.js';
import { unitInSubtrees } from '../org/index.js';
import { isTopUnit } from './planning.facts.queries.js';

type Action = 'planning.ladder.read' | 'planning.ladder.edit' | 'planning.read' | 'planning.prepare' | 'planning.approve';

const boundAt = (actor: Actor, action: Action, unitId: string) => {
  const roles = rolesOf(action);
  return actor.roles.some((r) => roles.includes(r.role) && r.unitId === unitId);
};

/** May read the plans of `unitId`: 'all' (drafts too), 'approved' (the level above), or null (404). */
export async function planReadAccess(db: Kysely<DB>, actor: Actor, unitId: string): Promise<'all' | 'approved' | null> {
  if (boundAt(actor, 'planning.read', unitId)) return 'all';
  if (await unitInSubtrees(db, rootsFor(actor, 'planning.inspect'), unitId)) return 'all';
  if (await unitInSubtrees(db, rootsFor(actor, 'planning.read'), unitId)) return 'approved';
  return null;
}

/** 404 unless the actor may read this plan (a draft is invisible to the level above). */
export async function assertCanReadPlan(
  db: Kysely<DB>,
  actor: Actor,
  plan: { unit_id: string; status: string },
): Promise<'all' | 'approved'> {
  const access = await planReadAccess(db, actor, plan.unit_id);
  if (access === null || (access === 'approved' && plan.status !== 'approved')) throw notFound();
  return access;
}

/** 403 for a role that never does `action` (asked before any record is looked up, decision 0011). */
export function requireRoleFor(actor: Actor, action: Action): void {
  if (!holds(actor, action)) throw forbidden();
}

export const canPrepare = (actor: Actor, unitId: string) => boundAt(actor, 'planning.prepare', unitId);
export const canApprove = (actor: Actor, unitId: string) => boundAt(actor, 'planning.approve', unitId);

/** 403 for a role that never prepares plans; then 404 where the plan is not readable; then 403 where it is read-only to the actor. */
export async function assertCanPrepare(db: Kysely<DB>, actor: Actor, plan: { unit_id: string; status: string }): Promise<void> {
  if (!holds(actor, 'planning.prepare')) throw forbidden();
  await assertCanReadPlan(db, actor, plan);
  if (!canPrepare(actor, plan.unit_id)) throw forbidden();
}

export async function assertCanApprove(db: Kysely<DB>, actor: Actor, plan: { unit_id: string; status: string }): Promise<void> {
  if (!holds(actor, 'planning.approve')) throw forbidden();
  await assertCanReadPlan(db, actor, plan);
  if (!canApprove(actor, plan.unit_id)) throw forbidden();
}

/** Creating a plan for a unit: 403 for a role that never prepares; the unit unknown or unreadable is the body's unknown reference (400, decision 0011); 403 where read-only. */
export async function assertCanCreateFor(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  if (!holds(actor, 'planning.prepare')) throw forbidden();
  if ((await planReadAccess(db, actor, unitId)) === null) throw fieldError('unitId', 'v.unknown_ref', { field: 'unitId' });
  if (!canPrepare(actor, unitId)) throw forbidden();
}

export async function canEditLadder(db: Kysely<DB>, actor: Actor): Promise<boolean> {
  for (const unitId of rootsFor(actor, 'planning.ladder.edit')) if (await isTopUnit(db, unitId)) return true;
  return false;
}

export async function assertCanEditLadder(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (!(await canEditLadder(db, actor))) throw forbidden();
}
