// Cadre groups and criteria sets (Quy định 366-QĐ/TW: 100 points = general criteria 30 + task
// results 70; five appendices PL1–PL5, plus civil servants under Nghị định 335/2025/NĐ-CP), and the
// assignment of a set to several cadre groups at once for a unit subtree from a date.
import { z } from 'zod';
import { CivilDate, Decimal, Id, RequiredText, Version } from './common.js';
import { CRITERION_POINTS, PERCENT, TEXT, WEIGHT } from './limits.js';

/** PL1 collectives, PL2 leaders managed by the Centre, PL3 leaders at other levels, PL4 individuals without a leadership post, PL5 members outside the political system; ND335 civil servants; LOCAL a group a province defines. */
export const Appendix = z.enum(['PL1', 'PL2', 'PL3', 'PL4', 'PL5', 'ND335', 'LOCAL']);
export type Appendix = z.infer<typeof Appendix>;

export const CadreGroupCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'v.criteria.code');

export const CadreGroupView = z.object({
  code: z.string(),
  /** In the request's language. */
  name: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  appendix: Appendix,
  isCollective: z.boolean(),
  isLeader: z.boolean(),
  rank: z.number().int(),
  /** The unit that owns the group (only it, or a unit above, configures it); null = the installation's defaults. */
  ownerUnitId: Id.nullable(),
});
export type CadreGroupView = z.infer<typeof CadreGroupView>;

export const CadreGroupList = z.object({ items: z.array(CadreGroupView), actions: z.object({ create: z.boolean() }) });
export type CadreGroupList = z.infer<typeof CadreGroupList>;

/** A group a province adds (e.g. one of the six groups a district uses). PL1 groups are collectives. */
export const CreateCadreGroupRequest = z.object({
  code: CadreGroupCode,
  nameVi: RequiredText(TEXT.name),
  nameEn: RequiredText(TEXT.name),
  appendix: Appendix,
  isLeader: z.boolean().default(false),
  /** The owning unit (default: the unit where the writer's role is bound); below a province only where the province allows it. */
  ownerUnitId: Id.optional(),
});
export type CreateCadreGroupRequest = z.infer<typeof CreateCadreGroupRequest>;

export const CriterionPart = z.enum(['general', 'results']);
/** general criteria are 'manual' or (one of them) 'commitment': points from the annual commitment's assessment (QĐ 366 Điều 6); results criteria come from the tasks, the units led (leaders), KPIs or a manual score. */
export const CriterionSource = z.enum(['manual', 'tasks', 'kpi', 'units_led', 'commitment']);

const points = Decimal(CRITERION_POINTS);

