// The yearly review of a plan and the immediate removal on discipline (Quy định 377-QĐ/TW; Hướng dẫn
// 45-HD/BTCTW): who no longer meets the rules — age passed, rating dropped, disciplined, moved away.
//
// Choices: a discipline of a configured kind decided on or after the day the person entered the plan
// removes them at once (`immediate`), whatever the review date; the other reasons wait for the yearly
// review. The review of year Y (held in Q1 of Y) reads the ratings of the years before Y: the last year
// (Y−1) below `minYearLevel` removes; `consecutiveLow.years` years running at or below its level remove;
// a missing rating for Y−1 warns (it may not be decided yet). The age is re-checked at the term's
// reference month with the candidate's target. Moving away = the caller's date the person left the
// plan's unit (and its subtree), on or before the review date.
import type { DisciplineKind, Level } from '../evaluation/config.js';
import type { Gender, RetirementSchedule } from '../retirement.js';
import { checkPlanningAge } from './age.js';
import { PLANNING_RULES } from './citations.js';
import type { TargetLevel } from './ladder.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningAgeRules, PlanningReviewRules } from './settings.js';

const RANK: Record<Level, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

export interface ReviewCandidate {
  gender: Gender;
  dateOfBirth: string;
  targetLevel: TargetLevel;
  referenceMonth: string;
  /** The day the person entered the plan (approval of the plan or of the top-up). */
  plannedOn: string;
  ratings: ReadonlyArray<{ year: number; level: Level | null }>;
  disciplines: ReadonlyArray<{ kind: DisciplineKind; decidedOn: string }>;
  /** The day the person left the plan's unit, or null. */
  movedAwayOn: string | null;
}

/** Quy định 377-QĐ/TW (cán bộ bị kỷ luật đưa ra khỏi quy hoạch ngay): the check the conduct module runs when it records a discipline. */
export function checkDisciplineRemoval(
  discipline: { kind: DisciplineKind; decidedOn: string },
  plannedOn: string,
  rules: PlanningReviewRules,
): RuleCheck {
  const removes = rules.immediateRemovalKinds.includes(discipline.kind) && discipline.decidedOn >= plannedOn;
  const params = { kind: discipline.kind, decidedOn: discipline.decidedOn, plannedOn };
  return ruleCheck(
    removes ? 'planning.review.disciplined' : 'planning.review.discipline_ok',
    removes ? 'fail' : 'pass',
    PLANNING_RULES.disciplineRemoval,
    params,
  );
}

export interface ReviewResult {
  /** The candidate no longer meets the rules and leaves the plan. */
  remove: boolean;
  /** Removed at once (discipline), not at the yearly review. */
  immediate: boolean;
  /** Every reason, failed or warned; passes are left out so the list reads as the review's findings. */
  findings: RuleCheck[];
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (rà soát hằng năm): the findings of the review of `reviewYear`, held on `reviewDate`, for one candidate. */
export function reviewCandidate(
  c: ReviewCandidate,
  reviewYear: number,
  reviewDate: string,
  rules: { review: PlanningReviewRules; age: PlanningAgeRules },
  schedule: RetirementSchedule,
): ReviewResult {
  const findings: RuleCheck[] = [];
  let immediate = false;
  for (const d of c.disciplines) {
    const r = checkDisciplineRemoval(d, c.plannedOn, rules.review);
    if (r.outcome === 'fail') {
      findings.push(r);
      immediate = true;
    }
  }
  const age = checkPlanningAge(
    { gender: c.gender, dateOfBirth: c.dateOfBirth, targetLevel: c.targetLevel, referenceMonth: c.referenceMonth },
    rules.age,
    schedule,
  );
  if (age.outcome === 'fail') findings.push(ruleCheck('planning.review.age_passed', 'fail', PLANNING_RULES.review, age.params));

  const byYear = new Map(c.ratings.map((r) => [r.year, r.level]));
  const last = byYear.get(reviewYear - 1) ?? null;
  if (last === null) {
    findings.push(ruleCheck('planning.review.rating_missing', 'warn', PLANNING_RULES.review, { year: reviewYear - 1 }));
  } else if (RANK[last] < RANK[rules.review.minYearLevel]) {
    findings.push(
      ruleCheck('planning.review.rating_below', 'fail', PLANNING_RULES.review, {
        year: reviewYear - 1,
        level: last,
        minLevel: rules.review.minYearLevel,
      }),
    );
  }
  const run = rules.review.consecutiveLow;
  if (run && run.years > 0) {
    const years = Array.from({ length: run.years }, (_, i) => reviewYear - 1 - i);
    const low = years.every((y) => {
      const l = byYear.get(y);
      return l !== undefined && l !== null && RANK[l] <= RANK[run.level];
    });
    if (low)
      findings.push(
        ruleCheck('planning.review.rating_low_run', 'fail', PLANNING_RULES.review, {
          count: run.years,
          level: run.level,
          fromYear: years[years.length - 1],
          toYear: years[0],
        }),
      );
  }
  if (c.movedAwayOn !== null && c.movedAwayOn <= reviewDate) {
    findings.push(ruleCheck('planning.review.moved_away', 'fail', PLANNING_RULES.review, { movedAwayOn: c.movedAwayOn }));
  }
  return { remove: findings.some((f) => f.outcome === 'fail'), immediate, findings };
}
