// Appointment to a higher post (Quy định 377-QĐ/TW): in the plan for that post or an equivalent or
// higher one; ≥ 12 months in the current post; months before retirement for a full term (60) or ≥ 48 by
// the special procedure (flagged); the last 3 years of ratings; not within a discipline waiting period
// (from the decision date); not under investigation. An equal or lower post follows the transfer
// procedure instead.
//
// Choices: "months before retirement" are counted from the effective date to the end of the retirement
// date (planning/months.ts). A waiting period of N months ends N calendar months after the decision date:
// the person may be appointed on that day. "Current post" = the highest of the posts held that the
// ladder can compare with the target; the months-in-post count uses the tenure the caller names.
import { addMonths } from '../dates.js';
import type { DisciplineKind, Level } from '../evaluation/config.js';
import { compareRank, type PostLadder } from '../planning/ladder.js';
import { monthsThrough } from '../planning/months.js';
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { type Gender, retirementDate, type RetirementSchedule } from '../retirement.js';
import { PERSONNEL_RULES } from './citations.js';
import { checkRatings } from './ratings.js';
import type { AppointmentRules } from './settings.js';
import { type TenureRecord, timeInPost } from './tenure-chain.js';

export interface AppointmentInput {
  targetPost: string;
  /** Ladder codes of the posts held on the effective date. */
  currentPosts: readonly string[];
  /** The person's tenures and the one that is "the current post" (null when they hold none). */
  tenures: readonly TenureRecord[];
  currentTenureId: string | null;
  /** Ladder codes of the posts the person is planned for in approved plans covering the effective date. */
  plannedPosts: readonly string[];
  gender: Gender;
  dateOfBirth: string;
  effectiveDate: string;
  specialProcedure: boolean;
  ratings: ReadonlyArray<{ year: number; level: Level | null }>;
  disciplines: ReadonlyArray<{ kind: DisciplineKind; decidedOn: string }>;
  underInvestigation: boolean;
}

/** Quy định 377-QĐ/TW (bổ nhiệm chức vụ cao hơn; ngang hoặc thấp hơn theo điều động): the target must be higher than every comparable post held. */
export function checkHigherPost(ladder: PostLadder, currentPosts: readonly string[], target: string): RuleCheck {
  const notLower = currentPosts.filter((c) => {
    const r = compareRank(ladder, c, target);
    return r === 0 || r === -1;
  });
  if (notLower.length > 0)
    return ruleCheck('personnel.appointment.not_higher', 'fail', PERSONNEL_RULES.higherPost, { target, current: notLower[0] });
  return ruleCheck('personnel.appointment.higher', 'pass', PERSONNEL_RULES.higherPost, { target, current: [...currentPosts] });
}

/** Quy định 377-QĐ/TW (có trong quy hoạch chức danh bổ nhiệm hoặc tương đương, cao hơn): planned for the target or an equivalent or higher post. */
export function checkInPlan(ladder: PostLadder, plannedPosts: readonly string[], target: string): RuleCheck {
  const match = plannedPosts.find((p) => {
    const r = compareRank(ladder, p, target);
    return r === 0 || r === -1;
  });
  return match
    ? ruleCheck('personnel.in_plan', 'pass', PERSONNEL_RULES.inPlan, { target, plannedFor: match })
    : ruleCheck('personnel.not_in_plan', 'fail', PERSONNEL_RULES.inPlan, { target, planned: [...plannedPosts] });
}

/** Quy định 377-QĐ/TW; Nghị định 135/2020/NĐ-CP: months from `on` to retirement — ≥ `full` passes, ≥ `special` only by the special procedure (flagged). */
export function checkFullTerm(
  gender: Gender,
  dateOfBirth: string,
  on: string,
  specialProcedure: boolean,
  rules: AppointmentRules,
  schedule: RetirementSchedule,
): RuleCheck {
  const retires = retirementDate(gender, dateOfBirth, schedule);
  const monthsLeft = monthsThrough(on, retires);
  const params = {
    monthsLeft,
    required: rules.fullTermMonths,
    specialMin: rules.specialProcedureMinMonths,
    retirementDate: retires,
    effectiveDate: on,
  };
  if (monthsLeft >= rules.fullTermMonths) return ruleCheck('personnel.full_term.ok', 'pass', PERSONNEL_RULES.fullTerm, params);
  if (monthsLeft >= rules.specialProcedureMinMonths) {
    return specialProcedure
      ? ruleCheck('personnel.full_term.special_procedure', 'warn', PERSONNEL_RULES.fullTerm, params)
      : ruleCheck('personnel.full_term.needs_special_procedure', 'fail', PERSONNEL_RULES.fullTerm, params);
  }
  return ruleCheck('personnel.full_term.too_late', 'fail', PERSONNEL_RULES.fullTerm, params);
}

