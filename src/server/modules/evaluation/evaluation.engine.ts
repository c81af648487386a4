// The domain rules applied to one evaluation from its stored inputs: the 100-point score
// (computeScore), the year from the periodic scores (yearFromQuarters), the level with its gates
// (classify). Used by the bulk computation (period open / close) and by each step, so an
// evaluation is always scored the same way. No SQL here except loading the rules in force.
import type { Kysely } from 'kysely';
import {
  type BasicTargetRules,
  type Classification,
  type ClassificationRules,
  type CriterionDef,
  EVALUATION_FIDELITY_SETTING_KEYS,
  type ExclusionRules,
  EVALUATION_SETTING_KEYS,
  type Level,
  type QuotaRules,
  type ResultsFormula,
  type ScoreResult,
  type Scores,
  classify,
  computeScore,
  resolveResultsFormula,
  yearFromQuarters,
} from '../../../domain/evaluation/index.js';
import { emptyTotals, type Period, type SummaryTotals } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { getSetting } from '../settings/index.js';
import type { CriterionRow, SetRow } from './evaluation.bulk.queries.js';

export interface EvalRules {
  classification: ClassificationRules;
  exclusions: ExclusionRules;
  quota: QuotaRules;
  formula: ResultsFormula;
}

/** The 'evaluation.*' regulation settings in force on `on` (the period's end); the basic targets travel with the classification. */
export async function loadRules(db: Kysely<DB>, on: string): Promise<EvalRules> {
  const [classification, exclusions, quota, formula, basicTargets] = await Promise.all([
    getSetting<ClassificationRules>(db, EVALUATION_SETTING_KEYS.classification, on),
    getSetting<ExclusionRules>(db, EVALUATION_SETTING_KEYS.exclusions, on),
    getSetting<QuotaRules>(db, EVALUATION_SETTING_KEYS.quota, on),
    getSetting<ResultsFormula>(db, EVALUATION_SETTING_KEYS.resultsFormula, on),
    getSetting<BasicTargetRules>(db, EVALUATION_FIDELITY_SETTING_KEYS.basicTargets, on),
  ]);
  return { classification: { ...classification, basicTargets }, exclusions, quota, formula };
}

export interface LoadedCriterion extends CriterionDef {
  title: string;
  ordinal: number;
}
export interface LoadedSet {
  id: string;
  name: string;
  versionNo: number;
  appendix: string;
  generalPoints: number;
  resultsPoints: number;
  criteria: LoadedCriterion[];
  formula: ResultsFormula;
}

export function buildSets(rows: { sets: SetRow[]; criteria: CriterionRow[] }, base: ResultsFormula): Map<string, LoadedSet> {
  const out = new Map<string, LoadedSet>();
  for (const s of rows.sets) {
    out.set(s.id, {
      id: s.id,
      name: s.name,
      versionNo: s.version_no,
      appendix: s.appendix,
      generalPoints: Number(s.general_points),
      resultsPoints: Number(s.results_points),
      criteria: [],
      formula: resolveResultsFormula(base, s.results_config),
    });
  }
  for (const c of rows.criteria) {
    out.get(c.set_id)?.criteria.push({
      code: c.code,
      part: c.part,
      maxPoints: Number(c.max_points),
      source: c.source,
      title: c.title,
      ordinal: c.ordinal,
    });
  }
  return out;
}

/** What an evaluation was computed from (evaluation.inputs): enough to recompute its score and gates. */
export interface StoredInputs {
  subject: 'person' | 'collective';
  isLeader: boolean;
  /** The day the task numbers were taken. */
  asOf: string;
  /** When these facts were computed (ISO time; absent on rows computed before it was recorded). */
  computedAt?: string;
  /** The tasks the results part is scored on: the period, or the Q4 part of a year. */
  window: Period;
  /** The evaluated period: triggers dated in it count, and its tasks are the base of the gates. */
  gateWindow: Period;
  /** Leave (Hướng dẫn 43-HD/BTCTW): the periods actually worked; null = the whole period. */
  worked: Period[] | null;
  /** Totals of the score window; null = no task assigned. */
  tasks: SummaryTotals | null;
  /** Year: totals of the whole year for the gates (absent = the same as tasks). */
  gateTasks?: SummaryTotals | null;
  triggers: {
    disciplines: Array<{ kind: string; decidedOn: string }>;
    degradations: Array<{ concludedOn: string }>;
    confidenceVote: { totalVotes: number; lowVotes: number; votedOn: string } | null;
    shortcomings: { total: number; fixed: number };
    /** Collectives: directly subordinate units and leadership members disciplined in the period (the HTXS gate counts both). */
    disciplinedMembers?: number;
    disciplinedUnits?: number;
    disciplinedLeaders?: number;
    /** Leaders: corruption, waste or negative conduct concluded in the period in a unit they lead. */
    corruptionInScope?: boolean;
    /** Leaders, year only: the basic socio-economic targets of the units they lead; null = not assessed (not a year). */
    basicTargets?: Array<{ unitId: string; code: string; progressPct: number | null }> | null;
  };
  /** Leaders: the collectives they head in the period, with their level and task counts. */
  units?: Array<{ evaluationId: string; unitId: string; level: Level | null; assigned: number; done: number }>;
  /** Year: the decided scores of Q1–Q3 (null = not rated), averaged with the Q4 part. */
  quarters?: Array<number | null>;
  /** The appraiser went on without a submitted self-assessment (recorded, never counted as 0). */
  selfMissing?: boolean;
  /** Year, persons: the fulfilment of the annual commitment, 0..100 (null = approved but not fully assessed; absent = none approved). Quy định 366-QĐ/TW, Điều 6. */
  commitmentPct?: number | null;
}

