// Who reads the evaluation outputs (matrix: evaluation.read; deny by default; outside scope → 404):
// - managers (evaluation.read; inspection read-only) in scope of the unit: the
//   distribution and ranking, the collective report, the published list, the commendation
//   suggestions, any form and any person's whole history;
// - the person: their own form and history, where the appraisal and the decision appear only once
//   the decision is published (Quy định 366-QĐ/TW: results are published to the person; the
//   person never sees the appraisal before the decision). The head of a collective reads its form.
// A role that never reads these lists gets 403 (e.g. a cadre asking for the ranking).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { forbidden, notFound } from '../../errors.js';
import { type Coverage, type UnitCoverage, covers, holds, inScope, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { isHeadOf } from './evaluation-reports.queries.js';

export type Viewer = 'manager' | 'self';

export const managerRoots = (actor: Coverage): string[] => rootsFor(actor, 'evaluation.read');

/** Pure: a manager of the unit, from the unit's coverage facts. */
export const managesUnit = (actor: Coverage, unit: UnitCoverage): boolean => covers(actor, 'evaluation.read', unit);

/** A manager in scope of the unit. */
export async function isManagerOf(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return inScope(db, actor, 'evaluation.read', unitId);
}

/** 403 for a role that never reads the managers' outputs: checked before any look-up, so it never depends on the record. */
export function requireManagerRole(actor: Actor): void {
  if (!holds(actor, 'evaluation.read')) throw forbidden();
}

/** The lists of a unit: 403 for a role that never reads them, 404 outside the actor's scope. */
export async function assertManagerOf(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  if (!holds(actor, 'evaluation.read')) throw forbidden();
  if (!(await isManagerOf(db, actor, unitId))) throw notFound();
}

/** One evaluation: a manager of its evaluating unit, its subject (or the collective's head), else 404. */
export async function viewerOfEvaluation(
  db: Kysely<DB>,
  actor: Actor,
  e: { unit_id: string; person_id: string | null; subject_unit_id: string | null; end_date: string },
): Promise<Viewer> {
  if (await isManagerOf(db, actor, e.unit_id)) return 'manager';
  if (actor.personId) {
    if (e.person_id === actor.personId) return 'self';
    if (e.subject_unit_id && (await isHeadOf(db, actor.personId, e.subject_unit_id, e.end_date))) return 'self';
  }
  throw notFound();
}

/** A person's history: a manager of the person's unit, or the person themself, else 404. */
export async function viewerOfPerson(db: Kysely<DB>, actor: Actor, person: { id: string; unit_id: string }): Promise<Viewer> {
  if (await isManagerOf(db, actor, person.unit_id)) return 'manager';
  if (actor.personId === person.id) return 'self';
  throw notFound();
}

/** What a viewer sees of the later steps: the person only after publication. */
export function stepsVisible(viewer: Viewer, status: string): { appraisal: boolean; decision: boolean } {
  const published = status === 'published';
  const decided = published || status === 'decided';
  return { appraisal: viewer === 'manager' || published, decision: decided && (viewer === 'manager' || published) };
}
