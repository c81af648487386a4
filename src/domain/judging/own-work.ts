// Nobody judges their own work. Quy định 366-QĐ/TW, Điều 12–13: the level that manages a person
// evaluates them; the appraisal and the decision are steps of others, never of the person evaluated
// (nor, where configured, of a close relative); a standing-committee member's own result is decided
// by the standing committee as a collective or by the level above. The same conflict applies to
// every approval in the product: a weekly plan is approved by someone other than its author, a task
// is appraised by someone who neither leads nor supports it.

/** The rule cited by every refusal of this kind. */
export const OWN_WORK_RULE = 'Quy định 366-QĐ/TW, Điều 12–13';

export type OwnWorkConflict = 'own' | 'relative';

export interface JudgingFacts {
  /** The actor's own person record (null for an account without one: it judges nobody's own work). */
  actorPersonId: string | null;
  /** The person evaluated, or for a collective the person(s) heading it at the period's end. */
  subjectPersonIds: readonly string[];
  /** Close relatives of the subject, as recorded (CanBo records none yet: always empty for now). */
  subjectRelativeIds: readonly string[];
}

export interface JudgingRules {
  /** Also refuse the step to a close relative of the subject (setting `evaluation.judging`, default off). */
  relatives: boolean;
}

/** Quy định 366-QĐ/TW, Điều 12–13: whether the actor may not take an appraisal or decision step on this evaluation, and why. */
export function judgingConflict(f: JudgingFacts, rules: JudgingRules): OwnWorkConflict | null {
  if (!f.actorPersonId) return null;
  if (f.subjectPersonIds.includes(f.actorPersonId)) return 'own';
  if (rules.relatives && f.subjectRelativeIds.includes(f.actorPersonId)) return 'relative';
  return null;
}

export type DecisionBasis = 'individual' | 'collective' | 'level_above';

/**
 * Quy định 366-QĐ/TW, Điều 12–13: a standing-committee member's result is decided by the standing
 * committee as a collective (recorded by another member) or by a standing member of the level above.
 * `subjectStandingUnits`: units where the subject sits on the deciding standing committee;
 * `actorDecidingUnits`: units where the actor holds the deciding role covering the evaluation.
 */
export function decisionBasis(subjectStandingUnits: readonly string[], actorDecidingUnits: readonly string[]): DecisionBasis {
  if (subjectStandingUnits.length === 0) return 'individual';
  return actorDecidingUnits.some((u) => !subjectStandingUnits.includes(u)) ? 'level_above' : 'collective';
}

/** Quy định 366-QĐ/TW, Điều 12–13 (applied to weekly plans): a plan is reviewed by someone other than its author. */
export function mayReviewPlan(actorPersonId: string | null, authorPersonId: string): boolean {
  return !actorPersonId || actorPersonId !== authorPersonId;
}

/** Quy định 366-QĐ/TW, Điều 12–13; Nghị định 335/2025/NĐ-CP, Điều 14 (applied to tasks): the appraisal of a task, the move of its deadline and its cancellation are not taken by its lead or a supporting assignee. */
export function mayJudgeTask(actorPersonId: string | null, task: { leadId: string | null; supportIds: readonly string[] }): boolean {
  if (!actorPersonId) return true;
  return actorPersonId !== task.leadId && !task.supportIds.includes(actorPersonId);
}
