// Runs long jobs in this process after the request that started them has answered 202, and
// keeps their progress where a poll can read it.
//
// Progress lives in an in-memory map (per process) and is copied to the job row at most every
// PERSIST_EVERY rows and at each phase change. During the write phase the job's own transaction
// is open: on PostgreSQL the copy goes through another pooled connection, but embedded PGlite has
// a single session that the transaction holds, so there the write-phase progress stays in memory
// only (awaiting a write on the same session would deadlock) and reaches the row when the job
// ends. GET /api/jobs/:id reads the memory first, then the row. On PGlite a poll that arrives
// during the write phase waits for the commit anyway (its session lookup needs the database).
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import * as q from './jobs.queries.js';

export type JobPhase = 'validating' | 'writing' | 'done';
export interface JobProgress { phase: 'validating' | 'writing'; done: number; total: number }
export interface JobFailure { code: string; params?: Record<string, unknown> }

export interface JobOutcome {
  status: 'succeeded' | 'failed';
  total: number;
  done: number;
  /** Kind-specific result (for imports: row counts and the first issues), kept in job.summary. */
  result: unknown;
  error: JobFailure | null;
  errorFile: Buffer | null;
}

/** What job.summary holds: the phase while running, the result and the failure at the end. */
export interface StoredSummary { phase: JobPhase; result: unknown; error: JobFailure | null }

export interface JobHandle {
  id: string;
  progress(p: JobProgress): Promise<void>;
}

const PERSIST_EVERY = 500;
interface Live { phase: JobPhase; done: number; total: number; persisted: { phase: JobPhase; done: number } }
const live = new Map<string, Live>();
const running = new Map<string, Promise<void>>();

export function liveProgress(id: string): { phase: JobPhase; done: number; total: number } | undefined {
  const l = live.get(id);
  return l && { phase: l.phase, done: l.done, total: l.total };
}

/** Resolves when the job has ended and its row is final (tests, benchmarks, shutdown). */
export function jobSettled(id: string): Promise<void> {
  return running.get(id) ?? Promise.resolve();
}

/** Resolves when every job of this process has ended (graceful shutdown). */
export async function allJobsSettled(): Promise<void> {
  await Promise.all([...running.values()]);
}

export interface StartJob {
  kind: string;
  accountId: string;
  unitId: string | null;
  dbKind: 'postgres' | 'pglite';
  log: FastifyBaseLogger;
}

/** Creates the job row, starts `run` without awaiting it and returns the job id. */
export async function startJob(db: Kysely<DB>, opts: StartJob, run: (job: JobHandle) => Promise<JobOutcome>): Promise<string> {
  const id = randomUUID();
  const initial: StoredSummary = { phase: 'validating', result: null, error: null };
  await q.insertJob(db, { id, kind: opts.kind, accountId: opts.accountId, unitId: opts.unitId, summary: initial });
  live.set(id, { phase: 'validating', done: 0, total: 0, persisted: { phase: 'validating', done: 0 } });

  const handle: JobHandle = {
    id,
    progress: async (p) => {
      const l = live.get(id);
      if (!l) return;
      Object.assign(l, p);
      const due = p.phase !== l.persisted.phase || p.done - l.persisted.done >= PERSIST_EVERY || p.done === p.total;
      const blocked = p.phase === 'writing' && opts.dbKind === 'pglite';
      if (!due || blocked) return;
      l.persisted = { phase: p.phase, done: p.done };
      const summary: StoredSummary = { phase: p.phase, result: null, error: null };
      await q.updateProgress(db, id, { total: p.total, done: p.done, summary });
    },
  };

  const task = (async () => {
    let outcome: JobOutcome;
    try {
      outcome = await run(handle);
    } catch (err) {
      opts.log.error({ err, jobId: id }, 'job failed');
      const l = live.get(id);
      outcome = { status: 'failed', total: l?.total ?? 0, done: l?.done ?? 0, result: null, error: { code: 'internal' }, errorFile: null };
    }
    const summary: StoredSummary = { phase: 'done', result: outcome.result, error: outcome.error };
    try {
      await q.finishJob(db, id, { status: outcome.status, total: outcome.total, done: outcome.done, summary, errorFile: outcome.errorFile });
    } catch (err) {
      opts.log.error({ err, jobId: id }, 'could not record the end of a job');
    } finally {
      live.delete(id);
      running.delete(id);
    }
  })();
  running.set(id, task);
  return id;
}

/**
 * Marks jobs left 'running' by a stopped process as failed. Call once at start-up of a single
 * process (the embedded database); with several processes on one PostgreSQL, do not.
 */
export async function failInterruptedJobs(db: Kysely<DB>): Promise<number> {
  const summary: StoredSummary = { phase: 'done', result: null, error: { code: 'job_interrupted' } };
  return q.failRunning(db, summary);
}
