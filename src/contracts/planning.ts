// Planning (quy hoạch cán bộ — Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the post ladder, the terms,
// plans per unit and term with their candidates, approvals, ballots and the yearly review.
import { z } from 'zod';
import { CivilDate, Id, Int32, QueryInt, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

export const LADDER_CODE_MAX = 80;
const LadderCode = RequiredText(LADDER_CODE_MAX);
export const TargetLevel = z.union([z.literal(1), z.literal(2)]);
export const StandardDimension = z.enum(['qualification', 'political_theory', 'state_management']);
export const Committee = z.enum(['executive', 'standing', 'inspection']);
/** The fixed number of seats of a committee of a kind of unit in a term (planned at 1.0–1.5 × it). */
export const CommitteeSizeView = z.object({
  unitKind: z.string(),
  termId: z.string(),
  committee: Committee,
  fixed: z.number(),
  version: z.number(),
});
export type CommitteeSizeView = z.infer<typeof CommitteeSizeView>;
export const CommitteeSizeParams = z.object({
  unitKind: z.enum(['commune', 'province']),
  termId: RequiredText(TEXT.code),
  committee: Committee,
});
export const UpdateCommitteeSizeRequest = z.strictObject({ version: Version, fixed: Int32(1, 1000) });
export type UpdateCommitteeSizeRequest = z.infer<typeof UpdateCommitteeSizeRequest>;
const Outcome = z.enum(['pass', 'fail', 'warn']);

/** One rule check as the reader sees it: the stable code, the outcome, the citation and the worded message with its numbers. */
export const RuleCheckView = z.object({ code: z.string(), outcome: Outcome, rule: z.string(), message: z.string() });
export type RuleCheckView = z.infer<typeof RuleCheckView>;

const Standards = z.object({
  qualification: Text(40).optional(),
  political_theory: Text(40).optional(),
  state_management: Text(40).optional(),
});

export const LadderPostView = z.object({
  code: z.string(),
  unitKind: z.enum(['commune', 'province']),
  track: z.enum(['post', 'committee', 'inspection']),
  rank: z.number(),
  group: z.string().nullable(),
  kind: z.enum(['leadership', 'committee_seat']),
  committee: Committee.nullable(),
  seats: z.number(),
  approvingLevel: z.string(),
  referenceLevel: z.enum(['grassroots', 'commune', 'province', 'state']),
  concurrentWith: z.string().nullable(),
  title: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  standards: z.record(z.string(), z.string()),
  version: z.number(),
});
export type LadderPostView = z.infer<typeof LadderPostView>;

export const LadderView = z.object({
  posts: z.array(LadderPostView),
  committeeSizes: z.array(CommitteeSizeView),
  actions: z.object({ edit: z.boolean() }),
});
export type LadderView = z.infer<typeof LadderView>;

export const UpdateLadderPostRequest = z.strictObject({
  version: Version,
  rank: Int32(1, 1000),
  group: Text(LADDER_CODE_MAX).nullable(),
  seats: Int32(1, 1000),
  approvingLevel: RequiredText(40),
  concurrentWith: Text(LADDER_CODE_MAX).nullable(),
  titleVi: RequiredText(TEXT.postTitle),
  titleEn: RequiredText(TEXT.postTitle),
  standards: Standards,
});
export type UpdateLadderPostRequest = z.infer<typeof UpdateLadderPostRequest>;

export const LadderCodeParams = z.object({ code: LadderCode });

export const TermView = z.object({
  id: z.string(),
  body: z.enum(['party', 'state']),
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  /** 'YYYY-MM' per level (grassroots, commune, province, state) where configured. */
  referenceMonths: z.record(z.string(), z.string()),
  plannable: z.boolean(),
});
export type TermView = z.infer<typeof TermView>;
export const TermList = z.object({ items: z.array(TermView) });
export type TermList = z.infer<typeof TermList>;

export const PlanStatus = z.enum(['draft', 'approved']);
export const CandidateStatus = z.enum(['proposed', 'approved', 'removed']);

export const UnitPlans = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  items: z.array(
    z.object({
      term: TermView,
      /** candidates: the entries (person × post) the reader sees; people: the distinct people among them. */
      plan: z.object({ id: z.string(), status: PlanStatus, version: z.number(), candidates: z.number(), people: z.number() }).nullable(),
    }),
  ),
  /** The procedure's cadence for the unit's current Party term: the next term's plan, each year's review and report (planning.cadence). */
  cadence: z.object({
    termName: z.string().nullable(),
    items: z.array(
      z.object({
        kind: z.enum(['next_term_plan', 'yearly_review', 'approval_report']),
        year: z.number(),
        from: z.string(),
        deadline: z.string(),
        status: z.enum(['upcoming', 'due', 'late', 'done']),
        doneOn: z.string().nullable(),
        /** The document that reported the approvals upward (a report's record). */
        documentRef: z.string().nullable(),
        lateDone: z.boolean(),
        rule: z.string(),
      }),
    ),
    /** Who may record: the organising body the review held, the standing committee the report sent. */
    actions: z.object({ recordReview: z.boolean(), recordReport: z.boolean() }),
  }),
  actions: z.object({ create: z.boolean() }),
});
export type UnitPlans = z.infer<typeof UnitPlans>;

