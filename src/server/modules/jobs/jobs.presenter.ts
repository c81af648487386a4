// Job rows → JobView. Messages (failure reason, row issues) are stored as i18n keys and
// translated here, in the language of whoever polls.
import type { JobView } from '../../../contracts/jobs.js';
import { type Locale, tAny } from '../../i18n.js';
import type { StoredSummary } from './jobs.service.js';

/** How an import keeps its result in job.summary (issues as keys, translated when shown). */
export interface StoredImportResult {
  total: number;
  valid: number;
  invalid: number;
  inserted: number;
  mode: 'all' | 'valid';
  issues: Array<{ row: number; field: string; header: string; key: string; params?: Record<string, unknown> }>;
}

interface JobRow {
  id: string;
  kind: string;
  status: 'running' | 'succeeded' | 'failed';
  total: number;
  done: number;
  summary: unknown;
  has_error_file: boolean;
  created_at: Date;
  finished_at: Date | null;
}

export function presentJob(row: JobRow, locale: Locale): JobView {
  const stored = (row.summary ?? {}) as Partial<StoredSummary>;
  const result = (stored.result ?? null) as StoredImportResult | null;
  const progress =
    row.status === 'running'
      ? { phase: stored.phase ?? 'validating', done: row.done, total: row.total }
      : { phase: 'done' as const, done: row.done, total: row.total };
  return {
    id: row.id,
    kind: row.kind as JobView['kind'],
    status: row.status,
    total: progress.total,
    done: progress.done,
    phase: progress.phase,
    summary: result && {
      total: result.total,
      valid: result.valid,
      invalid: result.invalid,
      inserted: result.inserted,
      mode: result.mode,
      issues: result.issues.map((i) => ({ row: i.row, field: i.field, header: i.header, message: tAny(locale, i.key, i.params) })),
    },
    error: stored.error ? { code: stored.error.code, message: tAny(locale, stored.error.code, stored.error.params) } : null,
    hasErrorFile: row.has_error_file,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}

/** What an Excel import hands back to its job: the result kept in job.summary, or a refusal of the whole file. */
export interface ImportOutcome {
  status: 'succeeded' | 'failed';
  result: StoredImportResult | null;
  error: { code: string; params?: Record<string, unknown> } | null;
  errorFile: Buffer | null;
}

/** A file refused as a whole (unreadable, empty, unknown headers…): nothing checked row by row, nothing written. */
export const refusedImport = (code: string, params?: Record<string, unknown>): ImportOutcome => ({
  status: 'failed',
  result: null,
  error: { code, params },
  errorFile: null,
});
