// Shared by the work benchmarks (tasks-list, summary): a province at --scale with a year of tasks
// (--tasks-per-person, default 130 ≈ 4 million tasks at scale 1 on PostgreSQL; PGlite defaults to
// fewer, see PGLITE_TASKS_PER_PERSON), the real app, and a standing-committee user of the province.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { generateProvince, type GenerateResult } from '../src/server/seed/generate.js';
import { DEFAULT_TASKS_PER_PERSON } from '../src/server/seed/work-generate.js';
import { createAccount } from '../src/server/test/factories.js';
import { type Session, signIn } from '../src/server/test/harness.js';
import { type BenchDatabase, type BenchOptions, log, openBenchDatabase } from './bench.lib.js';

/**
 * PGlite (one WebAssembly thread) loads ≈4 million tasks too slowly for a benchmark run; it
 * gets a smaller year unless --tasks-per-person says otherwise (figures in the note).
 */
export const PGLITE_TASKS_PER_PERSON = 30;

export type WorkBenchOptions = BenchOptions & { tasksPerPerson?: number };

export interface WorkBench {
  bench: BenchDatabase;
  gen: GenerateResult;
  app: FastifyInstance;
  session: Session;
  tasksPerPerson: number;
  get(url: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function setUpWorkBench(opts: WorkBenchOptions): Promise<WorkBench> {
  const tasksPerPerson = opts.tasksPerPerson ?? (opts.pg ? DEFAULT_TASKS_PER_PERSON : PGLITE_TASKS_PER_PERSON);
  const bench = await openBenchDatabase(opts);
  try {
    log(`database: ${bench.label}`);
    log(`generating a province at scale ${opts.scale} with ${tasksPerPerson} tasks per person on average…`);
    const t0 = Date.now();
    let lastTenth = -1;
    let peakRss = 0;
    const gen = await generateProvince(bench.database.db, {
      scale: opts.scale,
      tasksPerPerson,
      onProgress: (done, total) => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        const tenth = Math.floor((done / Math.max(1, total)) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          log(`  ${tenth * 10}% of ${total} rows (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        }
      },
    });
    log(
      `generated ${gen.people} people, ${gen.units} units, ${gen.tasks} tasks and ${gen.assignees} assignees in ` +
        `${((Date.now() - t0) / 1000).toFixed(1)} s (peak RSS ${(peakRss / 1e6).toFixed(0)} MB)`,
    );
    // As autovacuum would have by then: statistics and the visibility map (index-only counts).
    await bench.bare('VACUUM ANALYZE', []);
    await logTableSizes(bench);
    const app = await buildApp({ database: bench.database, logLevel: 'silent' });
    await app.ready();
    const account = await createAccount(bench.database.db, 'standing', gen.provinceUnitId);
    const session = await signIn(app, account.username, account.password);
    return {
      bench,
      gen,
      app,
      session,
      tasksPerPerson,
      get: async (url: string) => {
        const res = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
        return res.json();
      },
      close: async () => {
        await app.close();
        await bench.close();
      },
    };
  } catch (e) {
    await bench.close();
    throw e;
  }
}

/** The largest tables (rows, heap + indexes): the bytes per row behind docs/scaling.md's sizing. */
async function logTableSizes(bench: BenchDatabase): Promise<void> {
  const rows = (await bench.bare(
    `SELECT c.relname, c.reltuples::bigint AS n, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap
       FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
      WHERE c.relkind = 'r' AND s.nspname = current_schema()
      ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8`,
    [],
  )) as Array<{ relname: string; n: string | number; total: string | number; heap: string | number }>;
  const all = (await bench.bare('SELECT pg_database_size(current_database()) AS b', [])) as Array<{ b: string | number }>;
  log(`database ${(Number(all[0].b) / 1e6).toFixed(0)} MB; largest tables (rows, heap + indexes, bytes per row):`);
  for (const r of rows) {
    const n = Number(r.n);
    log(
      `  ${r.relname.padEnd(20)} ${String(n).padStart(10)} rows ${(Number(r.total) / 1e6).toFixed(0).padStart(6)} MB ` +
        `(heap ${(Number(r.heap) / 1e6).toFixed(0)} MB)  ${n > 0 ? (Number(r.total) / n).toFixed(0) : '-'} B/row`,
    );
  }
}

/** Draws `n` items with repetition, deterministically. */
export function drawMany<T>(items: readonly T[], n: number, rnd: () => number): T[] {
  return Array.from({ length: n }, () => items[Math.floor(rnd() * items.length)]);
}

/** Times `fn` in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}