export const CreatePlanRequest = z.strictObject({ unitId: Id, termId: RequiredText(TEXT.code) });
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

export const TrainingEntry = z.strictObject({ dimension: StandardDimension, level: RequiredText(40), expectedBy: CivilDate });
export type TrainingEntry = z.infer<typeof TrainingEntry>;

export const CandidateView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  unitName: z.string(),
  postCode: z.string(),
  targetLevel: TargetLevel,
  source: z.enum(['inside', 'outside']),
  status: CandidateStatus,
  addedOn: z.string(),
  approvedOn: z.string().nullable(),
  removedOn: z.string().nullable(),
  removalKind: z.enum(['manual', 'review', 'discipline']).nullable(),
  removalReason: z.string().nullable(),
  training: z.array(z.object({ dimension: StandardDimension, level: z.string(), expectedBy: z.string() })),
  note: z.string().nullable(),
  gender: z.enum(['male', 'female']),
  dateOfBirth: z.string(),
  referenceMonth: z.string(),
  /** Age at the first day of the reference month. */
  ageAtReference: z.object({ years: z.number(), months: z.number() }),
  monthsLeft: z.number(),
  retirementDate: z.string(),
  qualifications: z.object({
    qualification: z.string().nullable(),
    political_theory: z.string().nullable(),
    state_management: z.string().nullable(),
  }),
  /** The last three years of evaluation levels (null = not rated). */
  ratings: z.array(z.object({ year: z.number(), level: z.enum(['excellent', 'good', 'completed', 'not_completed']).nullable() })),
  checks: z.array(RuleCheckView),
});
export type CandidateView = z.infer<typeof CandidateView>;

export const BallotRoundView = z.object({
  round: z.number(),
  heldOn: z.string(),
  members: z.number(),
  present: z.number(),
  quorum: RuleCheckView,
  candidates: z.array(
    z.object({ personId: z.string(), name: z.string(), votes: z.number(), pct: z.number().nullable(), check: RuleCheckView }),
  ),
  selected: z.array(z.string()),
  tied: z.array(z.string()),
});
export const BallotTallyView = z.object({
  postCode: z.string(),
  seats: z.number(),
  rounds: z.array(BallotRoundView),
  selected: z.array(z.string()),
});
export type BallotTallyView = z.infer<typeof BallotTallyView>;

export const PlanPostView = z.object({
  code: z.string(),
  title: z.string(),
  rank: z.number(),
  kind: z.enum(['leadership', 'committee_seat']),
  seats: z.number(),
  cap: z.number().nullable(),
  referenceMonth: z.string(),
  standards: z.record(z.string(), z.string()),
  capCheck: RuleCheckView.nullable(),
  candidates: z.array(CandidateView),
  ballot: BallotTallyView.nullable(),
});

export const PlanView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  termId: z.string(),
  termName: z.string(),
  status: PlanStatus,
  version: z.number(),
  asOf: z.string(),
  approvals: z.array(z.object({ decisionRef: z.string(), decisionDate: z.string(), candidates: z.number() })),
  posts: z.array(PlanPostView),
  /** Posts held by structure with another post: never planned on their own. */
  concurrentPosts: z.array(z.object({ code: z.string(), title: z.string(), withTitle: z.string() })),
  committees: z.array(z.object({ committee: Committee, fixed: z.number(), planned: z.number(), check: RuleCheckView })),
  structure: z.object({
    total: z.number(),
    shares: z.record(z.string(), z.object({ count: z.number(), pct: z.number().nullable() })),
    checks: z.array(RuleCheckView),
  }),
  removed: z.array(CandidateView),
  reviewWindow: z.object({ from: z.string(), to: z.string(), open: z.boolean() }),
  actions: z.object({ addCandidate: z.boolean(), removeCandidate: z.boolean(), approve: z.boolean(), recordBallot: z.boolean() }),
  /** The actor is a candidate of this plan: they may not approve it (Quy định 366-QĐ/TW, Điều 12–13). */
  ownWork: z.boolean(),
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanQuery = z.object({ asOf: CivilDate.optional() });

