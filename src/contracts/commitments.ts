// Annual self-cultivation commitments (cam kết tu dưỡng, rèn luyện — Quy định 366-QĐ/TW, Điều 6): each
// person registers the year's actions; the cell or unit approves or returns them; the person reports
// mid-year and at year end; the cell or unit assesses each action.
//   GET  /api/commitments?unitId=&year=&stage=&page=  → CommitmentOverview (who has not written / not been assessed)
//   GET  /api/commitments/mine?year=                 → CommitmentView | null
//   GET  /api/commitments/:id                        → CommitmentView
//   POST /api/commitments                            CommitmentCreate → 201 CommitmentView (own)
//   PUT  /api/commitments/:id                        CommitmentUpdate → CommitmentView (author: draft / returned)
//   POST /api/commitments/:id/submit                 VersionBody       (author)
//   POST /api/commitments/:id/return                 CommitmentReturn  (cell / unit, never one's own)
//   POST /api/commitments/:id/approve                VersionBody       (cell / unit, never one's own)
//   POST /api/commitments/:id/report                 CommitmentReport  (author, approved, once the stage opens)
//   POST /api/commitments/:id/assess                 CommitmentAssess  (cell / unit, after the year-end report)
import { z } from 'zod';
import { CivilDate, Id, Int32, QueryInt, RequiredText, Text, Version, pageOf } from './common.js';
import { TEXT } from './limits.js';

export const CommitmentStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const CommitmentStatus = z.enum(CommitmentStatuses);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const Assessments = ['done', 'partly', 'not_done'] as const;
export const Assessment = z.enum(Assessments);
export type Assessment = z.infer<typeof Assessment>;

export const ReportStage = z.enum(['mid', 'final']);

/** Where a person stands in the year's cycle (missing = not written). */
export const CommitmentStages = ['missing', 'draft', 'submitted', 'returned', 'approved', 'reported', 'assessed'] as const;
export const CommitmentStage = z.enum(CommitmentStages);
export type CommitmentStage = z.infer<typeof CommitmentStage>;

/** The schema's ceiling; the rule in force (setting commitments.rules, default 2–3) is checked by the server, naming `actions`. */
export const COMMITMENT_MAX_ACTIONS = 20;

export const CommitmentActionInput = z.object({
  title: RequiredText(TEXT.title),
  /** What will show it was done. */
  evidence: RequiredText(TEXT.note),
  /** By when (within the commitment's year). */
  dueDate: CivilDate,
});
export type CommitmentActionInput = z.infer<typeof CommitmentActionInput>;

const Actions = z.array(CommitmentActionInput).max(COMMITMENT_MAX_ACTIONS);
const Year = Int32(1900, 2199);

export const CommitmentCreate = z.object({ year: Year, actions: Actions });
export type CommitmentCreate = z.infer<typeof CommitmentCreate>;

export const CommitmentUpdate = z.object({ version: Version, actions: Actions });

export const CommitmentVersion = z.object({ version: Version });

export const CommitmentReturn = z.object({ version: Version, comment: RequiredText(TEXT.planText) });

export const CommitmentReport = z.object({
  version: Version,
  stage: ReportStage,
  reports: z
    .array(z.object({ actionId: Id, text: RequiredText(TEXT.planText) }))
    .min(1)
    .max(COMMITMENT_MAX_ACTIONS),
});
export type CommitmentReport = z.infer<typeof CommitmentReport>;

export const CommitmentAssess = z.object({
  version: Version,
  assessments: z
    .array(z.object({ actionId: Id, result: Assessment, comment: Text(TEXT.planText).default('') }))
    .min(1)
    .max(COMMITMENT_MAX_ACTIONS),
});
export type CommitmentAssess = z.infer<typeof CommitmentAssess>;

export const CommitmentYearQuery = z.object({ year: QueryInt(1900, 2199).optional().describe('Default: the current year') });
export const CommitmentOverviewQuery = CommitmentYearQuery.extend({
  unitId: Id,
  stage: CommitmentStage.optional().describe('Only people at this stage'),
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 200).default(50),
});

const PersonRef = z.object({ id: Id, fullName: z.string() });

export const CommitmentActionView = z.object({
  id: Id,
  ordinal: z.number().int(),
  title: z.string(),
  evidence: z.string(),
  dueDate: CivilDate,
  midReport: z.string().nullable(),
  midReportedAt: z.string().nullable(),
  finalReport: z.string().nullable(),
  finalReportedAt: z.string().nullable(),
  assessment: Assessment.nullable(),
  assessmentComment: z.string().nullable(),
  assessedAt: z.string().nullable(),
});
export type CommitmentActionView = z.infer<typeof CommitmentActionView>;

export const CommitmentOutcomeView = z.object({
  total: z.number().int(),
  done: z.number().int(),
  partly: z.number().int(),
  notDone: z.number().int(),
  complete: z.boolean(),
  /** (done + partly × credit) / total in percent; null until every action is assessed. */
  pct: z.number().nullable(),
});

/** The rules in force for the commitment's year (setting commitments.rules). */
export const CommitmentRulesView = z.object({
  minActions: z.number().int(),
  maxActions: z.number().int(),
  partlyCreditPct: z.number(),
  midReportFrom: CivilDate,
  finalReportFrom: CivilDate,
  rule: z.string(),
});

export const CommitmentView = z.object({
  id: Id,
  version: z.number().int(),
  year: z.number().int(),
  unitId: Id,
  unitName: z.string(),
  author: PersonRef,
  status: CommitmentStatus,
  stage: CommitmentStage,
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  /** The comment of a return. */
  reviewComment: z.string().nullable(),
  actions: z.array(CommitmentActionView),
  outcome: CommitmentOutcomeView,
  rules: CommitmentRulesView,
  can: z
    .object({ edit: z.boolean(), submit: z.boolean(), return: z.boolean(), approve: z.boolean(), report: z.boolean(), assess: z.boolean() })
    .describe('What the reader may do now'),
});
export type CommitmentView = z.infer<typeof CommitmentView>;

/** GET /mine: the rules of the year (so the form can say how many actions to register) and the commitment written, if any (GET /:id reads it). */
export const MyCommitment = z.object({
  year: z.number().int(),
  rules: CommitmentRulesView,
  commitmentId: Id.nullable(),
});
export type MyCommitment = z.infer<typeof MyCommitment>;

export const CommitmentOverviewRow = z.object({
  person: PersonRef,
  unitName: z.string(),
  stage: CommitmentStage,
  commitmentId: Id.nullable(),
  actionCount: z.number().int(),
  outcomePct: z.number().nullable(),
});
export type CommitmentOverviewRow = z.infer<typeof CommitmentOverviewRow>;

export const CommitmentOverview = pageOf(CommitmentOverviewRow).extend({
  unitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  /** People of the subtree at each stage (over every page, whatever the stage filter). */
  counts: z.record(CommitmentStage, z.number().int()),
});
export type CommitmentOverview = z.infer<typeof CommitmentOverview>;

/** What the year's evaluation shows of the commitment (Quy định 366-QĐ/TW, Điều 6). */
export const EvaluationCommitment = z.object({
  id: Id,
  year: z.number().int(),
  status: CommitmentStatus,
  stage: CommitmentStage,
  actions: z.array(CommitmentActionView),
  outcome: CommitmentOutcomeView,
});
export type EvaluationCommitment = z.infer<typeof EvaluationCommitment>;
