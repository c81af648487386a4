// Weekly work plans (kế hoạch công tác tuần): each member writes next week's plan by a deadline
// set per unit; the standing committee approves (items become tasks), returns with a comment, or
// edits. A plan is identified by its author and its week (week_start, a Monday).
//   GET  /api/plans?unitId=&week=          → PlanOverview   (standing, office, admin in scope)
//   GET  /api/plans/mine?week=             → PlanView        (404 → the UI offers "create")
//   GET  /api/plans/:id                    → PlanView
//   POST /api/plans                        PlanCreate        → 201 PlanView (own plan)
//   PUT  /api/plans/:id                    PlanUpdate        → PlanView (author: draft/returned; standing: also submitted)
//   POST /api/plans/:id/submit             VersionBody       → PlanView (author)
//   POST /api/plans/:id/return             PlanReturn        → PlanView (standing)
//   POST /api/plans/:id/approve            VersionBody       → PlanView (standing; items become tasks)
//   POST /api/plans/copy-last-week         PlanCopy          → 201 PlanView (draft for `week` from the plan of the week before)
//   GET  /api/units/:id/settings/plan-deadline               → PlanDeadlineView
//   PUT  /api/units/:id/settings/plan-deadline PlanDeadlineInput → PlanDeadlineView (standing, office, admin)
// `week` is any date of the week; the server normalises it to its Monday.
import { z } from 'zod';
import { CivilDate, Decimal, Id, Int32, PastDueConfirmed, RequiredText, Text, Version } from './common.js';
import { TEXT, WORK_UNITS } from './limits.js';

