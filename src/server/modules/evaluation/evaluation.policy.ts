// Who may do what with evaluation periods and evaluations (matrix: evaluation.*; deny by default;
// outside scope → 404):
// - open and close a period: evaluation.open in scope of the period's unit;
// - appraise: evaluation.appraise in scope of the evaluating unit;
// - decide, decision sets, quota exceptions, cancel and re-rate, publish: evaluation.decide in scope;
// - read everything of an evaluation: evaluation.read (the managers, and inspection read-only) in
//   scope of the evaluating unit;
// - self-assessment: the person themself (account.person_id), or for a collective the person who
//   holds its head post at the period's end.
// - nobody appraises or decides their own evaluation (Quy định 366-QĐ/TW, Điều 12–13; nor a close
//   relative's when the setting `evaluation.judging` says so): the action is absent from `actions`
//   and refused with the named error own_work.evaluation; a standing member's own result is decided
//   by another member, recorded as the collective's decision, or by the level above.
// Visibility of the steps (presenter): the person sees their own self-assessment and the computed
// results at every step, the decision (and the appraisal behind it) only once published, never the
// appraisal before the decision; managers see everything.
import type { Kysely } from 'kysely';
import type { Action } from '../../../contracts/permissions.js';
import type { DB } from '../../db/schema.js';
import { type DecisionBasis, type JudgingRules, OWN_WORK_RULE, decisionBasis, judgingConflict } from '../../../domain/judging/own-work.js';
import { forbidden, notFound, ownWork } from '../../errors.js';
import { type Coverage, type UnitCoverage, assertMay, covers, inScope, rootsFor, unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { getSetting } from '../settings/index.js';
import { groupHoldsOwn, rootsCovering, standingUnitsOf, subjectPersonIds, unitsHeadedBy } from './evaluation.judging.queries.js';
import { isHeadOf } from './evaluation.queries.js';

/** The steps of the organising body and the standing committee on an evaluation. */
export type StepAction = Extract<Action, 'evaluation.appraise' | 'evaluation.decide'>;

export type Viewer = 'manager' | 'self';

export { assertMay, inScope };

/** Opening or closing a period. */
export const assertCanOpen = (db: Kysely<DB>, actor: Actor, unitId: string) => assertMay(db, actor, 'evaluation.open', unitId);

interface EvaluationScope {
  unit_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  end_date: string;
}

/** How the actor sees an evaluation: as a manager in scope, as its subject, or not at all (null). */
export async function viewerOf(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<Viewer | null> {
  if (await inScope(db, actor, 'evaluation.read', e.unit_id)) return 'manager';
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
  if (await inScope(db, actor, 'evaluation.read', e.unit_id)) throw forbidden();
  throw notFound();
}

/** A step of the organising body or the standing committee on an evaluation: in scope, and not the actor's own. */
export async function assertCanStep(db: Kysely<DB>, actor: Actor, step: StepAction, e: EvaluationScope): Promise<void> {
  await assertMay(db, actor, step, e.unit_id);
  await assertNotOwn(db, actor, e);
}

/** The setting key of the conflict rule (Quy định 366-QĐ/TW, Điều 12–13; relatives: CanBo's option, default off). */
export const JUDGING_SETTING = 'evaluation.judging';

/** own_work.evaluation / own_work.relative when the actor is the subject (or, as configured, a relative), else null. */
export async function ownWorkOf(db: Kysely<DB>, actor: Actor, e: EvaluationScope) {
  if (!actor.personId) return null;
  const [subjects, rules] = await Promise.all([subjectPersonIds(db, e), getSetting<JudgingRules>(db, JUDGING_SETTING, e.end_date)]);
  // CanBo records no family relations yet, so the relatives list is empty until the people module has them.
  return judgingConflict({ actorPersonId: actor.personId, subjectPersonIds: subjects, subjectRelativeIds: [] }, rules);
}

/** After the scope check: 403 with the reason when the step would judge the actor's own evaluation. */
export async function assertNotOwn(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<void> {
  const conflict = await ownWorkOf(db, actor, e);
  if (conflict) throw ownWork(conflict === 'own' ? 'own_work.evaluation' : 'own_work.relative', OWN_WORK_RULE);
}

/** Of a page of evaluations, those that are the actor's own (as the person, or heading the collective at `on`). */
export async function ownWorkIds(
  db: Kysely<DB>,
  actor: Actor,
  rows: ReadonlyArray<{ id: string; person_id: string | null; subject_unit_id: string | null }>,
  on: string,
): Promise<Set<string>> {
  const me = actor.personId;
  if (!me) return new Set();
  const headed = await unitsHeadedBy(db, me, [...new Set(rows.flatMap((r) => (r.subject_unit_id ? [r.subject_unit_id] : [])))], on);
  return new Set(rows.filter((r) => r.person_id === me || (r.subject_unit_id !== null && headed.has(r.subject_unit_id))).map((r) => r.id));
}

/** A quota exception is never granted by a member of the peer group it benefits (Quy định 366-QĐ/TW, Điều 12–13). */
export async function assertNotOwnGroup(
  db: Kysely<DB>,
  actor: Actor,
  g: { periodId: string; unitId: string; cadreGroup: string; endDate: string },
): Promise<void> {
  if (actor.personId && (await groupHoldsOwn(db, g, actor.personId))) throw ownWork('own_work.peer_group', OWN_WORK_RULE);
}

/** How a decision is taken (recorded with it): by one competent member, by the collective for a standing member, or by the level above. */
export async function decisionBasisOf(db: Kysely<DB>, actor: Actor, e: EvaluationScope): Promise<DecisionBasis> {
  const subjects = await subjectPersonIds(db, e);
  const [subjectStanding, actorDeciding] = await Promise.all([
    standingUnitsOf(db, subjects, e.unit_id),
    rootsCovering(db, rootsFor(actor, 'evaluation.decide'), e.unit_id),
  ]);
  return decisionBasis(subjectStanding, actorDeciding);
}

export type EvaluationActions = { editSelf: boolean; submitSelf: boolean; appraise: boolean; decide: boolean; cancelDecision: boolean };

/** What the policy needs to know about an evaluation to list the actions open on it (loaded by `actionsFor`). */
export interface EvaluationFacts {
  status: string;
  periodOpen: boolean;
  /** The actor is the person evaluated, or heads the collective at the period's end. */
  subject: boolean;
  /** The actor would judge their own work (or, as configured, a relative's). */
  ownWork: boolean;
}

/** Pure: the actions open to the actor, from their coverage, the evaluation's facts and its evaluating unit's ancestors. */
export function evaluationActions(actor: Coverage, viewer: Viewer, e: EvaluationFacts, unit: UnitCoverage): EvaluationActions {
  const self = e.periodOpen && e.status === 'self_pending' && e.subject;
  const steps = e.periodOpen && viewer === 'manager' && !e.ownWork;
  const appraise =
    steps && ['self_pending', 'self_submitted', 'appraised'].includes(e.status) && covers(actor, 'evaluation.appraise', unit);
  const standing = steps && covers(actor, 'evaluation.decide', unit);
  return {
    editSelf: self,
    submitSelf: self,
    appraise,
    decide: standing && e.status === 'appraised',
    cancelDecision: standing && (e.status === 'decided' || e.status === 'published'),
  };
}

/** What the actor may do with an evaluation (sent with it; the UI never re-implements the rules). */
export async function actionsFor(
  db: Kysely<DB>,
  actor: Actor,
  viewer: Viewer,
  e: EvaluationScope & { status: string; period_status: string },
): Promise<EvaluationActions> {
  const periodOpen = e.period_status === 'open';
  const facts: EvaluationFacts = {
    status: e.status,
    periodOpen,
    subject: periodOpen && e.status === 'self_pending' && (await isSubject(db, actor, e)),
    ownWork: periodOpen && viewer === 'manager' && !!(await ownWorkOf(db, actor, e)),
  };
  return evaluationActions(actor, viewer, facts, await unitCoverage(db, e.unit_id));
}

/** Periods an actor may see: those related to the subtrees where they hold a reading role. */
export function readRoots(actor: Actor): string[] {
  return rootsFor(actor, 'evaluation.read');
}
