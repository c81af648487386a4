// Tasks (nhiệm vụ) from every source: task slips, plan items, meeting conclusions, annual
// programme, volunteered hard tasks. Overdue is derived (due date passed, not done or cancelled).
import { z } from 'zod';
import { CivilDate, Decimal, Id, Int32, pageOf, PageQuery, PastDueConfirmed, QueryInt, RequiredText, Text, Version } from './common.js';
import { PROGRESS, TEXT, WORK_UNITS } from './limits.js';
import { ASSIGNEE_ROLES } from '../domain/task-summary.js';

export const TaskSources = ['plan', 'slip', 'conclusion', 'programme', 'volunteer'] as const;
export const TaskSource = z.enum(TaskSources);
export const TaskStatuses = ['new', 'accepted', 'in_progress', 'done', 'cancelled'] as const;
export const TaskStatus = z.enum(TaskStatuses);
export const TaskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const TaskPriority = z.enum(TaskPriorities);
export const TaskActions = ['acknowledge', 'start', 'report', 'complete', 'appraise', 'changeDue', 'cancel', 'edit', 'milestone'] as const;
export const TaskAction = z.enum(TaskActions);
/** Lead (chủ trì) or support (phối hợp) on a task. */
export const AssigneeRole = z.enum(ASSIGNEE_ROLES);
export const MilestoneStates = ['done', 'done_late', 'due', 'late'] as const;
export const MilestoneState = z.enum(MilestoneStates);

const title = RequiredText(TEXT.title);
const description = Text(TEXT.description);
const workUnits = Decimal(WORK_UNITS);
const version = Version;
const reason = RequiredText(TEXT.reason);
const note = Text(TEXT.description);

/** Orders dates and keeps the lead out of the supporting assignees, naming the field. */
function checkShape(t: { startDate?: string; dueDate?: string; leadId?: string; supportIds?: string[] }, ctx: z.RefinementCtx) {
  if (t.startDate && t.dueDate && t.dueDate < t.startDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'v.date_order' });
  t.supportIds?.forEach((id, i) => {
    if (id === t.leadId) ctx.addIssue({ code: 'custom', path: ['supportIds', i], message: 'v.task.lead_in_support' });
    else if (t.supportIds?.indexOf(id) !== i)
      ctx.addIssue({ code: 'custom', path: ['supportIds', i], message: 'v.task.duplicate_assignee' });
  });
}

const taskFields = {
  unitId: Id,
  title,
  description: description.default(''),
  leadId: Id,
  supportIds: z.array(Id).max(50).default([]),
  startDate: CivilDate,
  dueDate: CivilDate,
  priority: TaskPriority.default('normal'),
  workUnits,
  fieldCode: Text(TEXT.code).nullish(),
  areaUnitId: Id.nullish(),
};

/** POST /tasks: a task slip (default) or a task from the annual programme. */
export const TaskCreate = z
  .object({ ...taskFields, source: z.enum(['slip', 'programme', 'volunteer']).default('slip'), pastDueConfirmed: PastDueConfirmed })
  .superRefine(checkShape);
export type TaskCreate = z.infer<typeof TaskCreate>;

export const MilestoneInput = z.object({ title, dueDate: CivilDate });

/** POST /tasks/volunteer: the actor's own person leads; the roadmap has at least one milestone. */
export const VolunteerCreate = z
  .object({
    unitId: Id,
    title,
    description: description.default(''),
    supportIds: z.array(Id).max(50).default([]),
    startDate: CivilDate,
    dueDate: CivilDate,
    priority: TaskPriority.default('normal'),
    workUnits,
    fieldCode: Text(TEXT.code).nullish(),
    areaUnitId: Id.nullish(),
    milestones: z.array(MilestoneInput).min(1, 'v.task.milestones_required').max(50),
    pastDueConfirmed: PastDueConfirmed,
  })
  .superRefine((t, ctx) => {
    checkShape(t, ctx);
    let prev = t.startDate;
    t.milestones.forEach((m, i) => {
      if (m.dueDate < t.startDate || m.dueDate > t.dueDate) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'dueDate'], message: 'v.task.milestone_range' });
      } else if (i > 0 && m.dueDate <= prev) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'dueDate'], message: 'v.task.milestone_order' });
      }
      prev = m.dueDate;
    });
  });
export type VolunteerCreate = z.infer<typeof VolunteerCreate>;

export const TaskUpdate = z
  .object({
    version,
    title: title.optional(),
    description: description.optional(),
    priority: TaskPriority.optional(),
    workUnits: workUnits.optional(),
    fieldCode: Text(TEXT.code).nullish(),
    areaUnitId: Id.nullish(),
    supportIds: z.array(Id).max(50).optional(),
  })
  .superRefine((t, ctx) => {
    t.supportIds?.forEach((id, i) => {
      if (t.supportIds?.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['supportIds', i], message: 'v.task.duplicate_assignee' });
    });
  });
export type TaskUpdate = z.infer<typeof TaskUpdate>;