/** Quy định 377-QĐ/TW (thời hạn sau kỷ luật) [U: 24/36/60 months]: the first day a higher post is possible again (null when the kind has no waiting period) — also for the dashboard's "ends soon". */
export function disciplineWaitingEndsOn(d: { kind: DisciplineKind; decidedOn: string }, rules: AppointmentRules): string | null {
  const months = rules.disciplineWaitingMonths[d.kind];
  return months === undefined ? null : addMonths(d.decidedOn, months);
}

/** Quy định 377-QĐ/TW (thời hạn sau kỷ luật) [U: 24/36/60 months]: fails while a waiting period runs on `on` (the one ending last is shown). */
export function checkDisciplineWaiting(
  disciplines: ReadonlyArray<{ kind: DisciplineKind; decidedOn: string }>,
  on: string,
  rules: AppointmentRules,
): RuleCheck {
  const waiting = disciplines
    .map((d) => ({ ...d, months: rules.disciplineWaitingMonths[d.kind] ?? 0, endsOn: disciplineWaitingEndsOn(d, rules) }))
    .filter((d): d is typeof d & { endsOn: string } => d.endsOn !== null && d.decidedOn <= on && on < d.endsOn)
    .sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1));
  if (waiting.length === 0)
    return ruleCheck('personnel.discipline.ok', 'pass', PERSONNEL_RULES.disciplineWaiting, {
      effectiveDate: on,
      count: disciplines.length,
    });
  const w = waiting[0]; // the one that ends last decides
  return ruleCheck('personnel.discipline.waiting', 'fail', PERSONNEL_RULES.disciplineWaiting, {
    kind: w.kind,
    decidedOn: w.decidedOn,
    months: w.months,
    endsOn: w.endsOn,
    effectiveDate: on,
  });
}

/** Quy định 377-QĐ/TW (bổ nhiệm chức vụ cao hơn): every check of an appointment proposal, in the order the file shows them. */
export function checkAppointment(
  ladder: PostLadder,
  input: AppointmentInput,
  rules: AppointmentRules,
  schedule: RetirementSchedule,
): RuleCheck[] {
  const on = input.effectiveDate;
  const checks = [checkHigherPost(ladder, input.currentPosts, input.targetPost), checkInPlan(ladder, input.plannedPosts, input.targetPost)];
  if (input.currentTenureId !== null) {
    const t = timeInPost(ladder, input.tenures, input.currentTenureId, on, rules.transferGapDays);
    const ok = t.months >= rules.minMonthsInPost;
    checks.push(
      ruleCheck(ok ? 'personnel.months_in_post.ok' : 'personnel.months_in_post', ok ? 'pass' : 'fail', PERSONNEL_RULES.monthsInPost, {
        months: t.months,
        required: rules.minMonthsInPost,
        since: t.since,
        tenures: t.chain,
      }),
    );
  }
  checks.push(checkFullTerm(input.gender, input.dateOfBirth, on, input.specialProcedure, rules, schedule));
  checks.push(checkRatings(input.ratings, on, rules.ratings));
  checks.push(checkDisciplineWaiting(input.disciplines, on, rules));
  checks.push(
    input.underInvestigation
      ? ruleCheck('personnel.investigation', 'fail', PERSONNEL_RULES.investigation, { underInvestigation: true })
      : ruleCheck('personnel.investigation.ok', 'pass', PERSONNEL_RULES.investigation, { underInvestigation: false }),
  );
  return checks;
}
