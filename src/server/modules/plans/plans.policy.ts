// Who may do what with weekly plans (matrix: plans.*). Deny by default; a plan the actor may not
// read answers 404.
// - The author (the account linked to the plan's person) writes, edits while draft or returned,
//   and submits their own plan, whatever their role (plans.write_own).
// - plans.review in scope: approves (items become tasks), returns with a comment, and may edit a
//   submitted plan before deciding.
// - plans.oversee in scope: reads every plan and the unit overview.
// - plans.read_approved in scope: reads approved plans (their items are tasks, public in the unit).
// - Nobody reviews their own plan (Quy định 366-QĐ/TW, Điều 12–13, applied to approvals): a
//   reviewer's own plan is approved or returned by another member (own_work.plan, 403).
// - The deadline setting: plans.deadline.read / plans.deadline.write in scope.
import type { Kysely } from 'kysely';
import type { PlanStatus } from '../../../contracts/plans.js';
import type { DB } from '../../db/schema.js';
import { OWN_WORK_RULE, mayReviewPlan } from '../../../domain/judging/own-work.js';
import { type AppError, forbidden, notFound, ownWork } from '../../errors.js';
import { type Coverage, type UnitCoverage, covers, holds, rootsFor, unitCoverage } from '../../http/access.js';

export interface PlanAccess {
  read: boolean;
  author: boolean;
  review: boolean;
  /** Holds the reviewing role over the plan, but the plan is their own. */
  ownReview: boolean;
}

export type PlanActions = { edit: boolean; submit: boolean; return: boolean; approve: boolean };

interface PlanFacts {
  personId: string;
  status: PlanStatus;
}

/** Pure: the actor's access to a plan, given its author, its status and its unit's coverage facts. */
export function accessOn(actor: Coverage, plan: PlanFacts, unit: UnitCoverage): PlanAccess {
  const author = !!actor.personId && actor.personId === plan.personId;
  const reviewer = covers(actor, 'plans.review', unit);
  const review = reviewer && mayReviewPlan(actor.personId, plan.personId);
  const read = author || covers(actor, 'plans.oversee', unit) || (plan.status === 'approved' && covers(actor, 'plans.read_approved', unit));
  return { read, author, review, ownReview: reviewer && !review };
}

export async function accessTo(db: Kysely<DB>, actor: Coverage, plan: PlanFacts & { unitId: string }): Promise<PlanAccess> {
  return accessOn(actor, plan, await unitCoverage(db, plan.unitId));
}

/** 404 when the actor may not see the plan. */
export async function assertCanRead(
  db: Kysely<DB>,
  actor: Coverage,
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
export function requireOwnPerson(actor: Coverage): string {
  if (!holds(actor, 'plans.write_own') || !actor.personId) throw forbidden();
  return actor.personId;
}

/** 403 when the actor never oversees unit plans. */
export function requireOverseer(actor: Coverage): void {
  if (!holds(actor, 'plans.oversee')) throw forbidden();
}

export const deadlineWriteRoots = (actor: Coverage) => rootsFor(actor, 'plans.deadline.write');
