// New-member development (phát triển đảng viên — Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW) and upper-level
// cadres attending village cells (the committee's monthly roster): targets per unit and year split
// downwards, the candidates' pipeline, progress against the target at a date beside last year's, the
// roster with attendance, reports and the task a concern becomes (decision 0033).
import { z } from 'zod';
import { CivilDate, Id, Int32, PageQuery, QueryInt, RequiredText, Text, Version, pageOf } from './common.js';
import { TEXT } from './limits.js';
import { Month } from './party-cells.js';

export const CandidateStage = z.enum(['outstanding', 'course', 'application', 'verification', 'considered', 'decision', 'ceremony']);
export type CandidateStage = z.infer<typeof CandidateStage>;

export const TargetRequest = z.strictObject({
  /** The version read; omitted when the unit has no target for the year yet. */
  version: Version.optional(),
  target: Int32(0, 1_000_000),
  /** The recorded reason when the split downwards exceeds the parent's target (the flag). */
  overReason: Text(TEXT.note).nullable().optional(),
});
export const TargetView = z.object({
  unitId: z.string(),
  year: z.number(),
  target: z.number(),
  overReason: z.string().nullable(),
  version: z.number(),
});

export const ProgressRow = z.object({
  unitId: z.string(),
  name: z.string(),
  /** Whether the row is the unit asked about (its total) rather than one of its cells. */
  total: z.boolean(),
  target: z.number().nullable(),
  targetVersion: z.number().nullable(),
  overReason: z.string().nullable(),
  admitted: z.number(),
  lastYearToDate: z.number(),
  lastYear: z.number(),
  lastYearTarget: z.number().nullable(),
});
export const ProgressView = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  asOf: z.string(),
  rows: z.array(ProgressRow),
  /** The split of the unit's target among its cells. */
  split: z.object({ allocated: z.number(), remaining: z.number().nullable(), over: z.boolean() }),
  stages: z.array(z.object({ stage: CandidateStage, count: z.number() })),
  actions: z.object({ setUnitTarget: z.boolean(), setCellTargets: z.boolean(), manageCandidates: z.boolean() }),
});
export type ProgressView = z.infer<typeof ProgressView>;
export const ProgressQuery = z.object({ year: QueryInt(1930, 2200).optional(), asOf: CivilDate.optional() });

export const CandidateView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  birthOn: z.string(),
  cellId: z.string(),
  cellName: z.string(),
  stage: CandidateStage,
  dates: z.record(CandidateStage, z.string().nullable()),
  ageException: z.string().nullable(),
  membershipId: z.string().nullable(),
  note: z.string(),
  version: z.number(),
});
export type CandidateView = z.infer<typeof CandidateView>;
export const CandidatePage = pageOf(CandidateView);
export const CandidatesQuery = PageQuery.extend({ stage: CandidateStage.optional() });

export const CreateCandidateRequest = z.strictObject({
  personId: Id,
  outstandingOn: CivilDate,
  note: Text(TEXT.note).optional(),
});
export const StageRequest = z.strictObject({
  version: Version,
  stage: CandidateStage.exclude(['outstanding']),
  on: CivilDate,
  /** The recorded exception to the admission age rule (its decision and reason), at the cell's consideration. */
  ageException: Text(TEXT.note).nullable().optional(),
});

export const RosterRow = z.object({
  id: z.string(),
  cellId: z.string(),
  cellName: z.string(),
  month: z.string(),
  personId: z.string(),
  name: z.string(),
  post: z.string(),
  attended: z.boolean().nullable(),
  report: z.string(),
  /** The cell's meeting that month (the guest row the attendance was written to), if any. */
  meetingId: z.string().nullable(),
  taskId: z.string().nullable(),
  taskTitle: z.string().nullable(),
  version: z.number(),
  actions: z.object({ report: z.boolean(), makeTask: z.boolean() }),
});
export type RosterRow = z.infer<typeof RosterRow>;
export const RosterView = pageOf(RosterRow).extend({
  month: z.string(),
  summary: z.object({ cells: z.number(), cellsCovered: z.number(), assigned: z.number(), attended: z.number(), reported: z.number() }),
  actions: z.object({ assign: z.boolean() }),
});
export type RosterView = z.infer<typeof RosterView>;
export const RosterQuery = PageQuery.extend({ month: Month.optional() });

export const AssignRosterRequest = z.strictObject({ month: Month, personId: Id, post: Text(TEXT.title).optional() });
export const RosterReportRequest = z.strictObject({ version: Version, attended: z.boolean(), report: Text(4000) });
export const RosterTaskRequest = z.strictObject({
  version: Version,
  title: RequiredText(TEXT.title),
  leadId: Id,
  dueDate: CivilDate,
});