export const PlanStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const PlanStatus = z.enum(PlanStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** Status of a member in the overview: no plan, or the plan's state (submitted split by the deadline). */
export const OverviewStatuses = ['missing', 'draft', 'submitted_on_time', 'submitted_late', 'returned', 'approved'] as const;
export const OverviewStatus = z.enum(OverviewStatuses);
export type OverviewStatus = z.infer<typeof OverviewStatus>;

/** At most this many items in one weekly plan. */
export const PLAN_MAX_ITEMS = 50;
/** An item's due date may lie at most this many days after the week's Monday (4 weeks). */
export const PLAN_DUE_SPAN_DAYS = 28;

/**
 * One item of a plan. Besides the order of the dates, the server checks (naming `items.N.startDate`
 * / `items.N.dueDate`): the start lies within the plan's week, the due date at most
 * PLAN_DUE_SPAN_DAYS days after the week's Monday, and a due date before today only with the plan's
 * `pastDueConfirmed` (an item kept unchanged from the stored plan is not checked again).
 */
export const PlanItemInput = z
  .object({
    title: RequiredText(TEXT.title),
    description: Text(TEXT.planText).default(''),
    fieldCode: Text(TEXT.code).nullish(),
    /** Converted work units (the weight used by scoring), > 0, two decimals. */
    workUnits: Decimal(WORK_UNITS),
    startDate: CivilDate,
    dueDate: CivilDate,
  })
  .refine((i) => i.dueDate >= i.startDate, { path: ['dueDate'], message: 'v.date_order' });
export type PlanItemInput = z.infer<typeof PlanItemInput>;

const Items = z.array(PlanItemInput).max(PLAN_MAX_ITEMS);

export const PlanCreate = z.object({
  week: CivilDate,
  /** The unit the plan is written for; defaults to the author's unit. */
  unitId: Id.optional(),
  items: Items.default([]),
  pastDueConfirmed: PastDueConfirmed,
});
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanUpdate = z.object({ version: Version, items: Items, pastDueConfirmed: PastDueConfirmed });
export type PlanUpdate = z.infer<typeof PlanUpdate>;

export const VersionBody = z.object({ version: Version });

export const PlanReturn = z.object({ version: Version, comment: RequiredText(TEXT.planText) });

export const PlanCopy = z.object({ week: CivilDate });

export const WeekQuery = z.object({ week: CivilDate.optional().describe('Any date of the week; defaults to next week') });
export const OverviewQuery = WeekQuery.extend({ unitId: Id });

export const PersonRef = z.object({ id: Id, fullName: z.string() });

export const PlanItemView = z.object({
  id: Id,
  ordinal: z.number().int(),
  title: z.string(),
  description: z.string(),
  fieldCode: z.string().nullable(),
  fieldName: z.string().nullable(),
  workUnits: z.number(),
  startDate: CivilDate,
  dueDate: CivilDate,
  /** The task made from the item when the plan was approved. */
  task: z.object({ id: Id, status: z.string() }).nullable(),
});
export type PlanItemView = z.infer<typeof PlanItemView>;

export const PlanView = z.object({
  id: Id,
  version: z.number().int(),
  unitId: Id,
  unitName: z.string(),
  author: PersonRef,
  /** Monday of the planned week. */
  weekStart: CivilDate,
  /** Sunday of the planned week. */
  weekEnd: CivilDate,
  status: PlanStatus,
  /** ISO timestamp of the deadline (in the week before weekStart, Asia/Ho_Chi_Minh). */
  deadline: z.string(),
  /** ISO timestamp of the first submission (a return and resubmission keeps it). */
  submittedAt: z.string().nullable(),
  /** Submitted after the deadline, or not yet submitted and the deadline has passed. */
  late: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  /** The approver's comment when the plan was returned. */
  reviewComment: z.string().nullable(),
  totalWorkUnits: z.number(),
  items: z.array(PlanItemView),
  actions: z.object({ edit: z.boolean(), submit: z.boolean(), return: z.boolean(), approve: z.boolean() }),
});
export type PlanView = z.infer<typeof PlanView>;

export const OverviewRow = z.object({
  person: PersonRef,
  /** Title of the key/head post held in the unit's subtree (null for a writer who holds none). */
  postTitle: z.string().nullable(),
  /** Holds a key or head post in the unit's subtree, so a plan is expected. */
  expected: z.boolean(),
  status: OverviewStatus,
  planId: Id.nullable(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  itemCount: z.number().int(),
  totalWorkUnits: z.number(),
});
export type OverviewRow = z.infer<typeof OverviewRow>;

export const PlanOverview = z.object({
  unitId: Id,
  unitName: z.string(),
  weekStart: CivilDate,
  weekEnd: CivilDate,
  deadline: z.string(),
  deadlinePassed: z.boolean(),
  /**
   * Over the expected members only (people with an open tenure, at the week's Monday, on a key or
   * head post of a unit in the subtree). Rows also list other people who wrote a plan for a unit of
   * the subtree (expected: false), after the expected ones.
   */
  counts: z.object({
    expected: z.number().int(),
    missing: z.number().int(),
    draft: z.number().int(),
    submitted_on_time: z.number().int(),
    submitted_late: z.number().int(),
    returned: z.number().int(),
    approved: z.number().int(),
  }),
  rows: z.array(OverviewRow),
});
export type PlanOverview = z.infer<typeof PlanOverview>;

/** weekday: ISO 1 = Monday … 7 = Sunday of the week BEFORE the planned week; time in Asia/Ho_Chi_Minh. */
export const PlanDeadlineInput = z.object({
  /** Required when the unit already has its own setting (stale → 409). */
  version: Version.optional(),
  weekday: Int32(1, 7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time'),
});
export type PlanDeadlineInput = z.infer<typeof PlanDeadlineInput>;

export const PlanDeadlineView = z.object({
  unitId: Id,
  weekday: z.number().int(),
  time: z.string(),
  /** Where the value comes from: this unit, an ancestor, or the regulation default. */
  source: z.enum(['unit', 'ancestor', 'default']),
  sourceUnitId: Id.nullable(),
  /** Version of this unit's own setting; null when it has none. */
  version: z.number().int().nullable(),
  actions: z.object({ edit: z.boolean() }),
});
export type PlanDeadlineView = z.infer<typeof PlanDeadlineView>;