export const VersionBody = z.object({ version });
export const ProgressReport = z.object({
  version: version.optional(),
  progress: QueryInt(PROGRESS.min, PROGRESS.max),
  note: note.default(''),
});
export type ProgressReport = z.infer<typeof ProgressReport>;
export const TaskComplete = z.object({ version, completedOn: CivilDate, note: note.default('') });
export const TaskAppraise = z.object({
  version,
  qualityOk: z.boolean(),
  majorErrors: Int32(0, 1000),
  exceeded: z.boolean(),
  objectiveCause: z.boolean(),
  note: note.default(''),
});
export type TaskAppraise = z.infer<typeof TaskAppraise>;
/**
 * A new due date with its reason. `objectiveCause`: the manager confirms an objective cause — only a
 * postponement confirmed so before the old date passed leaves no missed deadline behind (NĐ 335/2025 Điều 14).
 */
export const TaskDueChange = z.object({
  version,
  dueDate: CivilDate,
  reason,
  objectiveCause: z.boolean().default(false),
  pastDueConfirmed: PastDueConfirmed,
});
export const TaskCancel = z.object({ version, reason });
export const MilestoneDone = z.object({ version: version.optional(), doneOn: CivilDate, note: note.default('') });

export const TaskSorts = ['due', '-due', 'priority', 'updated'] as const;
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const TaskListQuery = PageQuery.extend({
  unitId: Id.optional().describe('Tasks of this unit subtree'),
  personId: Id.optional().describe('Tasks held by this person (lead or support)'),
  role: AssigneeRole.optional().describe('With personId: only as lead / only as support'),
  fieldCode: Text(TEXT.code).optional(),
  areaUnitId: Id.optional(),
  status: TaskStatus.optional(),
  overdue: bool.optional(),
  source: TaskSource.optional(),
  from: CivilDate.optional().describe('Due on or after'),
  to: CivilDate.optional().describe('Due on or before'),
  q: Text(TEXT.query).optional().describe('Title, folded'),
  sort: z.enum(TaskSorts).default('due'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const PersonRef = z.object({ id: Id, fullName: z.string() });

export const TaskListItem = z.object({
  id: Id,
  title: z.string(),
  unitId: Id,
  unitName: z.string(),
  source: TaskSource,
  lead: PersonRef.nullable(),
  supports: z.array(PersonRef),
  assignerName: z.string().nullable(),
  startDate: CivilDate,
  dueDate: CivilDate,
  status: TaskStatus,
  progress: z.number().int(),
  overdue: z.boolean(),
  priority: TaskPriority,
  workUnits: z.number(),
  fieldCode: z.string().nullable(),
  completedOn: CivilDate.nullable(),
  version: z.number().int(),
});
export type TaskListItem = z.infer<typeof TaskListItem>;
export const TaskPage = pageOf(TaskListItem);

export const CalendarQuery = z.object({ unitId: Id, from: CivilDate, to: CivilDate });
export const CalendarResponse = z.object({ items: z.array(TaskListItem) });

export const AttachmentMeta = z.object({ id: Id, fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int() });
export const ProgressView = z.object({
  id: Id,
  reportedAt: z.string(),
  progress: z.number().int(),
  note: z.string(),
  person: PersonRef.nullable(),
  attachments: z.array(AttachmentMeta),
});
export const DueChangeView = z.object({
  id: Id,
  oldDue: CivilDate,
  newDue: CivilDate,
  reason: z.string(),
  objectiveCause: z.boolean(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export const MilestoneView = z.object({
  id: Id,
  ordinal: z.number().int(),
  title: z.string(),
  dueDate: CivilDate,
  doneOn: CivilDate.nullable(),
  state: MilestoneState.describe('due = not yet due; late = due date passed, not done'),
  version: z.number().int(),
});
export const RoadmapView = z.object({
  total: z.number().int(),
  done: z.number().int(),
  dueByToday: z.number().int(),
  doneOfDue: z.number().int().describe('Milestones due by today that are done'),
  onTrack: z.boolean(),
});
export const AppraisalView = z.object({
  qualityOk: z.boolean(),
  majorErrors: z.number().int(),
  exceeded: z.boolean(),
  objectiveCause: z.boolean(),
  note: z.string(),
  appraisedBy: PersonRef.nullable(),
  appraisedAt: z.string(),
});

/** Where a task came from, when that is a record of its own: the approved weekly plan, or the briefing meeting whose conclusion it is. */
export const TaskOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), id: Id, weekStart: z.string().describe('Monday of the plan week, YYYY-MM-DD'), author: z.string() }),
  z.object({ kind: z.literal('meeting'), id: Id, title: z.string(), scheduledAt: z.string(), conclusion: z.number().int() }),
]);
export type TaskOrigin = z.infer<typeof TaskOrigin>;

export const TaskDetail = TaskListItem.extend({
  description: z.string(),
  sourceRef: Id.nullable(),
  origin: TaskOrigin.nullable(),
  assigner: PersonRef.nullable(),
  areaUnitId: Id.nullable(),
  areaUnitName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  progressReports: z.array(ProgressView),
  dueChanges: z.array(DueChangeView),
  milestones: z.array(MilestoneView),
  roadmap: RoadmapView.nullable(),
  appraisal: AppraisalView.nullable(),
  actions: z.array(TaskAction),
});
export type TaskDetail = z.infer<typeof TaskDetail>;
