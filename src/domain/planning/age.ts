// The age rule of planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): a candidate needs enough months
// of work before retirement at the term's reference month — target 1 ≥ 60, target 2 ≥ 120 — with the
// retirement age of Nghị định 135/2020/NĐ-CP (../retirement.ts, never re-derived here).
//
// Counting: retirement takes effect at the end of the last day of the month the person reaches the
// age (NĐ 135, Điều 7), so that month is worked in full; months are counted from the first day of the
// reference month to the end of the retirement date. A man retiring on 30/06/2035 has exactly 60 months
// at 07/2030 (07/2030 … 06/2035).
import { type Gender, retirementDate, type RetirementSchedule } from '../retirement.js';
import { PLANNING_RULES } from './citations.js';
import type { TargetLevel } from './ladder.js';
import { firstDayOfMonth, isCivilMonth, monthsThrough } from './months.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningAgeRules, ReferenceLevel } from './settings.js';

/** Hướng dẫn 45-HD/BTCTW (thời điểm tính tuổi quy hoạch): the configured reference month of a term at a level, or null when none is configured. */
export function referenceMonthFor(rules: PlanningAgeRules, termId: string, level: ReferenceLevel): string | null {
  const month = rules.referenceMonths[termId]?.[level];
  if (month === undefined) return null;
  if (!isCivilMonth(month)) throw new RangeError(`Reference month of ${termId}/${level} is not YYYY-MM: ${JSON.stringify(month)}`);
  return month;
}

/** Nghị định 135/2020/NĐ-CP, Điều 7; Hướng dẫn 45-HD/BTCTW: whole months of work from the start of `referenceMonth` to retirement (negative once retired). */
export function monthsLeftAt(gender: Gender, dateOfBirth: string, referenceMonth: string, schedule: RetirementSchedule): number {
  return monthsThrough(firstDayOfMonth(referenceMonth), retirementDate(gender, dateOfBirth, schedule));
}

export interface PlanningAgeInput {
  gender: Gender;
  dateOfBirth: string;
  targetLevel: TargetLevel;
  referenceMonth: string;
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW: target 1 needs ≥ 60 months before retirement at the reference month, target 2 ≥ 120. */
export function checkPlanningAge(input: PlanningAgeInput, rules: PlanningAgeRules, schedule: RetirementSchedule): RuleCheck {
  const required = rules.minMonthsLeft[input.targetLevel];
  if (required === undefined) throw new RangeError(`Unknown target level: ${input.targetLevel}`);
  const monthsLeft = monthsLeftAt(input.gender, input.dateOfBirth, input.referenceMonth, schedule);
  const params = {
    targetLevel: input.targetLevel,
    referenceMonth: input.referenceMonth,
    required,
    monthsLeft,
    retirementDate: retirementDate(input.gender, input.dateOfBirth, schedule),
  };
  const ok = monthsLeft >= required;
  return ruleCheck(ok ? 'planning.age.ok' : 'planning.age.months_left', ok ? 'pass' : 'fail', PLANNING_RULES.age, params);
}
