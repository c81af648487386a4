// The three steps of an evaluation (self-assessment → appraisal → decision) and the HTXS quota at
// decision time, publication: the request and answer shapes of the step endpoints listed at the top
// of evaluation.ts (split from it by sub-resource).
import { z } from 'zod';
import { Decimal, Id, RequiredText, Text, Version } from './common.js';
import { CriterionScores, Level } from './evaluation.js';
import { PERCENT, SCORE, TEXT } from './limits.js';

const score = Decimal(SCORE);
const comment = Text(TEXT.description);
const reason = RequiredText(TEXT.longReason);
const version = Version;

export const VersionRequest = z.object({ version });

/** Saved while the self-assessment is pending; submitting locks it. Scores outside 0..max → 400 naming general.<code>. */
export const SelfRequest = z.object({
  version,
  general: CriterionScores,
  /** KPI / manual results criteria, by code. */
  kpis: CriterionScores.optional(),
  comment: comment.default(''),
  proposedLevel: Level.nullable().optional(),
});
export type SelfRequest = z.infer<typeof SelfRequest>;

/**
 * The organising body's appraisal. general/kpis default to the self-assessment's; the score is
 * recomputed from the criteria where it can be (then `score` is ignored), else `score` is required.
 * selfMissing: proceed although the self-assessment was never submitted (recorded, never counted as 0).
 */
export const AppraisalRequest = z.object({
  version,
  general: CriterionScores.optional(),
  kpis: CriterionScores.optional(),
  score: score.optional(),
  level: Level,
  comment: comment.default(''),
  selfMissing: z.boolean().default(false),
});
export type AppraisalRequest = z.infer<typeof AppraisalRequest>;

/** The standing committee's decision; reason required when score or level departs from the appraisal. */
export const DecisionRequest = z.object({ version, score, level: Level, reason: Text(TEXT.longReason).optional() });
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export const CancelDecisionRequest = z.object({ version, reason });
export type CancelDecisionRequest = z.infer<typeof CancelDecisionRequest>;

/** A peer group's decisions at once, refused as a whole when it breaks the quota. */
export const DecisionSetRequest = z.object({
  unitId: Id,
  cadreGroup: RequiredText(TEXT.code),
  items: z
    .array(z.object({ evaluationId: Id, version, level: Level, score, reason: Text(TEXT.longReason).optional() }))
    .min(1)
    .max(2000)
    .refine((xs) => new Set(xs.map((x) => x.evaluationId)).size === xs.length, { message: 'v.duplicate_values' }),
});
export type DecisionSetRequest = z.infer<typeof DecisionSetRequest>;

export const QuotaQuery = z.object({ unitId: Id, cadreGroup: RequiredText(TEXT.code) });

/**
 * The HTXS quota of a peer group (same evaluating unit and cadre group): counts take the decided
 * level where there is one, else the appraisal level (what deciding as proposed would give).
 */
export const QuotaView = z.object({
  unitId: Id,
  cadreGroup: z.string(),
  excellent: z.number().int(),
  good: z.number().int(),
  cap: z.number().int(),
  pct: z.number(),
  ok: z.boolean(),
  /** How many HTXS must become HTT for the group to comply. */
  mustRateDown: z.number().int(),
  exception: z.object({ percent: Decimal(PERCENT), reason: z.string() }).nullable(),
  /** The same counts over decided levels only. */
  decided: z.object({ excellent: z.number().int(), good: z.number().int(), cap: z.number().int(), ok: z.boolean() }),
  explanation: z.string(),
  rule: z.string(),
});
export type QuotaView = z.infer<typeof QuotaView>;

export const DecisionSetResult = z.object({ decided: z.number().int(), quota: QuotaView });
export type DecisionSetResult = z.infer<typeof DecisionSetResult>;

/** Percent above the base (20) and at most the configured maximum (25). */
export const QuotaExceptionRequest = z.object({ unitId: Id, cadreGroup: RequiredText(TEXT.code), percent: Decimal(PERCENT), reason });
export type QuotaExceptionRequest = z.infer<typeof QuotaExceptionRequest>;

export const QuotaExceptionView = z.object({
  id: Id,
  periodId: Id,
  unitId: Id,
  cadreGroup: z.string(),
  percent: Decimal(PERCENT),
  reason: z.string(),
  grantedAt: z.string(),
});
export type QuotaExceptionView = z.infer<typeof QuotaExceptionView>;

/** Publishes the decided evaluations of the period under unitId (default: the period's unit) within the reader's scope. */
export const PublishRequest = z.object({ unitId: Id.optional() });
export const PublishResult = z.object({ published: z.number().int() });
export type PublishResult = z.infer<typeof PublishResult>;
