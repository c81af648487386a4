// Leaders' yearly action plans (chương trình hành động — issue 13, decision 0034): each holder of a
// leadership post writes what they commit to the standing committee for their unit (targets, each may
// be one of the unit's indicators of the year) and the example they set, each with a roadmap of
// milestones. The standing committee approves or returns it; approved, each entry is tracked as a
// volunteered task (progress, evidence, late milestones).
//   GET  /api/action-plans?unitId=&year=&page=  → ActionPlanBoard (the committee's side-by-side view)
//   GET  /api/action-plans/mine?year=           → MyActionPlan (the posts one may write for, the plan's id)
//   GET  /api/action-plans/:id                  → ActionPlanView
//   POST /api/action-plans                      ActionPlanCreate → 201 ActionPlanView (own, current leadership tenure)
//   PUT  /api/action-plans/:id                  ActionPlanUpdate → ActionPlanView (author: draft / returned)
//   POST /api/action-plans/:id/submit           VersionBody      (author)
//   POST /api/action-plans/:id/return           ActionPlanReturn (standing committee, never one's own)
//   POST /api/action-plans/:id/approve          VersionBody      (standing committee, never one's own)
import { z } from 'zod';
import { CivilDate, Decimal, Id, Int32, QueryInt, RequiredText, Version, pageOf } from './common.js';
import { INDICATOR_VALUE, TEXT } from './limits.js';
import { Level } from './evaluation.js';
import { MilestoneState } from './tasks.js';

export const ActionPlanStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const ActionPlanStatus = z.enum(ActionPlanStatuses);
export type ActionPlanStatus = z.infer<typeof ActionPlanStatus>;

/** target: a commitment for the unit (may be an indicator); example: what the leader does as an example. */
export const ActionPlanItemKinds = ['target', 'example'] as const;
export const ActionPlanItemKind = z.enum(ActionPlanItemKinds);

export const ACTION_PLAN_MAX_ITEMS = 20;
export const ACTION_PLAN_MAX_MILESTONES = 12;

export const ActionPlanMilestoneInput = z.object({ title: RequiredText(TEXT.title), dueDate: CivilDate });

export const ActionPlanItemInput = z.object({
  kind: ActionPlanItemKind,
  title: RequiredText(TEXT.title),
  /** One of the unit's indicators of the plan's year (targets only). */
  indicatorId: Id.nullable().default(null),
  /** The value aimed at for that indicator; null = the unit's own target. */
  targetValue: Decimal(INDICATOR_VALUE).nullable().default(null),
  dueDate: CivilDate,
  milestones: z.array(ActionPlanMilestoneInput).min(1, 'v.actionPlan.milestones_required').max(ACTION_PLAN_MAX_MILESTONES),
});
export type ActionPlanItemInput = z.infer<typeof ActionPlanItemInput>;

const Items = z.array(ActionPlanItemInput).max(ACTION_PLAN_MAX_ITEMS);
const Year = Int32(1900, 2199);

export const ActionPlanCreate = z.object({ year: Year, postId: Id, items: Items });
export type ActionPlanCreate = z.infer<typeof ActionPlanCreate>;
export const ActionPlanUpdate = z.object({ version: Version, items: Items });
export const ActionPlanVersion = z.object({ version: Version });
export const ActionPlanReturn = z.object({ version: Version, comment: RequiredText(TEXT.planText) });

export const ActionPlanYearQuery = z.object({ year: QueryInt(1900, 2199).optional().describe('Default: the current year') });
export const ActionPlanBoardQuery = ActionPlanYearQuery.extend({
  unitId: Id,
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 100).default(20),
});

const PersonRef = z.object({ id: Id, fullName: z.string() });

export const ActionPlanIndicatorView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  measure: z.string(),
  target: z.number(),
  latest: z.number().nullable(),
  progressPct: z.number().nullable().describe('Against the unit’s target (indicators module); null when no value is recorded'),
});
export type ActionPlanIndicatorView = z.infer<typeof ActionPlanIndicatorView>;

export const ActionPlanMilestoneView = z.object({
  /** The task milestone once approved; null while the plan is written. */
  id: Id.nullable(),
  ordinal: z.number().int(),
  title: z.string(),
  dueDate: CivilDate,
  doneOn: CivilDate.nullable(),
  note: z.string().nullable(),
  state: MilestoneState,
});

export const ActionPlanItemView = z.object({
  id: Id,
  ordinal: z.number().int(),
  kind: ActionPlanItemKind,
  title: z.string(),
  indicator: ActionPlanIndicatorView.nullable(),
  targetValue: z.number().nullable(),
  dueDate: CivilDate,
  /** The volunteered task that tracks it once the plan is approved. */
  taskId: Id.nullable(),
  progress: z.number().int().nullable(),
  milestones: z.array(ActionPlanMilestoneView),
  lateMilestones: z.number().int(),
});
export type ActionPlanItemView = z.infer<typeof ActionPlanItemView>;

export const LeaderRating = z.object({ level: Level, kind: z.string(), year: z.number().int(), number: z.number().int() });

export const ActionPlanView = z.object({
  id: Id,
  version: z.number().int(),
  year: z.number().int(),
  unitId: Id,
  unitName: z.string(),
  postTitle: z.string(),
  author: PersonRef,
  status: ActionPlanStatus,
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewComment: z.string().nullable(),
  items: z.array(ActionPlanItemView),
  lateMilestones: z.number().int(),
  /** The unit's indicators of the year (what a target may be tied to). */
  indicators: z.array(ActionPlanIndicatorView),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), return: z.boolean(), approve: z.boolean() }),
});
export type ActionPlanView = z.infer<typeof ActionPlanView>;

export const LeaderPost = z.object({
  postId: Id,
  postTitle: z.string(),
  unitId: Id,
  unitName: z.string(),
  /** The indicators of the year a target of a plan for this post may take. */
  indicators: z.array(ActionPlanIndicatorView),
});

export const MyActionPlan = z.object({
  year: z.number().int(),
  /** The leadership posts the person holds today (one may write the plan for). */
  posts: z.array(LeaderPost),
  planId: Id.nullable(),
});
export type MyActionPlan = z.infer<typeof MyActionPlan>;

/** One leader of the subtree, side by side: the plan (or none), the unit's indicators, the latest rating. */
export const ActionPlanBoardRow = z.object({
  person: PersonRef,
  postTitle: z.string(),
  unitId: Id,
  unitName: z.string(),
  planId: Id.nullable(),
  status: ActionPlanStatus.nullable(),
  items: z.number().int(),
  progressPct: z.number().int().nullable().describe('Mean progress of the approved plan’s entries'),
  lateMilestones: z.number().int(),
  indicators: z.array(ActionPlanIndicatorView),
  rating: LeaderRating.nullable(),
});
export type ActionPlanBoardRow = z.infer<typeof ActionPlanBoardRow>;

export const ActionPlanBoard = pageOf(ActionPlanBoardRow).extend({
  unitName: z.string(),
  year: z.number().int(),
  counts: z.object({
    leaders: z.number().int(),
    missing: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    late: z.number().int(),
  }),
});
export type ActionPlanBoard = z.infer<typeof ActionPlanBoard>;
