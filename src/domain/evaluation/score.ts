// The 100-point score (Quy định 366-QĐ/TW: general criteria 30 + task results 70; Nghị định
// 335/2025/NĐ-CP, Điều 14 for the results part).
//
// - General part: the sum of the sub-criteria scores, each 0..max. A score never entered is missing,
//   never 0: the part (and the total) is null and the flag 'general_incomplete' is raised.
// - Results part: one item per results criterion, by its source —
//   'tasks': the configured combination of the NĐ 335 Điều 14 percentages of task-summary.ts
//     (quantity, quality with 25% per major error, progress with 25% per delay, on converted work
//     units; cancelled tasks never count) — default 70 × (quantity + quality + progress) / 3;
//   'units_led': the NĐ 335 leader component (100% when every subordinate is at least HT, 50% when
//     any is KHT);
//   'kpi' / 'manual': entered by the appraiser, 0..max.
// - General part, source 'commitment' (Quy định 366-QĐ/TW, Điều 6; decision 0025): the criterion takes
//   its points from the assessment of the year's annual commitment (max × fulfilment %); until every
//   action is assessed it is entered by hand like any general criterion (never a silent 0).
//   A leader whose set has no 'units_led' criterion gets the units component folded into the 'tasks'
//   item with the formula's leader weights (default 0.5 own / 0.5 units); a set that has one weighs
//   the two by their maximum points instead.
// - No tasks in the period: a 'tasks' item cannot be computed → flag 'no_evidence' and the item stays
//   null until the appraiser enters it by hand (never a silent 0). Entering a value for an item the
//   tasks do compute is refused.
// - Leave (scored on time actually worked): the score is NOT multiplied by the worked ratio. The
//   caller passes the totals of the tasks due within the worked periods (exclusions.ts
//   tasksOfTimeWorked), so the percentages are over the time worked and a full score stays reachable.
import { type PersonBlocks, type SummaryTotals, emptyTotals, taskResultScores, type TaskResultScores } from '../task-summary.js';
import { DEFAULT_SCORE_SPLIT, type Level, type ResultsFormula, type RuleIssue, type ScoreSplit } from './config.js';
import { round2 } from './ratio.js';
import { RULES } from './rules.js';

export type CriterionPart = 'general' | 'results';
export type CriterionSource = 'manual' | 'tasks' | 'kpi' | 'units_led' | 'commitment';

export interface CriterionDef {
  code: string;
  part: CriterionPart;
  maxPoints: number;
  source: CriterionSource;
}

export interface CriteriaSetDef {
  generalPoints: number;
  resultsPoints: number;
  criteria: readonly CriterionDef[];
}

export type Scores = Readonly<Record<string, number | null | undefined>>;

export interface ScoreInput {
  set: CriteriaSetDef;
  formula: ResultsFormula;
  /** General sub-criteria scores by code; null when never submitted. */
  general: Scores | null;
  /** Results criteria entered by hand: 'kpi' and 'manual' ones, or 'tasks' / 'units_led' without evidence. */
  manual?: Scores | null;
  /** The person's (or collective's) task totals over the time worked; null = no task data. */
  tasks: SummaryTotals | null;
  /** Leaders only: levels of the units / people they lead (null = not rated yet). Absent = not a leader. */
  subordinateLevels?: ReadonlyArray<Level | null> | null;
  /** Years: the fulfilment of the annual commitment, 0..100 (null = not assessed yet; absent = not a year). */
  commitmentPct?: number | null;
}

export type ScoreFlag = 'no_evidence' | 'general_incomplete' | 'results_incomplete' | 'units_led_missing';
export type ItemBasis = 'entered' | 'tasks' | 'tasks_and_units' | 'units_led' | 'commitment' | 'missing';

export interface ScoredItem {
  code: string;
  part: CriterionPart;
  source: CriterionSource;
  maxPoints: number;
  points: number | null;
  basis: ItemBasis;
}

export interface ScoreResult {
  errors: RuleIssue[];
  flags: ScoreFlag[];
  items: ScoredItem[];
  generalPoints: number | null;
  resultsPoints: number | null;
  total: number | null;
  /** NĐ 335 Điều 14 percentages of the own tasks (null without tasks). */
  taskScores: TaskResultScores | null;
  /** Their weighted combination, 0..100. */
  tasksPct: number | null;
  /** Leader component, 0..100 (null when not a leader or no subordinate rated). */
  unitsPct: number | null;
  rule: string;
}

const cents = (x: number) => Math.round(x * 100);

/**
 * Quy định 366-QĐ/TW (100 = 30 + 70 for every group): the parts are the regulation's split (the
 * setting 'evaluation.score_split'; a set never chooses its own — 'generalPoints' / 'resultsPoints'),
 * they add to 100, and each part's criteria add to the part's points (error 'weights').
 */
