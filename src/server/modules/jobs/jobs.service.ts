// Runs long jobs in this process after the request that started them has answered 202, and
// keeps their state in the job row, where a poll on any instance reads it.
//
// Progress is copied to the row at most every PERSIST_EVERY rows or PERSIST_MS, and at each phase
// change. During the write phase the job's own transaction is open: on PostgreSQL the copy goes
// through another pooled connection, but embedded PGlite has a single session that the
// transaction holds, so there the write-phase progress reaches the row when the job ends (awaiting
// a write on the same session would deadlock; a poll waits for the commit anyway, its session
// lookup needs the database).
//
// On PostgreSQL several instances may run jobs: each running job carries its instance and a
// heartbeat that its process moves on every HEARTBEAT_MS. A job whose heartbeat is older than
// STALE_AFTER_MS died with its process; any instance marks it failed (at start and periodically).
// On the embedded database one process owns the data folder, so at start every running job is dead.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import * as q from './jobs.queries.js';

export type JobPhase = 'validating' | 'writing' | 'done';
export interface JobProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}
export interface JobFailure {
  code: string;
  params?: Record<string, unknown>;
}

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
export interface StoredSummary {
  phase: JobPhase;
  result: unknown;
  error: JobFailure | null;
}

export interface JobHandle {
  id: string;
  progress: (p: JobProgress) => Promise<void>;
}

const PERSIST_EVERY = 500;
const PERSIST_MS = 1_000;
const HEARTBEAT_MS = 15_000;
export const STALE_AFTER_MS = 120_000;
/** This process, as job rows name it. */
const INSTANCE_ID = randomUUID();

interface Live {
  phase: JobPhase;
  done: number;
  total: number;
  persisted: { phase: JobPhase; done: number; at: number };
}
const live = new Map<string, Live>();
const running = new Map<string, Promise<void>>();

// One heartbeat for all of this process's running jobs on PostgreSQL (unref'd: never keeps the
// process alive; stopped when the last job ends).
let beating: NodeJS.Timeout | undefined;
function startHeartbeat(db: Kysely<DB>, log: FastifyBaseLogger) {
  if (beating) return;
  beating = setInterval(() => {
    q.heartbeat(db, [...running.keys()]).catch((err) => log.warn({ err }, 'job heartbeat failed'));
  }, HEARTBEAT_MS);
  beating.unref();
}
function stopHeartbeatWhenIdle() {
  if (beating && running.size === 0) {
    clearInterval(beating);
    beating = undefined;
  }
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
  await q.insertJob(db, { id, kind: opts.kind, accountId: opts.accountId, unitId: opts.unitId, summary: initial, instanceId: INSTANCE_ID });
  live.set(id, { phase: 'validating', done: 0, total: 0, persisted: { phase: 'validating', done: 0, at: Date.now() } });

  const handle: JobHandle = {
    id,
    progress: async (p) => {
      const l = live.get(id);
      if (!l) return;
      Object.assign(l, p);
      const now = Date.now();
      const due =
        p.phase !== l.persisted.phase ||
        p.done - l.persisted.done >= PERSIST_EVERY ||
        p.done === p.total ||
        (p.done !== l.persisted.done && now - l.persisted.at >= PERSIST_MS);
      const blocked = p.phase === 'writing' && opts.dbKind === 'pglite';
      if (!due || blocked) return;
      l.persisted = { phase: p.phase, done: p.done, at: now };
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
      await q.finishJob(db, id, {
        status: outcome.status,
        total: outcome.total,
        done: outcome.done,
        summary,
        errorFile: outcome.errorFile,
      });
    } catch (err) {
      opts.log.error({ err, jobId: id }, 'could not record the end of a job');
    } finally {
      live.delete(id);
      running.delete(id);
      stopHeartbeatWhenIdle();
    }
  })();
  running.set(id, task);
  if (opts.dbKind === 'postgres') startHeartbeat(db, opts.log);
  return id;
}

const interrupted: StoredSummary = { phase: 'done', result: null, error: { code: 'job_interrupted' } };

/**
 * At start: marks as failed the jobs whose process died. Embedded: every running job (one process
 * owns the data folder). PostgreSQL: those whose heartbeat stopped (other instances' live jobs go on).
 */
export async function failInterruptedJobs(db: Kysely<DB>, kind: 'postgres' | 'pglite' = 'pglite', now = new Date()): Promise<number> {
  return kind === 'pglite' ? q.failRunning(db, interrupted) : failStaleJobs(db, now);
}

/** Periodically, on PostgreSQL: marks as failed the running jobs whose heartbeat stopped STALE_AFTER_MS ago. */
export async function failStaleJobs(db: Kysely<DB>, now = new Date()): Promise<number> {
  return q.failRunning(db, interrupted, new Date(now.getTime() - STALE_AFTER_MS));
}
