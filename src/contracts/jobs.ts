// Long jobs (imports): progress the UI polls and shows as a bar, and the result summary.
//   GET /api/jobs/:id             → JobView (only the job's owner; anyone else gets 404)
//   GET /api/jobs/:id/errors.xlsx → the error workbook, when hasErrorFile
import { z } from 'zod';
import { Id } from './common.js';

export const JobKinds = ['people.import', 'evaluation.period_open', 'evaluation.period_close', 'training.import', 'cells.import'] as const;
export const JobKind = z.enum(JobKinds);
export const JobStatus = z.enum(['running', 'succeeded', 'failed']);
export const JobPhase = z.enum(['validating', 'writing', 'done']);

/** One problem of one spreadsheet row (row = the Excel row number, header = the column's header). */
export const ImportIssue = z.object({ row: z.number().int(), field: z.string(), header: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;

/** Row counts of a people import. */
export const ImportSummary = z.object({
  /** Data rows read from the sheet. */
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** People actually written (0 when the import was refused). */
  inserted: z.number().int(),
  mode: z.enum(['all', 'valid']),
  /** The first problems (at most 50) for display; the error workbook lists them all. */
  issues: z.array(ImportIssue),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Why a job failed as a whole (unreadable file, unknown headers, interrupted), in the user's language. */
export const JobError = z.object({ code: z.string(), message: z.string() });

export const JobParams = z.object({ id: Id });

export const JobView = z.object({
  id: Id,
  kind: JobKind,
  status: JobStatus,
  /** Rows to process in the current phase (validating: rows read; writing: rows to write); 0 until the file has been read. */
  total: z.number().int(),
  /** Rows processed in the current phase. */
  done: z.number().int(),
  phase: JobPhase,
  /** Present once rows have been checked (also when the job failed because rows were bad). */
  summary: ImportSummary.nullable(),
  error: JobError.nullable(),
  /** An error workbook can be downloaded at GET /api/jobs/:id/errors.xlsx. */
  hasErrorFile: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobView>;