export function validateCriteriaSet(set: CriteriaSetDef, split: ScoreSplit = DEFAULT_SCORE_SPLIT): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const rule = RULES.score;
  if (cents(set.generalPoints + set.resultsPoints) !== 10_000) {
    issues.push({
      field: 'weights',
      key: 'v.eval.weights.total',
      params: { sum: round2(set.generalPoints + set.resultsPoints), expected: 100, rule },
    });
  }
  for (const [field, part] of [
    ['generalPoints', 'general'],
    ['resultsPoints', 'results'],
  ] as const) {
    if (cents(set[field]) !== cents(split[field])) {
      issues.push({ field, key: `v.eval.split.${part}`, params: { part, value: round2(set[field]), expected: split[field], rule } });
    }
  }
  const seen = new Set<string>();
  const once = new Set<CriterionSource>();
  for (const c of set.criteria) {
    const field = `criteria.${c.code}`;
    if (seen.has(c.code)) issues.push({ field, key: 'v.eval.criterion_duplicate', params: { code: c.code, rule } });
    seen.add(c.code);
    if (!(c.maxPoints > 0)) issues.push({ field: `${field}.maxPoints`, key: 'v.eval.max_points', params: { rule } });
    if (c.part === 'general' && c.source !== 'manual' && c.source !== 'commitment') {
      issues.push({ field: `${field}.source`, key: 'v.eval.general_manual', params: { rule } });
    }
    if (c.part === 'results' && c.source === 'commitment') {
      issues.push({ field: `${field}.source`, key: 'v.eval.commitment_general', params: { rule: RULES.commitment } });
    }
    if (
      (c.part === 'results' && (c.source === 'tasks' || c.source === 'units_led')) ||
      (c.part === 'general' && c.source === 'commitment')
    ) {
      if (once.has(c.source)) issues.push({ field: `${field}.source`, key: 'v.eval.source_once', params: { source: c.source, rule } });
      once.add(c.source);
    }
  }
  for (const part of ['general', 'results'] as const) {
    const expected = part === 'general' ? set.generalPoints : set.resultsPoints;
    const sum = set.criteria.filter((c) => c.part === part).reduce((s, c) => s + c.maxPoints, 0);
    if (cents(sum) !== cents(expected)) {
      issues.push({ field: 'weights', key: `v.eval.weights.${part}`, params: { part, sum: round2(sum), expected, rule } });
    }
  }
  return issues;
}

/** Nghị định 335/2025/NĐ-CP, Điều 14: a usable formula (positive weights; the 25% deductions task-summary.ts applies in quarters). */
export function validateResultsFormula(f: ResultsFormula): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const rule = RULES.results;
  const w = f.weights;
  if ([w.quantity, w.quality, w.progress].some((x) => !(x >= 0)) || !(w.quantity + w.quality + w.progress > 0)) {
    issues.push({ field: 'formula.weights', key: 'v.eval.formula_weights', params: { rule } });
  }
  const l = f.leader;
  if (!(l.ownWeight >= 0 && l.unitsWeight >= 0 && l.ownWeight + l.unitsWeight > 0)) {
    issues.push({ field: 'formula.leader', key: 'v.eval.formula_weights', params: { rule: RULES.leaderUnits } });
  }
  for (const k of ['unitsAllAtLeastCompletedPct', 'unitsAnyNotCompletedPct'] as const) {
    if (!(l[k] >= 0 && l[k] <= 100))
      issues.push({ field: `formula.leader.${k}`, key: 'v.eval.percent', params: { rule: RULES.leaderUnits } });
  }
  // The item factors are kept in quarters by task-summary.ts and its SQL twin; another step would
  // need both changed, so a different value is refused rather than silently ignored.
  for (const k of ['deductionPerErrorPct', 'deductionPerDelayPct'] as const) {
    if (f[k] !== 25) issues.push({ field: `formula.${k}`, key: 'v.eval.deduction_fixed', params: { supported: 25, rule } });
  }
  return issues;
}

/** Nghị định 335/2025/NĐ-CP, Điều 14: one person's lead and support blocks together (every task they were assigned counts once). */
export function sumTotals(...blocks: SummaryTotals[]): SummaryTotals {
  const out = emptyTotals();
  for (const b of blocks) for (const k of Object.keys(out) as Array<keyof SummaryTotals>) out[k] += b[k];
  return out;
}

/** Nghị định 335/2025/NĐ-CP, Điều 14: the evaluation base of a person — lead and support tasks alike. */
export function personTotals(blocks: PersonBlocks | undefined): SummaryTotals {
  return blocks ? sumTotals(blocks.lead, blocks.support) : emptyTotals();
}

/** Nghị định 335/2025/NĐ-CP, Điều 14 [U: combination configurable]: Σ weight × percentage / Σ weight, null without work units. */
export function combineTaskScores(s: TaskResultScores, f: ResultsFormula): number | null {
  if (s.quantityPct === null || s.qualityPct === null || s.progressPct === null) return null;
  const w = f.weights;
  const sum = w.quantity + w.quality + w.progress;
  return (w.quantity * s.quantityPct + w.quality * s.qualityPct + w.progress * s.progressPct) / sum;
}

