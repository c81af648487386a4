// Who may do what with planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). Planning data is
// sensitive: outside these roles and scopes a plan answers 404 exactly like a missing one.
//
// PLANNING_PERMISSIONS is the one list of the module's roles (the permission matrix of issue 8 takes it
// over at merge): the organising body prepares the plan of the unit it is bound to; the standing
// committee of that unit approves it; organising and standing bodies of the level above read their
// subordinate units' APPROVED plans (drafts answer 404 to them); inspection reads every plan of its
// subtree; the ladder is read by every signed-in role and edited by an administrator of a top-level unit.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { fieldError, forbidden, notFound } from '../../errors.js';
import { unitInSubtrees } from '../org/index.js';
import { isTopUnit } from './planning.facts.queries.js';

export const PLANNING_PERMISSIONS = {
  'planning.ladder.read': { roles: ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'], scope: 'any' },
  'planning.ladder.edit': { roles: ['admin'], scope: 'top-level unit' },
  'planning.plan.read': {
    roles: ['organising', 'standing', 'inspection'],
    scope: 'plan unit; above it approved plans only; inspection the subtree',
  },
  'planning.plan.prepare': { roles: ['organising'], scope: 'plan unit' },
  'planning.plan.approve': { roles: ['standing'], scope: 'plan unit' },
} as const satisfies Record<string, { roles: readonly Role[]; scope: string }>;

type Action = keyof typeof PLANNING_PERMISSIONS;
const rolesOf = (a: Action): readonly Role[] => PLANNING_PERMISSIONS[a].roles;

const boundAt = (actor: Actor, roles: readonly Role[], unitId: string) =>
  actor.roles.some((r) => roles.includes(r.role) && r.unitId === unitId);

/** May read the plans of `unitId`: 'all' (drafts too), 'approved' (the level above), or null (404). */
export async function planReadAccess(db: Kysely<DB>, actor: Actor, unitId: string): Promise<'all' | 'approved' | null> {
  if (boundAt(actor, ['organising', 'standing'], unitId)) return 'all';
  if (await unitInSubtrees(db, rootsFor(actor, ['inspection']), unitId)) return 'all';
  if (await unitInSubtrees(db, rootsFor(actor, ['organising', 'standing']), unitId)) return 'approved';
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
  if (!actor.roles.some((r) => rolesOf(action).includes(r.role))) throw forbidden();
}

export const canPrepare = (actor: Actor, unitId: string) => boundAt(actor, rolesOf('planning.plan.prepare'), unitId);
export const canApprove = (actor: Actor, unitId: string) => boundAt(actor, rolesOf('planning.plan.approve'), unitId);

/** 403 for a role that never prepares plans; then 404 where the plan is not readable; then 403 where it is read-only to the actor. */
export async function assertCanPrepare(db: Kysely<DB>, actor: Actor, plan: { unit_id: string; status: string }): Promise<void> {
  if (!actor.roles.some((r) => rolesOf('planning.plan.prepare').includes(r.role))) throw forbidden();
  await assertCanReadPlan(db, actor, plan);
  if (!canPrepare(actor, plan.unit_id)) throw forbidden();
}

export async function assertCanApprove(db: Kysely<DB>, actor: Actor, plan: { unit_id: string; status: string }): Promise<void> {
  if (!actor.roles.some((r) => rolesOf('planning.plan.approve').includes(r.role))) throw forbidden();
  await assertCanReadPlan(db, actor, plan);
  if (!canApprove(actor, plan.unit_id)) throw forbidden();
}

/** Creating a plan for a unit: 403 for a role that never prepares; the unit unknown or unreadable is the body's unknown reference (400, decision 0011); 403 where read-only. */
export async function assertCanCreateFor(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  if (!actor.roles.some((r) => rolesOf('planning.plan.prepare').includes(r.role))) throw forbidden();
  if ((await planReadAccess(db, actor, unitId)) === null) throw fieldError('unitId', 'v.unknown_ref', { field: 'unitId' });
  if (!canPrepare(actor, unitId)) throw forbidden();
}

export async function canEditLadder(db: Kysely<DB>, actor: Actor): Promise<boolean> {
  for (const unitId of rootsFor(actor, rolesOf('planning.ladder.edit'))) if (await isTopUnit(db, unitId)) return true;
  return false;
}

export async function assertCanEditLadder(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (!(await canEditLadder(db, actor))) throw forbidden();
}
