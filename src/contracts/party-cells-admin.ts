// Party cells, the committee's administration (issue 12; decision 0041):
//   POST /api/party-cells/units/:unitId/members/import — multipart "file" (.xlsx) → 202 {jobId}; all-or-nothing,
//        progress and the error workbook through /api/jobs/:id (contracts/jobs.ts)
//   GET  /api/party-cells/units/:unitId/members/template.xlsx — the empty workbook with the columns
//   GET  /api/party-cells/units/:unitId/members.xlsx?asOf= — the members of the cell or committee on a day
//   GET  /api/party-cells/units/:unitId/transfers?asOf= — official transfers with their deadlines
//   GET/POST /api/party-cells/units/:unitId/checks, POST /api/party-cells/checks/:id/done — the HD 06 check
//   GET  /api/party-cells/units/:unitId/quarterly-report?year=&quarter=&kind=&format= — the quarterly report
import { z } from 'zod';
import { CivilDate, Id, Int32, QueryInt, RequiredText, Text, Version } from './common.js';

export const AsOfQuery = z.object({ asOf: CivilDate.optional() });

/** One official transfer out of a cell: the letter's day, the two deadlines in working days, where it stands. */
export const TransferItem = z.object({
  membershipId: Id,
  personId: Id,
  name: z.string(),
  cellId: Id,
  cellName: z.string(),
  letterOn: z.string(),
  fileBy: z.string(),
  presentBy: z.string(),
  /** The day the member joined a cell again (closes both deadlines); null while not yet. */
  arrivedOn: z.string().nullable(),
  state: z.enum(['pending', 'file_soon', 'file_late', 'present_late', 'arrived']),
  message: z.string(),
});
export const TransfersView = z.object({ asOf: z.string(), rule: z.string(), items: z.array(TransferItem) });
export type TransfersView = z.infer<typeof TransfersView>;

export const Half = z.union([z.literal(1), z.literal(2)]);
export const CreateCheckRequest = z.strictObject({
  year: Int32(1930, 2200),
  half: Half,
  /** Default: the last day of the half-year. */
  dueOn: CivilDate.nullable().optional(),
  note: Text(2000).nullable().optional(),
});
export const CheckDoneRequest = z.strictObject({ version: Version, doneOn: CivilDate, result: RequiredText(4000) });
export const CheckView = z.object({
  id: Id,
  unitId: Id,
  year: z.number(),
  half: z.number(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  result: z.string(),
  note: z.string(),
  state: z.enum(['open', 'due_soon', 'late', 'done']),
  version: z.number(),
});
export type CheckView = z.infer<typeof CheckView>;
export const ChecksView = z.object({ rule: z.string(), items: z.array(CheckView), canManage: z.boolean() });

export const QuarterlyReportQuery = z.object({
  year: QueryInt(1930, 2200),
  quarter: QueryInt(1, 4),
  kind: z.enum(['meetings', 'development']),
  format: z.enum(['pdf', 'xlsx']).default('pdf'),
});
