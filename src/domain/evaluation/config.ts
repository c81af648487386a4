// The numbers of evaluation and classification are configuration (regulation_setting rows seeded by
// migration 2026112220_evaluation.ts). These types mirror that JSON exactly, and the defaults are
// equal to the seeded values (config.test.ts checks it against the migration), so tests and callers
// without a database share one source. Never read a number below from anywhere but these objects.

/** The four levels (GLOSSARY: HTXS / HTT / HT / KHT), best first. */
export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';
export const LEVELS: readonly Level[] = ['excellent', 'good', 'completed', 'not_completed'];

export type DisciplineKind = 'reprimand' | 'warning' | 'removal' | 'expulsion';

/** Setting 'evaluation.classification': bands and gates (Quy định 366-QĐ/TW, Điều 11; Nghị định 335/2025/NĐ-CP). */
export interface ClassificationRules {
  bands: { excellent: number; good: number; completed: number };
  excellent: { onTimeWithQualityPct: number; exceededPct: number; shortcomingsFixedPct: number };
  good: { onTimeWithQualityPct: number };
  completed: { donePct: number; maxLatePct: number };
  notCompleted: {
    disciplineKinds: string[];
    maxNotDonePct: number;
    leaderMinUnitsCompletionPct: number;
    leaderMaxUnitsNotCompletedPct: number;
    leaderMaxLowConfidencePct: number;
  };
  /** The setting 'evaluation.basic_targets' in force, attached by the caller (DEFAULT_BASIC_TARGETS when absent). */
  basicTargets?: BasicTargetRules;
}

/** Setting 'evaluation.quota': HTXS ≤ pct of the number rated HTT (Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP). */
export interface QuotaRules {
  excellentOfGoodPct: number;
  exceptionPct: number;
}

/** Setting 'evaluation.results_formula' (also the shape of criteria_set.results_config): Nghị định 335/2025/NĐ-CP, Điều 14. */
export interface ResultsFormula {
  weights: { quantity: number; quality: number; progress: number };
  deductionPerErrorPct: number;
  deductionPerDelayPct: number;
  leader: {
    ownWeight: number;
    unitsWeight: number;
    unitsAllAtLeastCompletedPct: number;
    unitsAnyNotCompletedPct: number;
  };
}

/** Setting 'evaluation.exclusions' (Quy định 366-QĐ/TW: members admitted less than 6 months before are not classified). */
export interface ExclusionRules {
  minMembershipMonths: number;
}

/** Setting 'evaluation.commendation': years of HTXS running for each certificate (Quy định 366-QĐ/TW). */
export interface CommendationRules {
  grassrootsYears: number;
  provinceYears: number;
}

/** Defaults equal to the seeded 'evaluation.classification' JSON. */
export const DEFAULT_CLASSIFICATION_RULES: ClassificationRules = {
  bands: { excellent: 90, good: 70, completed: 50 },
  excellent: { onTimeWithQualityPct: 100, exceededPct: 30, shortcomingsFixedPct: 100 },
  good: { onTimeWithQualityPct: 100 },
  completed: { donePct: 100, maxLatePct: 20 },
  notCompleted: {
    disciplineKinds: ['reprimand', 'warning', 'removal', 'expulsion'],
    maxNotDonePct: 50,
    leaderMinUnitsCompletionPct: 70,
    leaderMaxUnitsNotCompletedPct: 50,
    leaderMaxLowConfidencePct: 50,
  },
};

/** Defaults equal to the seeded 'evaluation.quota' JSON. */
export const DEFAULT_QUOTA_RULES: QuotaRules = { excellentOfGoodPct: 20, exceptionPct: 25 };