/** The province-wide view (GET /planning/overview): a term's plans under a unit the reader reads. */
export const OverviewQuery = z.object({ termId: RequiredText(TEXT.code), unitId: Id.optional() });
export type OverviewQuery = z.infer<typeof OverviewQuery>;
const StructureView = z.object({
  total: z.number(),
  shares: z.record(z.string(), z.object({ count: z.number(), pct: z.number().nullable() })),
  /** The configured target (%) per dimension, null where the province sets none. */
  targets: z.record(z.string(), z.number().nullable()),
  checks: z.array(RuleCheckView),
});
export const PlanningOverview = z.object({
  term: z.object({ id: z.string(), name: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }),
  /** The units the reader may choose as the root of the view (their planning bindings). */
  roots: z.array(z.object({ id: z.string(), name: z.string() })),
  asOf: z.string(),
  plans: z.array(
    z.object({
      planId: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      status: PlanStatus,
      candidates: z.number(),
      posts: z.number(),
      postsWithoutCandidate: z.array(z.object({ code: z.string(), title: z.string() })),
      overCap: z.array(RuleCheckView),
    }),
  ),
  /** Units whose plan for the term is a draft the reader may not open (the level above): shown as drafts, not counted as missing. */
  drafts: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  /** Units that could have a plan for the term and have none at all. */
  unitsWithoutPlan: z.array(z.object({ id: z.string(), name: z.string() })),
  /** People planned for more posts than allowed at one approving level, across the plans shown. */
  overPosts: z.array(z.object({ personId: z.string(), name: z.string(), check: RuleCheckView })),
  structure: StructureView,
});
export type PlanningOverview = z.infer<typeof PlanningOverview>;

export const AddCandidateRequest = z.strictObject({
  version: Version,
  postCode: LadderCode,
  personId: Id,
  targetLevel: TargetLevel,
  training: z.array(TrainingEntry).max(6).default([]),
  note: Text(TEXT.note).nullable().optional(),
});
export type AddCandidateRequest = z.infer<typeof AddCandidateRequest>;

export const AddCandidateResult = z.object({ plan: PlanView, warnings: z.array(RuleCheckView) });
export type AddCandidateResult = z.infer<typeof AddCandidateResult>;

export const RemoveCandidateRequest = z.strictObject({ version: Version, reason: RequiredText(TEXT.reason) });
export type RemoveCandidateRequest = z.infer<typeof RemoveCandidateRequest>;

export const ApprovePlanRequest = z.strictObject({
  version: Version,
  decisionRef: RequiredText(TEXT.decisionRef),
  decisionDate: CivilDate,
});
export type ApprovePlanRequest = z.infer<typeof ApprovePlanRequest>;

export const RecordBallotRequest = z.strictObject({
  version: Version,
  postCode: LadderCode,
  round: Int32(1, 20),
  heldOn: CivilDate,
  members: Int32(1, 100000),
  present: Int32(0, 100000),
  votes: z
    .array(z.strictObject({ personId: Id, votes: Int32(0, 100000) }))
    .min(1)
    .max(50),
});
export type RecordBallotRequest = z.infer<typeof RecordBallotRequest>;

export const ReviewQuery = z.object({ year: QueryInt(2000, 2199).optional() });
export const ReviewView = z.object({
  year: z.number(),
  reviewDate: z.string(),
  items: z.array(
    z.object({
      candidateId: z.string(),
      personId: z.string(),
      name: z.string(),
      postCode: z.string(),
      postTitle: z.string(),
      remove: z.boolean(),
      immediate: z.boolean(),
      findings: z.array(RuleCheckView),
    }),
  ),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const SetPostLadderCodeRequest = z.strictObject({ ladderCode: Text(LADDER_CODE_MAX).nullable() });
export type SetPostLadderCodeRequest = z.infer<typeof SetPostLadderCodeRequest>;

/** A step of the procedure done (decision 0030): the year's review held, or the approvals reported to the level above. */
export const RecordProcedureRequest = z.strictObject({
  kind: z.enum(['yearly_review', 'approval_report']),
  year: Int32(2000, 2100),
  doneOn: CivilDate,
  documentRef: Text(TEXT.decisionRef).nullable().optional(),
  note: Text(TEXT.note).nullable().optional(),
});
export type RecordProcedureRequest = z.infer<typeof RecordProcedureRequest>;
