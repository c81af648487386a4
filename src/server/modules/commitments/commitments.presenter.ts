// Commitments as the API shows them (names of people only, nothing personal).
import type { CommitmentActionView, CommitmentView, EvaluationCommitment } from '../../../contracts/commitments.js';
import { COMMITMENT_RULE, type CommitmentRules, commitmentOutcome, reportOpensOn, stageOf } from '../../../domain/commitments.js';
import { fullName } from '../../../domain/names.js';
import type { CommitmentActions } from './commitments.policy.js';
import type { ActionRow, CommitmentRow } from './commitments.queries.js';

type NameParts = { family_name: string; middle_name: string; given_name: string };
export const nameOf = (p: NameParts) => fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name });

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function presentAction(a: ActionRow): CommitmentActionView {
  return {
    id: a.id,
    ordinal: a.ordinal,
    title: a.title,
    evidence: a.evidence,
    dueDate: a.due_date,
    midReport: a.mid_report,
    midReportedAt: iso(a.mid_reported_at),
    finalReport: a.final_report,
    finalReportedAt: iso(a.final_reported_at),
    assessment: a.assessment,
    assessmentComment: a.assessment_comment,
    assessedAt: iso(a.assessed_at),
  };
}

export function presentRules(year: number, rules: CommitmentRules) {
  return {
    minActions: rules.minActions,
    maxActions: rules.maxActions,
    partlyCreditPct: rules.partlyCreditPct,
    midReportFrom: reportOpensOn(year, 'mid', rules),
    finalReportFrom: reportOpensOn(year, 'final', rules),
    rule: COMMITMENT_RULE,
  };
}

function core(row: Pick<CommitmentRow, 'id' | 'year' | 'status'>, actions: readonly ActionRow[], rules: CommitmentRules) {
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    stage: stageOf({
      status: row.status,
      actions: actions.length,
      reported: actions.filter((a) => a.final_report !== null).length,
      assessed: actions.filter((a) => a.assessment !== null).length,
    }),
    actions: actions.map(presentAction),
    outcome: commitmentOutcome(
      actions.map((a) => a.assessment),
      rules,
    ),
  };
}

export function presentCommitment(
  row: CommitmentRow,
  actions: readonly ActionRow[],
  rules: CommitmentRules,
  can: CommitmentActions,
): CommitmentView {
  return {
    ...core(row, actions, rules),
    version: row.version,
    unitId: row.unit_id,
    unitName: row.unit_name,
    author: { id: row.person_id, fullName: nameOf(row) },
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    reviewerName: row.reviewer_name,
    reviewComment: row.review_comment,
    rules: presentRules(row.year, rules),
    can,
  };
}

export function presentForEvaluation(row: CommitmentRow, actions: readonly ActionRow[], rules: CommitmentRules): EvaluationCommitment {
  return core(row, actions, rules);
}
