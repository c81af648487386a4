// Who may do what with leaders' action plans (matrix: action_plans.*). Deny by default; a plan the
// actor may not read answers 404, exactly like a missing one.
// - The author (the account linked to the plan's person, holding a leadership post today) writes it,
//   edits it while draft or returned and submits it (action_plans.write_own).
// - action_plans.review in scope (the standing committee): approves or returns it with a comment —
//   never their own (own_work.action_plan, Quy định 366-QĐ/TW, Điều 12–13).
// - action_plans.read in scope: reads every plan and the side-by-side view.
import type { Kysely } from 'kysely';
import type { ActionPlanStatus } from '../../../contracts/action-plans.js';
import { OWN_WORK_RULE } from '../../../domain/judging/own-work.js';
import type { DB } from '../../db/schema.js';
import { type AppError, forbidden, notFound, ownWork } from '../../errors.js';
import { type Coverage, type UnitCoverage, covers, holds, unitCoverage } from '../../http/access.js';

export interface ActionPlanAccess {
  read: boolean;
  author: boolean;
  review: boolean;
  /** Holds the reviewing role over the plan, but it is their own. */
  ownReview: boolean;
}

/** Pure: the actor's access to a plan of `personId` in a unit with these coverage facts. */
export function accessOn(actor: Coverage, personId: string, unit: UnitCoverage): ActionPlanAccess {
  const author = !!actor.personId && actor.personId === personId && holds(actor, 'action_plans.write_own');
  const reviewer = covers(actor, 'action_plans.review', unit);
  const read = author || reviewer || covers(actor, 'action_plans.read', unit);
  return { read, author, review: reviewer && !author, ownReview: reviewer && author };
}

export async function accessTo(db: Kysely<DB>, actor: Coverage, p: { unitId: string; personId: string }): Promise<ActionPlanAccess> {
  return accessOn(actor, p.personId, await unitCoverage(db, p.unitId));
}

/** The steps open to the actor on a plan in `status`; the UI shows exactly these. */
export function stepsOf(access: ActionPlanAccess, status: ActionPlanStatus) {
  const ownOpen = access.author && (status === 'draft' || status === 'returned');
  const deciding = access.review && status === 'submitted';
  return { edit: ownOpen, submit: ownOpen, return: deciding, approve: deciding };
}

export function reviewRefusal(access: ActionPlanAccess): AppError {
  return access.ownReview ? ownWork('own_work.action_plan', OWN_WORK_RULE) : forbidden();
}

/** The person linked to the account (403 for an account without one: it has no plan of its own). */
export function requireOwnPerson(actor: Coverage): string {
  if (!holds(actor, 'action_plans.write_own') || !actor.personId) throw forbidden();
  return actor.personId;
}

/** 403 when the actor never reads leaders' plans; 404 when the unit lies outside their scope. */
export async function assertBoard(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  if (!holds(actor, 'action_plans.read') && !holds(actor, 'action_plans.review')) throw forbidden();
  const unit = await unitCoverage(db, unitId);
  if (!covers(actor, 'action_plans.read', unit) && !covers(actor, 'action_plans.review', unit)) throw notFound();
}