export interface StoredGateReport {
  score: number | null;
  level: Level | null;
  bandLevel: Level | null;
  gateLevel: Level;
  noEvidence: boolean;
  reasons: Array<{ level: Level; condition: string; actual: number | null; required: number; rule: string }>;
  /** Set by the bulk computation: the digest of what it wrote (see evaluation.compute.ts). */
  digest?: string;
}

export interface Scored {
  result: ScoreResult;
  /** The 100-point total; for a year, the average of the periodic scores with the Q4 part. */
  total: number | null;
  /** The Q4 part's own total (years only). */
  partTotal: number | null;
}

const unitsTotals = (u: { assigned: number; done: number }): SummaryTotals => ({ ...emptyTotals(), assigned: u.assigned, done: u.done });

/** Quy định 366-QĐ/TW (30 + 70), Nghị định 335/2025/NĐ-CP Điều 14; years: yearFromQuarters over Q1–Q3 and the Q4 part. */
export function scoreFor(set: LoadedSet, inputs: StoredInputs, general: Scores | null, kpis: Scores | null): Scored {
  const result = computeScore({
    set,
    formula: set.formula,
    general,
    manual: kpis,
    tasks: inputs.tasks,
    subordinateLevels: inputs.isLeader ? (inputs.units ?? []).map((u) => u.level) : undefined,
    commitmentPct: inputs.commitmentPct,
  });
  if (!inputs.quarters) return { result, total: result.total, partTotal: null };
  // The year needs its Q4 part: before the general part is scored there is no year score yet.
  const total = result.total === null ? null : yearFromQuarters([...inputs.quarters, result.total]).score;
  return { result, total, partTotal: result.total };
}

/** Quy định 366-QĐ/TW, Điều 11: the level for `score` with every condition and trigger. */
export function classifyFor(inputs: StoredInputs, score: number | null, rules: ClassificationRules): Classification {
  const t = inputs.triggers;
  return classify(
    {
      score,
      subject: inputs.subject,
      isLeader: inputs.isLeader,
      tasks: inputs.gateTasks === undefined ? inputs.tasks : inputs.gateTasks,
      window: inputs.gateWindow,
      shortcomings: t.shortcomings,
      disciplines: t.disciplines,
      degradations: t.degradations,
      disciplinedMembers: t.disciplinedMembers,
      confidenceVote: t.confidenceVote,
      corruptionInScope: t.corruptionInScope,
      basicTargets: t.basicTargets ?? null,
      unitsLed: inputs.isLeader ? (inputs.units ?? []).map((u) => ({ tasks: unitsTotals(u), level: u.level })) : undefined,
    },
    rules,
  );
}

export function gateReportOf(c: Classification, score: number | null): StoredGateReport {
  return {
    score,
    level: c.level,
    bandLevel: c.bandLevel,
    gateLevel: c.gateLevel,
    noEvidence: c.noEvidence,
    reasons: c.reasons.map((r) => ({
      level: r.level,
      condition: r.condition,
      actual: (r.params.actual ?? null) as number | null,
      required: r.params.required as number,
      rule: r.rule,
    })),
  };
}

export interface StepScores {
  general: Scores | null;
  kpis: Scores | null;
}

/** The best score the steps so far allow: the appraisal's items, else the submitted self-assessment's. */
export function bestItems(row: {
  self_general: unknown;
  self_kpis: unknown;
  self_submitted: boolean;
  appraisal_general: unknown;
  appraisal_kpis: unknown;
}): StepScores {
  if (row.appraisal_general) return { general: row.appraisal_general as Scores, kpis: (row.appraisal_kpis ?? null) as Scores | null };
  if (row.self_submitted && row.self_general)
    return { general: row.self_general as Scores, kpis: (row.self_kpis ?? null) as Scores | null };
  return { general: null, kpis: null };
}

/** Score, proposed level and gate report of one evaluation from its inputs and step items. */
export function evaluate(set: LoadedSet, inputs: StoredInputs, items: StepScores, rules: EvalRules) {
  const scored = scoreFor(set, inputs, items.general, items.kpis);
  const c = classifyFor(inputs, scored.total, rules.classification);
  return {
    scored,
    classification: c,
    resultsScore: scored.result.resultsPoints,
    proposedLevel: c.level,
    gateReport: gateReportOf(c, scored.total),
  };
}

const RANK: Record<Level, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };
export const levelRank = (l: Level) => RANK[l];

/** What a decision records: the facts it was taken on (Quy định 366-QĐ/TW: the competent level decides on the evidence before it). */
export interface DecisionFacts {
  inputs: StoredInputs;
  gateReport: StoredGateReport;
  proposedLevel: Level | null;
}

/** The facts of an evaluation without the time they were taken: equal keys mean the same evidence. */
export function factsKey(i: StoredInputs | null | undefined): string {
  if (!i) return '';
  return JSON.stringify([i.tasks, i.gateTasks ?? null, i.triggers, i.units ?? null, i.quarters ?? null, i.worked]);
}
