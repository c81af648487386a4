// Outputs of evaluation and classification (Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP): the
// distribution and ranking of a period (charts), the individual form, the collective report (PL1),
// the published results list, a person's history and the commendation suggestions.
//
//   GET /api/evaluation/periods/:id/distribution?unitId=&cadreGroup=&rankingLimit=  → Distribution (managers)
//   GET /api/evaluation/:id/form.pdf | form.xlsx                      → the self-assessment form (the person, managers)
//   GET /api/evaluation/periods/:id/collective-report.pdf | .xlsx?unitId=  → PL1 report of a collective (managers)
//   GET /api/evaluation/periods/:id/published.xlsx?unitId=            → the published results list (managers)
//   GET /api/people/:id/evaluation-history                            → EvaluationHistory (the person, managers)
//   GET /api/evaluation/commendations?unitId=&year=                   → CommendationList (managers)
//
// Managers: admin, organising, standing and inspection (read-only) in scope. What a person sees of
// their own evaluations: the decision only once published, never the appraisal before it.
import { z } from 'zod';
import { Id, QueryInt, RequiredText } from './common.js';
import { TEXT } from './limits.js';
import { EvaluationPeriodKind, EvaluationStatus, Level, PeriodStatus } from './evaluation.js';

const cadreGroup = RequiredText(TEXT.code);

export const LevelCounts = z.object({
  excellent: z.number().int(),
  good: z.number().int(),
  completed: z.number().int(),
  not_completed: z.number().int(),
  /** proposed: no level computed yet; decided: not decided yet. */
  none: z.number().int(),
});
export type LevelCounts = z.infer<typeof LevelCounts>;

/** Counts of one bucket: the system's proposed levels and the decided levels (decided or published). */
export const DistributionRow = z.object({
  evaluated: z.number().int(),
  excluded: z.number().int(),
  proposed: LevelCounts,
  decided: LevelCounts,
});
export type DistributionRow = z.infer<typeof DistributionRow>;

export const DistributionQuery = z.object({
  unitId: Id.optional().describe('Evaluations whose evaluating unit lies in this subtree; default: the period’s unit'),
  cadreGroup: cadreGroup.optional(),
  rankingLimit: QueryInt(1, 1000).default(100),
});
export type DistributionQuery = z.infer<typeof DistributionQuery>;

export const PeriodRef = z.object({
  id: Id,
  label: z.string(),
  kind: EvaluationPeriodKind,
  year: z.number().int(),
  number: z.number().int(),
  status: PeriodStatus,
});
export type PeriodRef = z.infer<typeof PeriodRef>;

export const RankingItem = z.object({
  rank: z.number().int(),
  evaluationId: Id,
  personId: Id,
  name: z.string(),
  unitName: z.string(),
  cadreGroup: z.string(),
  /** The final score: the decision's; before it the appraisal's, else the system's computed total. */
  score: z.number(),
  basis: z.enum(['decision', 'appraisal', 'computed']),
  /** The decided level, else the proposed one. */
  level: Level.nullable(),
});
export type RankingItem = z.infer<typeof RankingItem>;

export const Distribution = z.object({
  period: PeriodRef,
  unitId: Id,
  unitName: z.string(),
  cadreGroup: z.string().nullable(),
  total: DistributionRow,
  /** Per child unit of unitId (the unit itself for evaluations it holds directly). */
  byUnit: z.array(DistributionRow.extend({ unitId: Id, unitName: z.string() })),
  byGroup: z.array(DistributionRow.extend({ cadreGroup: z.string(), name: z.string() })),
  /** Persons with a score, best first (ties by name); at most rankingLimit of rankingTotal. */
  ranking: z.array(RankingItem),
  rankingTotal: z.number().int(),
});
export type Distribution = z.infer<typeof Distribution>;

export const CollectiveReportQuery = z.object({ unitId: Id.describe('The collective (a unit evaluated in the period)') });
export const PublishedListQuery = z.object({ unitId: Id.optional().describe('Default: the period’s unit') });

// ---- history and commendations ----

export const CommendationSuggestion = z.object({
  year: z.number().int(),
  kind: z.enum(['grassroots', 'province']),
  consecutiveYears: z.number().int(),
  message: z.string(),
  rule: z.string(),
});
export type CommendationSuggestion = z.infer<typeof CommendationSuggestion>;

export const HistoryItem = z.object({
  evaluationId: Id,
  period: PeriodRef,
  unitName: z.string(),
  cadreGroup: z.string(),
  cadreGroupName: z.string(),
  status: EvaluationStatus,
  /** The decision (null until the reader may see one). */
  score: z.number().nullable(),
  level: Level.nullable(),
  levelName: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const EvaluationHistory = z.object({
  personId: Id,
  name: z.string(),
  /** Newest first. */
  items: z.array(HistoryItem),
  /** Years whose level earns a suggestion (Quy định 366-QĐ/TW), newest first. */
  commendations: z.array(CommendationSuggestion),
});
export type EvaluationHistory = z.infer<typeof EvaluationHistory>;

export const CommendationQuery = z.object({
  unitId: Id,
  year: QueryInt(2000, 2100),
});
export type CommendationQuery = z.infer<typeof CommendationQuery>;

export const CommendationItem = CommendationSuggestion.extend({
  subject: z.enum(['person', 'collective']),
  personId: Id.nullable(),
  subjectUnitId: Id.nullable(),
  name: z.string(),
  unitName: z.string(),
  score: z.number().nullable(),
});
export type CommendationItem = z.infer<typeof CommendationItem>;

export const CommendationList = z.object({ unitId: Id, year: z.number().int(), items: z.array(CommendationItem) });
export type CommendationList = z.infer<typeof CommendationList>;
