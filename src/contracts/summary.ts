// Weekly / monthly / quarterly summary of task results (tổng hợp kết quả thực hiện nhiệm vụ).
//   GET /api/summary?unitId=&period=week|month|quarter&date=          → Summary
//   GET /api/summary/tasks?unitId=&period=&date=&metric=&personId=&role=&bucketUnitId= → SummaryTaskList
//   GET /api/summary/export.xlsx?…  and  GET /api/summary/export.pdf?…  (same query as /api/summary)
// The numbers are defined once in src/domain/task-summary.ts (see its header for the exact rules).
import { z } from 'zod';
import { SUMMARY_PERIOD_KINDS } from '../domain/task-summary.js';
import { CivilDate, Id, pageOf, QueryInt } from './common.js';
import { AssigneeRole, TaskStatus } from './tasks.js';

export const SummaryPeriodKinds = SUMMARY_PERIOD_KINDS;
export const SummaryPeriodKind = z.enum(SummaryPeriodKinds);

export const SummaryQuery = z.object({
  unitId: Id,
  period: SummaryPeriodKind.default('week'),
  /** Any date inside the period; today (Asia/Ho_Chi_Minh) when absent. */
  date: CivilDate.optional(),
  /** The day the numbers are taken (done = completed by then, overdue = due before it); today when absent. */
  asOf: CivilDate.optional(),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

/**
 * One page of a list that grows with the unit (a province's quarter has one row per person: about
 * 60,000 at scale 1): 1-based page, at most 200 rows; a page past the end is empty, with the total.
 * The exports (Excel, PDF) are the whole document and take no page.
 */
const ListPage = {
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 200).default(50),
};

/** GET /api/summary: the summary with one page of its person rows. */
export const SummaryPageQuery = SummaryQuery.extend(ListPage);
export type SummaryPageQuery = z.infer<typeof SummaryPageQuery>;

/** The counts of one block (a person's lead tasks, their support tasks, a unit, the total). */
export const SummaryCounts = z.object({
  assigned: z.number().int(),
  done: z.number().int(),
  doneOnTime: z.number().int(),
  late: z.number().int(),
  lateExcused: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  qualityFailures: z.number().int(),
  majorErrors: z.number().int(),
  exceeded: z.number().int(),
  workUnitsAssigned: z.number(),
  workUnitsDone: z.number(),
  workUnitsDoneOnTime: z.number(),
  /** Percentages 0..100 rounded to 0.1; null when nothing was assigned. */
  donePct: z.number().nullable(),
  onTimePct: z.number().nullable(),
  /** NĐ 335/2025 Điều 14 on converted work units. */
  quantityPct: z.number().nullable(),
  qualityPct: z.number().nullable(),
  progressPct: z.number().nullable(),
});
export type SummaryCounts = z.infer<typeof SummaryCounts>;

export const SummaryPersonRow = z.object({
  personId: Id,
  fullName: z.string(),
  postTitle: z.string().nullable(),
  lead: SummaryCounts,
  support: SummaryCounts,
});

export const SummaryUnitRow = z.object({
  unitId: Id,
  name: z.string(),
  /** true for the row of tasks held directly by the summarised unit (not by any child unit). */
  direct: z.boolean(),
  counts: SummaryCounts,
});

export const Summary = z.object({
  unit: z.object({ id: Id, name: z.string() }),
  period: z.object({ kind: SummaryPeriodKind, from: CivilDate, to: CivilDate, label: z.string() }),
  asOf: CivilDate,
  /** The person rows (sorted by name): one page of them through GET /api/summary, all of them in the exports. */
  people: z.array(SummaryPersonRow),
  /** How many people the period's tasks have in all, the page (1-based) and its size that `people` holds. */
  peopleTotal: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Every child unit (a unit has tens of children, never thousands), then the row of tasks held directly. */
  units: z.array(SummaryUnitRow),
  total: SummaryCounts,
});
export type Summary = z.infer<typeof Summary>;

export const SummaryMetrics = [
  'assigned',
  'done',
  'doneOnTime',
  'late',
  'lateExcused',
  'overdue',
  'pending',
  'qualityFailures',
  'majorErrors',
  'exceeded',
] as const;
export const SummaryMetric = z.enum(SummaryMetrics);

/** Drill-down: the tasks behind one number. personId (+ role) narrows to a person's block, bucketUnitId to a unit row. */
export const SummaryTasksQuery = SummaryQuery.extend({
  ...ListPage,
  metric: SummaryMetric.default('assigned'),
  personId: Id.optional(),
  role: AssigneeRole.optional(),
  bucketUnitId: Id.optional(),
});
export type SummaryTasksQuery = z.infer<typeof SummaryTasksQuery>;

export const SummaryTaskItem = z.object({
  id: Id,
  title: z.string(),
  unitId: Id,
  unitName: z.string(),
  status: TaskStatus,
  startDate: CivilDate,
  dueDate: CivilDate,
  completedOn: CivilDate.nullable(),
  workUnits: z.number(),
  lead: z.object({ id: Id, fullName: z.string() }).nullable(),
  qualityOk: z.boolean().nullable(),
  majorErrors: z.number().int().nullable(),
  exceeded: z.boolean().nullable(),
  objectiveCause: z.boolean().nullable(),
});

/** One page of the tasks behind the number (by due date, title), with how many there are in all. */
export const SummaryTaskList = pageOf(SummaryTaskItem);