/** Nghị định 335/2025/NĐ-CP, Điều 14 (leaders): 100% if every rated subordinate is at least HT, 50% if any is KHT; null if none rated. */
export function leaderUnitsPct(levels: ReadonlyArray<Level | null>, f: ResultsFormula): number | null {
  const rated = levels.filter((l): l is Level => l !== null);
  if (rated.length === 0) return null;
  return rated.includes('not_completed') ? f.leader.unitsAnyNotCompletedPct : f.leader.unitsAllAtLeastCompletedPct;
}

function enteredValue(code: string, field: string, max: number, value: number | null | undefined, errors: RuleIssue[]): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    errors.push({ field, key: 'v.eval.score_range', params: { code, min: 0, max, rule: RULES.score } });
    return null;
  }
  return round2(value);
}

/** Quy định 366-QĐ/TW (30 + 70) and Nghị định 335/2025/NĐ-CP, Điều 14: the 100-point score with its items, errors and flags. */
export function computeScore(input: ScoreInput): ScoreResult {
  const { set, formula } = input;
  const errors: RuleIssue[] = [];
  const flags = new Set<ScoreFlag>();
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  for (const [map, part] of [
    [input.general, 'general'],
    [input.manual, 'results'],
  ] as const) {
    for (const code of Object.keys(map ?? {})) {
      if (byCode.get(code)?.part !== part) {
        errors.push({ field: `${part}.${code}`, key: 'v.eval.unknown_criterion', params: { code, rule: RULES.score } });
      }
    }
  }

  const taskScores = input.tasks && input.tasks.wuAssigned > 0 ? taskResultScores(input.tasks) : null;
  const tasksPct = taskScores ? combineTaskScores(taskScores, formula) : null;
  const isLeader = input.subordinateLevels !== undefined && input.subordinateLevels !== null;
  const unitsPct = isLeader ? leaderUnitsPct(input.subordinateLevels!, formula) : null;
  const hasUnitsItem = set.criteria.some((c) => c.part === 'results' && c.source === 'units_led');
  if (isLeader && unitsPct === null) flags.add('units_led_missing');

  const items: ScoredItem[] = set.criteria.map((c) => {
    const base = { code: c.code, part: c.part, source: c.source, maxPoints: c.maxPoints };
    if (c.part === 'general' && c.source === 'commitment' && input.commitmentPct !== undefined && input.commitmentPct !== null) {
      if (input.general?.[c.code] !== null && input.general?.[c.code] !== undefined) {
        errors.push({ field: `general.${c.code}`, key: 'v.eval.computed_commitment', params: { code: c.code, rule: RULES.commitment } });
      }
      return { ...base, points: round2((input.commitmentPct / 100) * c.maxPoints), basis: 'commitment' };
    }
    if (c.part === 'general') {
      const points = enteredValue(c.code, `general.${c.code}`, c.maxPoints, input.general?.[c.code], errors);
      return { ...base, points, basis: points === null ? 'missing' : 'entered' };
    }
    const field = `results.${c.code}`;
    const entered = input.manual?.[c.code];
    let computed: { pct: number; basis: ItemBasis } | null = null;
    if (c.source === 'tasks' && tasksPct !== null) {
      const l = formula.leader;
      computed =
        isLeader && !hasUnitsItem && unitsPct !== null
          ? { pct: (l.ownWeight * tasksPct + l.unitsWeight * unitsPct) / (l.ownWeight + l.unitsWeight), basis: 'tasks_and_units' }
          : { pct: tasksPct, basis: 'tasks' };
    } else if (c.source === 'units_led' && unitsPct !== null) {
      computed = { pct: unitsPct, basis: 'units_led' };
    }
    if (c.source === 'tasks' && tasksPct === null) flags.add('no_evidence');
    if (computed) {
      if (entered !== null && entered !== undefined) {
        errors.push({ field, key: 'v.eval.computed', params: { code: c.code, rule: RULES.results } });
      }
      return { ...base, points: round2((computed.pct / 100) * c.maxPoints), basis: computed.basis };
    }
    const points = enteredValue(c.code, field, c.maxPoints, entered, errors);
    return { ...base, points, basis: points === null ? 'missing' : 'entered' };
  });

  const partSum = (part: CriterionPart): number | null => {
    const own = items.filter((i) => i.part === part);
    if (own.some((i) => i.points === null)) {
      flags.add(part === 'general' ? 'general_incomplete' : 'results_incomplete');
      return null;
    }
    return round2(own.reduce((s, i) => s + i.points!, 0));
  };
  const generalPoints = partSum('general');
  const resultsPoints = partSum('results');
  const total = errors.length === 0 && generalPoints !== null && resultsPoints !== null ? round2(generalPoints + resultsPoints) : null;
  return {
    errors,
    flags: [...flags],
    items,
    generalPoints,
    resultsPoints,
    total,
    taskScores,
    tasksPct: tasksPct === null ? null : round2(tasksPct),
    unitsPct,
    rule: RULES.score,
  };
}
