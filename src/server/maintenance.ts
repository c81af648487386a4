// Periodic housekeeping of one instance (any number may run it at once: every step is an
// idempotent DELETE/UPDATE): expired sessions are deleted, sign-in counters that no longer slow
// anyone are forgotten, and on PostgreSQL jobs whose process died are marked failed.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/connect.js';
import { purgeExpiredSessions, purgeStaleThrottle } from './modules/auth/index.js';
import { failStaleJobs } from './modules/jobs/index.js';

export interface MaintenanceResult {
  sessions: number;
  throttleRows: number;
  jobs: number;
}

/** One round of housekeeping. */
export async function runMaintenance(database: Pick<Database, 'db' | 'kind'>, now = new Date()): Promise<MaintenanceResult> {
  const sessions = await purgeExpiredSessions(database.db, now);
  const throttleRows = await purgeStaleThrottle(database.db, now);
  // Embedded: this process is the only one, and its own running jobs are alive.
  const jobs = database.kind === 'postgres' ? await failStaleJobs(database.db, now) : 0;
  return { sessions, throttleRows, jobs };
}

/** Runs the housekeeping every `intervalMs` on an unref'd timer; returns the function that stops it. */
export function startMaintenance(
  database: Pick<Database, 'db' | 'kind'>,
  opts: { intervalMs: number; log: FastifyBaseLogger },
): () => Promise<void> {
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    current = runMaintenance(database)
      .then((r) => {
        if (r.sessions || r.throttleRows || r.jobs) opts.log.info(r, 'maintenance');
      })
      .catch((err) => opts.log.warn({ err }, 'maintenance failed'));
  }, opts.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
