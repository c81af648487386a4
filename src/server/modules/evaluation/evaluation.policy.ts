// Who may do what with evaluation periods and evaluations (deny by default; outside scope → 404):
// - open and close a period: organising or admin in scope of the period's unit;
// - appraise: organising in scope of the evaluating unit;
// - decide, decision sets, quota exceptions, cancel and re-rate, publish: standing in scope;
// - read everything of an evaluation: the managers (organising, standing, admin) and inspection
//   (read-only) in scope of the evaluating unit;
// - self-assessment: the person themself (account.person_id), or for a collective the person who
//   holds its head post at the period's end.
// Visibility of the steps (presenter): the person sees their own self-assessment and the computed
// results at every step, the decision (and the appraisal behind it) only once published, never the
// appraisal before the decision; managers see everything.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { forbidden, notFound } from '../../errors.js';
import { hasAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';
import { isHeadOf } from './evaluation.queries.js';

export const OPEN_ROLES: readonly Role[] = ['admin', 'organising'];
export const APPRAISE_ROLES: readonly Role[] = ['organising'];
export const DECIDE_ROLES: readonly Role[] = ['standing'];
export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'inspection'];

export type Viewer = 'manager' | 'self';

/** Roles × scope for one unit. */
export async function inScope(db: Kysely<DB>, actor: Actor, roles: readonly Role[], unitId: string): Promise<boolean> {
  const roots = rootsFor(actor, roles);
  return roots.length > 0 && unitInSubtrees(db, roots, unitId);
}

/** An action on a unit: 403 for a role that never does it, 404 for a unit outside the actor's scope for it. */
export async function assertMay(db: Kysely<DB>, actor: Actor, roles: readonly Role[], unitId: string): Promise<void> {
  if (!hasAnyRole(actor, roles)) throw forbidden();
  if (!(await inScope(db, actor, roles, unitId))) throw notFound();
}

/** Opening or closing a period. */
export const assertCanOpen = (db: Kysely<DB>, actor: Actor, unitId: string) => assertMay(db, actor, OPEN_ROLES, unitId);

interface EvaluationScope { unit_id: string; person_id: string | null; subject_unit_id: string | null; end_date: string }

/** How the actor sees an evaluation: as a manager in scope, as its subject, or not at all (null). */
export async function viewerOf(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<Viewer | null> {
  if (await inScope(db, actor, READ_ROLES, e.unit_id)) return 'manager';
  if (await isSubject(db, actor, e)) return 'self';
  return null;
}

/** The person evaluated, or for a collective its head at the period's end. */
export async function isSubject(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<boolean> {
  if (!actor.personId) return false;
  if (e.person_id) return e.person_id === actor.personId;
  return e.subject_unit_id !== null && isHeadOf(db, actor.personId, e.subject_unit_id, e.end_date);
}

/** 404 unless the actor may see the evaluation at all. */
export async function assertCanRead(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<Viewer> {
  const v = await viewerOf(db, actor, e);
  if (!v) throw notFound();
  return v;
}

/** Self-assessment: the subject only; a manager who can see it gets 403, anyone else 404. */
export async function assertCanSelfAssess(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<void> {
  if (await isSubject(db, actor, e)) return;
  // Only the person assesses themself: a manager who can see the evaluation is told so.
  if (await inScope(db, actor, READ_ROLES, e.unit_id)) throw forbidden();
  throw notFound();
}

/** A step of the organising body or the standing committee on an evaluation. */
export const assertCanStep = (db: Kysely<DB>, actor: Actor, roles: readonly Role[], e: EvaluationScope) => assertMay(db, actor, roles, e.unit_id);

/** What the actor may do with an evaluation (sent with it; the UI never re-implements the rules). */
export async function actionsFor(
  db: Kysely<DB>, actor: Actor, viewer: Viewer, e: EvaluationScope & { status: string; period_status: string },
): Promise<{ editSelf: boolean; submitSelf: boolean; appraise: boolean; decide: boolean; cancelDecision: boolean }> {
  const open = e.period_status === 'open';
  const self = open && e.status === 'self_pending' && (await isSubject(db, actor, e));
  const appraise = open && viewer === 'manager' && ['self_pending', 'self_submitted', 'appraised'].includes(e.status) && (await inScope(db, actor, APPRAISE_ROLES, e.unit_id));
  const standing = open && viewer === 'manager' && (await inScope(db, actor, DECIDE_ROLES, e.unit_id));
  return {
    editSelf: self,
    submitSelf: self,
    appraise,
    decide: standing && e.status === 'appraised',
    cancelDecision: standing && (e.status === 'decided' || e.status === 'published'),
  };
}

/** Periods an actor may see: those related to the subtrees where they hold a reading role. */
export function readRoots(actor: Actor): string[] {
  return rootsFor(actor, READ_ROLES);
}
