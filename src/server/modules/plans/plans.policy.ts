// Who may do what with weekly plans. Deny by default; a plan the actor may not read answers 404.
// - The author (the account linked to the plan's person) writes, edits while draft or returned,
//   and submits their own plan, whatever their role.
// - `standing` in scope reviews: approves (items become tasks), returns with a comment, and may
//   edit a submitted plan before deciding.
// - `standing`, `office` and `admin` in scope read every plan and the unit overview.
// - Every role in scope reads approved plans (their items are tasks, which are public in the unit).
// - Nobody reviews their own plan (Quy định 366-QĐ/TW, Điều 12–13, applied to approvals): a
//   standing member's plan is approved or returned by another member (own_work.plan, 403).
// - The deadline setting is read by every role in scope and written by standing, office, admin.
import type { Kysely } from 'kysely';
import { Roles } from '../../../contracts/common.js';
import type { PlanStatus } from '../../../contracts/plans.js';
import type { DB, Role } from '../../db/schema.js';
import { OWN_WORK_RULE, mayReviewPlan } from '../../../domain/judging/own-work.js';
import { type AppError, forbidden, notFound, ownWork } from '../../errors.js';
import { hasAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { ancestorsOf } from './plans.queries.js';

export const REVIEW_ROLES: readonly Role[] = ['standing'];
export const OVERSEE_ROLES: readonly Role[] = ['standing', 'office', 'admin'];
export const DEADLINE_WRITE_ROLES: readonly Role[] = ['standing', 'office', 'admin'];

export interface PlanAccess {
  read: boolean;
  author: boolean;
  review: boolean;
  /** Holds the reviewing role over the plan, but the plan is their own. */
  ownReview: boolean;
}

export type PlanActions = { edit: boolean; submit: boolean; return: boolean; approve: boolean };

/** Which roles of the actor cover `unitId` (via the unit's ancestors). */
async function coverage(db: Kysely<DB>, actor: Actor, unitId: string) {
  const ancestors = new Set(await ancestorsOf(db, unitId));
  return (roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r.role) && ancestors.has(r.unitId));
}

export async function accessTo(
  db: Kysely<DB>,
  actor: Actor,
  plan: { unitId: string; personId: string; status: PlanStatus },
): Promise<PlanAccess> {
  const covers = await coverage(db, actor, plan.unitId);
  const author = !!actor.personId && actor.personId === plan.personId;
  const reviewer = covers(REVIEW_ROLES);
  const review = reviewer && mayReviewPlan(actor.personId, plan.personId);
  const read = author || covers(OVERSEE_ROLES) || (plan.status === 'approved' && covers(Roles));
  return { read, author, review, ownReview: reviewer && !review };
}

/** 404 when the actor may not see the plan. */
export async function assertCanRead(
  db: Kysely<DB>,
  actor: Actor,
  plan: { unitId: string; personId: string; status: PlanStatus },
): Promise<PlanAccess> {
  const access = await accessTo(db, actor, plan);
  if (!access.read) throw notFound();
  return access;
}

/** The actions open to the actor on a plan in `status`; the UI shows exactly these. */
export function actionsOf(access: PlanAccess, status: PlanStatus): PlanActions {
  const ownOpen = access.author && (status === 'draft' || status === 'returned');
  const reviewing = access.review && status === 'submitted';
  return { edit: ownOpen || reviewing, submit: ownOpen, return: reviewing, approve: reviewing };
}

/** Why a reviewing step is refused: the named own-work error for the author, else plain 403. */
export function reviewRefusal(access: PlanAccess): AppError {
  return access.ownReview ? ownWork('own_work.plan', OWN_WORK_RULE) : forbidden();
}

/** 403 for an account without a linked person: it has no plan of its own to write. */
export function requireOwnPerson(actor: Actor): string {
  if (!actor.personId) throw forbidden();
  return actor.personId;
}

/** 403 when the actor holds none of the roles that see unit overviews. */
export function requireOverseer(actor: Actor): void {
  if (!hasAnyRole(actor, OVERSEE_ROLES)) throw forbidden();
}

export const deadlineWriteRoots = (actor: Actor) => rootsFor(actor, DEADLINE_WRITE_ROLES);