/** Defaults equal to the seeded 'evaluation.results_formula' JSON. */
export const DEFAULT_RESULTS_FORMULA: ResultsFormula = {
  weights: { quantity: 1, quality: 1, progress: 1 },
  deductionPerErrorPct: 25,
  deductionPerDelayPct: 25,
  leader: { ownWeight: 0.5, unitsWeight: 0.5, unitsAllAtLeastCompletedPct: 100, unitsAnyNotCompletedPct: 50 },
};

/** Defaults equal to the seeded 'evaluation.exclusions' JSON. */
export const DEFAULT_EXCLUSION_RULES: ExclusionRules = { minMembershipMonths: 6 };

/** Defaults equal to the seeded 'evaluation.commendation' JSON. */
export const DEFAULT_COMMENDATION_RULES: CommendationRules = { grassrootsYears: 1, provinceYears: 5 };

/** Setting 'evaluation.score_split' (Quy định 366-QĐ/TW: 100 = general criteria 30 + task results 70, for every group). */
export interface ScoreSplit {
  generalPoints: number;
  resultsPoints: number;
}

/** Defaults equal to the seeded 'evaluation.score_split' JSON (migration 2026120705). */
export const DEFAULT_SCORE_SPLIT: ScoreSplit = { generalPoints: 30, resultsPoints: 70 };

/**
 * Setting 'evaluation.basic_targets' (Quy định 366-QĐ/TW, Điều 11: a leader's unit missing the basic
 * socio-economic targets assigned to it): the unit indicators (by code) that are basic targets, the
 * progress that meets one, and how many may be missed before the leaders' KHT trigger fires [U].
 */
export interface BasicTargetRules {
  codes: string[];
  minProgressPct: number;
  maxMissed: number;
}

/** Defaults equal to the seeded 'evaluation.basic_targets' JSON (migration 2026120705). */
export const DEFAULT_BASIC_TARGETS: BasicTargetRules = {
  codes: ['growth', 'budget_revenue', 'public_investment_disbursement', 'per_capita_income', 'poverty_reduction'],
  minProgressPct: 100,
  maxMissed: 0,
};

/** The settings added by migration 2026120705 (kept apart from EVALUATION_SETTING_KEYS, whose order config.test.ts reads). */
export const EVALUATION_FIDELITY_SETTING_KEYS = {
  scoreSplit: 'evaluation.score_split',
  basicTargets: 'evaluation.basic_targets',
} as const;

/** The regulation setting keys, for callers that load the objects above with getSetting. */
export const EVALUATION_SETTING_KEYS = {
  classification: 'evaluation.classification',
  quota: 'evaluation.quota',
  resultsFormula: 'evaluation.results_formula',
  exclusions: 'evaluation.exclusions',
  commendation: 'evaluation.commendation',
} as const;

/**
 * Nghị định 335/2025/NĐ-CP, Điều 14 (combination configurable per criteria set): the set's results_config
 * over the global formula. Missing keys fall back to the base, so a set may store only what it changes.
 */
export function resolveResultsFormula(base: ResultsFormula, override?: unknown): ResultsFormula {
  if (typeof override !== 'object' || override === null) return base;
  const o = override as Partial<Record<keyof ResultsFormula, unknown>>;
  const pick = <T extends object>(b: T, v: unknown): T => {
    if (typeof v !== 'object' || v === null) return b;
    const out = { ...b } as Record<string, unknown>;
    for (const k of Object.keys(b)) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'number' && Number.isFinite(x) && x >= 0) out[k] = x;
    }
    return out as T;
  };
  const num = (b: number, v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : b);
  return {
    weights: pick(base.weights, o.weights),
    deductionPerErrorPct: num(base.deductionPerErrorPct, o.deductionPerErrorPct),
    deductionPerDelayPct: num(base.deductionPerDelayPct, o.deductionPerDelayPct),
    leader: pick(base.leader, o.leader),
  };
}

/** A problem with an input, shaped like the server's FieldIssue: the field, an i18n key and its params (always with `rule`). */
export interface RuleIssue {
  field: string;
  key: string;
  params: Record<string, unknown>;
}