export const CriterionInput = z.object({
  part: CriterionPart,
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'v.criteria.code'),
  title: RequiredText(TEXT.criterionTitle),
  maxPoints: points,
  source: CriterionSource.default('manual'),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

export const CriterionView = CriterionInput.extend({ ordinal: z.number().int(), source: CriterionSource });
export type CriterionView = z.infer<typeof CriterionView>;

const weight = Decimal(WEIGHT);
const pct = Decimal(PERCENT);

/**
 * Nghị định 335/2025/NĐ-CP, Điều 14: what this set changes in the global setting
 * 'evaluation.results_formula' (every key optional; missing keys follow the setting).
 */
export const ResultsConfig = z
  .object({
    weights: z.object({ quantity: weight, quality: weight, progress: weight }).partial().strict(),
    deductionPerErrorPct: pct,
    deductionPerDelayPct: pct,
    leader: z
      .object({ ownWeight: weight, unitsWeight: weight, unitsAllAtLeastCompletedPct: pct, unitsAnyNotCompletedPct: pct })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type ResultsConfig = z.infer<typeof ResultsConfig>;

/** The formula in force for a set: the global setting with the set's changes. */
export const ResultsFormulaView = z.object({
  weights: z.object({ quantity: z.number(), quality: z.number(), progress: z.number() }),
  deductionPerErrorPct: z.number(),
  deductionPerDelayPct: z.number(),
  leader: z.object({
    ownWeight: z.number(),
    unitsWeight: z.number(),
    unitsAllAtLeastCompletedPct: z.number(),
    unitsAnyNotCompletedPct: z.number(),
  }),
});

export const CriteriaSetSummary = z.object({
  id: Id,
  /** Same for every version of one set. */
  family: Id,
  versionNo: z.number().int(),
  name: z.string(),
  appendix: Appendix,
  generalPoints: z.number(),
  resultsPoints: z.number(),
  /** Used by an evaluation: editing creates a new version. */
  frozen: z.boolean(),
  frozenAt: z.string().nullable().describe('ISO timestamp'),
  /** Optimistic lock of the draft. */
  version: z.number().int(),
  /** Cadre groups this family is assigned to in units related to the reader's scope. */
  assignedGroups: z.array(z.string()),
  /** The unit that owns the set (only it, or a unit above, edits it); null = the installation's defaults. */
  ownerUnitId: Id.nullable(),
});
export type CriteriaSetSummary = z.infer<typeof CriteriaSetSummary>;

export const CriteriaSetList = z.object({ items: z.array(CriteriaSetSummary), actions: z.object({ create: z.boolean() }) });
export type CriteriaSetList = z.infer<typeof CriteriaSetList>;

export const CriteriaSetView = CriteriaSetSummary.extend({
  /** The latest version number of the family (this one is older when they differ). */
  latestVersionNo: z.number().int(),
  criteria: z.array(CriterionView),
  /** As stored on the set (only what it changes). */
  resultsConfig: ResultsConfig,
  /** In force: the global setting with the set's changes. */
  resultsFormula: ResultsFormulaView,
  actions: z.object({ edit: z.boolean() }),
});
export type CriteriaSetView = z.infer<typeof CriteriaSetView>;

const setBody = {
  name: RequiredText(TEXT.title),
  appendix: Appendix,
  /** Quy định 366-QĐ/TW: the regulation's split (setting evaluation.score_split, 30 + 70); left out = the split; anything else is refused. */
  generalPoints: points.optional(),
  resultsPoints: points.optional(),
  resultsConfig: ResultsConfig.default({}),
  criteria: z.array(CriterionInput).min(1).max(60),
};

/** Validated against Quy định 366-QĐ/TW: the parts add up to 100, each part's criteria to its points ('weights'). */
export const CreateCriteriaSetRequest = z.object({
  ...setBody,
  /** The owning unit (default: the unit where the writer's role is bound); below a province only where the province allows it. */
  ownerUnitId: Id.optional(),
});
export type CreateCriteriaSetRequest = z.infer<typeof CreateCriteriaSetRequest>;

/** A draft is edited in place (409 on a stale version); a frozen set gets a new version (201, new id). */
export const UpdateCriteriaSetRequest = z.object({ version: Version, ...setBody });
export type UpdateCriteriaSetRequest = z.infer<typeof UpdateCriteriaSetRequest>;

/** Assigns one set (its family: the latest version applies) to several cadre groups for a unit subtree. */
export const AssignCriteriaRequest = z
  .object({
    family: Id.optional(),
    setId: Id.optional(),
    cadreGroups: z.array(CadreGroupCode).min(1).max(50),
    unitId: Id,
    effectiveFrom: CivilDate,
  })
  .refine((a) => (a.family === undefined) !== (a.setId === undefined), { path: ['family'], message: 'v.criteria.family_or_set' })
  .refine((a) => new Set(a.cadreGroups).size === a.cadreGroups.length, { path: ['cadreGroups'], message: 'v.duplicate_values' });
export type AssignCriteriaRequest = z.infer<typeof AssignCriteriaRequest>;

export const AssignmentQuery = z.object({
  unitId: Id,
  on: CivilDate.optional().describe('Default: today (Asia/Ho_Chi_Minh)'),
});
export type AssignmentQuery = z.infer<typeof AssignmentQuery>;

/** The set in force for one cadre group in the unit: the nearest ancestor's assignment on that date. */
export const AssignmentView = z.object({
  cadreGroup: z.string(),
  cadreGroupName: z.string(),
  family: Id,
  /** The latest version of the family. */
  setId: Id,
  setName: z.string(),
  versionNo: z.number().int(),
  fromUnitId: Id,
  fromUnitName: z.string(),
  effectiveFrom: CivilDate,
  /** Assigned at an ancestor unit rather than this one. */
  inherited: z.boolean(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;

export const AssignmentList = z.object({
  unitId: Id,
  on: CivilDate,
  items: z.array(AssignmentView),
  /** Cadre groups without any set in force here. */
  unassigned: z.array(z.string()),
  actions: z.object({ assign: z.boolean() }),
});
export type AssignmentList = z.infer<typeof AssignmentList>;

/** Whether a province lets its units own criteria sets and cadre groups (setting criteria.local_config). */
export const LocalConfigView = z.object({
  unitId: Id,
  allowed: z.boolean(),
  /** 'unit': the province's own choice; 'default': the regulation setting. */
  source: z.enum(['unit', 'default']),
  /** Optimistic lock of the unit's own row (null while it has none). */
  version: z.number().int().nullable(),
  actions: z.object({ edit: z.boolean() }),
});
export type LocalConfigView = z.infer<typeof LocalConfigView>;

export const LocalConfigInput = z.object({
  allowed: z.boolean(),
  /** Required when the unit already has its own row (stale → 409). */
  version: z.number().int().min(1).max(2147483647).optional(),
});
export type LocalConfigInput = z.infer<typeof LocalConfigInput>;
