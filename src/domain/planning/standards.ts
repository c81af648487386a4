// The standards of a planned post (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the required
// qualification, political-theory (and, where set, state-management) level. Target 1 must already meet
// them; target 2 may meet them later through a recorded training plan.
//
// Choices: levels are codes on ordered scales (settings.standards.scales, lowest first); the people module
// maps its fields to these codes. A training plan counts when it reaches the required level and, with
// `trainingDueByReferenceMonth`, ends before the reference month begins (the person must meet the standard
// when the term starts); such a candidate passes with a warning so the plan is shown and followed up.
// Unknown codes are errors (RangeError): the caller validates input against the same scales.
import { PLANNING_RULES } from './citations.js';
import type { TargetLevel } from './ladder.js';
import { firstDayOfMonth } from './months.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningStandardsRules } from './settings.js';

export interface TrainingPlanEntry {
  dimension: string;
  level: string;
  /** Expected end of the course, 'YYYY-MM-DD'. */
  expectedBy: string;
}

export interface StandardsInput {
  /** Required level per dimension, e.g. { qualification: 'bachelor', political_theory: 'advanced' }. */
  required: Readonly<Record<string, string>>;
  /** The person's level per dimension (null or missing = none). */
  held: Readonly<Record<string, string | null | undefined>>;
  training: readonly TrainingPlanEntry[];
  targetLevel: TargetLevel;
  referenceMonth: string;
}

function position(rules: PlanningStandardsRules, dimension: string, level: string): number {
  const scale = rules.scales[dimension];
  if (!scale) throw new RangeError(`Unknown standards dimension: ${JSON.stringify(dimension)}`);
  const i = scale.indexOf(level);
  if (i < 0) throw new RangeError(`Unknown ${dimension} level: ${JSON.stringify(level)}`);
  return i;
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (tiêu chuẩn chức danh): one check per required dimension — met, or (target 2 only) planned through training. */
export function checkStandards(input: StandardsInput, rules: PlanningStandardsRules): RuleCheck[] {
  const refStart = firstDayOfMonth(input.referenceMonth);
  return Object.entries(input.required).map(([dimension, required]) => {
    const need = position(rules, dimension, required);
    const heldLevel = input.held[dimension] ?? null;
    const params = { dimension, required, held: heldLevel, targetLevel: input.targetLevel, referenceMonth: input.referenceMonth };
    if (heldLevel !== null && position(rules, dimension, heldLevel) >= need) {
      return ruleCheck('planning.standard.ok', 'pass', PLANNING_RULES.standards, params);
    }
    if (input.targetLevel === 1) return ruleCheck('planning.standard.not_met', 'fail', PLANNING_RULES.standards, params);
    const plans = input.training.filter((t) => t.dimension === dimension && position(rules, dimension, t.level) >= need);
    if (plans.length === 0) return ruleCheck('planning.standard.no_training', 'fail', PLANNING_RULES.standards, params);
    const earliest = plans.map((t) => t.expectedBy).sort()[0];
    const inTime = !rules.trainingDueByReferenceMonth || earliest < refStart;
    return ruleCheck(
      inTime ? 'planning.standard.training_planned' : 'planning.standard.training_late',
      inTime ? 'warn' : 'fail',
      PLANNING_RULES.standards,
      { ...params, expectedBy: earliest },
    );
  });
}
