// Rotation (luân chuyển) of cadres (Quy định 65-QĐ/TW): at least 10 years of working time left; each
// rotation lasts at least 36 months; usually to an equivalent post; no post created for it; the person in
// a plan; the ratings shown.
//
// Choices: working time is counted from the start date to the end of the retirement date; the duration
// from the start date to the end of the planned last day (01/07/2026–30/06/2029 is 36 months). A higher
// post warns and a lower one fails by default (settings); when the ladder cannot compare the posts it
// warns, so the competent level judges.
import type { Level } from '../evaluation/config.js';
import { compareRank, type PostLadder } from '../planning/ladder.js';
import { monthsThrough } from '../planning/months.js';
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { type Gender, retirementDate, type RetirementSchedule } from '../retirement.js';
import { PERSONNEL_RULES } from './citations.js';
import { checkRatings } from './ratings.js';
import type { AppointmentRules, RotationRules } from './settings.js';

export interface RotationInput {
  currentPosts: readonly string[];
  targetPost: string;
  gender: Gender;
  dateOfBirth: string;
  startDate: string;
  /** Planned last day of the rotation (inclusive). */
  plannedEndDate: string;
  /** The person is a candidate in an approved plan. */
  inPlan: boolean;
  /** The receiving post was created for this rotation. */
  postCreatedForRotation: boolean;
  ratings: ReadonlyArray<{ year: number; level: Level | null }>;
}

/** Quy định 65-QĐ/TW (luân chuyển giữ chức vụ tương đương): the target against the highest comparable post held. */
export function checkRotationPost(ladder: PostLadder, currentPosts: readonly string[], target: string, rules: RotationRules): RuleCheck {
  const cmp = currentPosts.map((c) => ({ c, r: compareRank(ladder, target, c) })).filter((x) => x.r !== null);
  if (cmp.length === 0)
    return ruleCheck('personnel.rotation.post_not_comparable', 'warn', PERSONNEL_RULES.rotation, { target, current: [...currentPosts] });
  // The highest post held is the one the target is measured against: the one the target is least above.
  const ref = cmp.reduce((a, b) => ((b.r as number) > (a.r as number) ? b : a));
  const params = { target, current: ref.c };
  if (ref.r === 0) return ruleCheck('personnel.rotation.post_equivalent', 'pass', PERSONNEL_RULES.rotation, params);
  if (ref.r === -1) return ruleCheck('personnel.rotation.post_higher', rules.higherPost, PERSONNEL_RULES.rotation, params);
  return ruleCheck('personnel.rotation.post_lower', rules.lowerPost, PERSONNEL_RULES.rotation, params);
}

/** Quy định 65-QĐ/TW (thời gian luân chuyển ít nhất 36 tháng): months served on `on` and whether ending then would fall short of the minimum (the dashboard's rotations ending soon). */
export function rotationServed(startDate: string, on: string, rules: RotationRules): { months: number; belowMinimum: boolean } {
  const months = Math.max(0, monthsThrough(startDate, on));
  return { months, belowMinimum: months < rules.minDurationMonths };
}

/** Quy định 65-QĐ/TW (luân chuyển): every check of a rotation proposal. */
export function checkRotation(
  ladder: PostLadder,
  input: RotationInput,
  rules: RotationRules,
  ratingRules: AppointmentRules['ratings'],
  schedule: RetirementSchedule,
): RuleCheck[] {
  const retires = retirementDate(input.gender, input.dateOfBirth, schedule);
  const left = monthsThrough(input.startDate, retires);
  const leftOk = left >= rules.minWorkingMonthsLeft;
  const duration = monthsThrough(input.startDate, input.plannedEndDate);
  const durOk = duration >= rules.minDurationMonths;
  return [
    ruleCheck(
      leftOk ? 'personnel.rotation.working_time.ok' : 'personnel.rotation.working_time',
      leftOk ? 'pass' : 'fail',
      PERSONNEL_RULES.rotation,
      {
        monthsLeft: left,
        required: rules.minWorkingMonthsLeft,
        retirementDate: retires,
        startDate: input.startDate,
      },
    ),
    ruleCheck(durOk ? 'personnel.rotation.duration.ok' : 'personnel.rotation.duration', durOk ? 'pass' : 'fail', PERSONNEL_RULES.rotation, {
      months: duration,
      required: rules.minDurationMonths,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
    }),
    checkRotationPost(ladder, input.currentPosts, input.targetPost, rules),
    input.inPlan
      ? ruleCheck('personnel.rotation.in_plan', 'pass', PERSONNEL_RULES.rotation, { inPlan: true })
      : ruleCheck('personnel.rotation.not_in_plan', 'fail', PERSONNEL_RULES.rotation, { inPlan: false }),
    input.postCreatedForRotation
      ? ruleCheck('personnel.rotation.post_created', 'fail', PERSONNEL_RULES.rotation, { postCreatedForRotation: true })
      : ruleCheck('personnel.rotation.post_existing', 'pass', PERSONNEL_RULES.rotation, { postCreatedForRotation: false }),
    checkRatings(input.ratings, input.startDate, { ...ratingRules, minLevel: null }),
  ];
}
