// What every benchmark shares: a fresh database (embedded PGlite in a temp folder, or with --pg a
// new database on the DATABASE_URL server, dropped after), timing helpers, and the one result
// line each benchmark ends with:  `<name>: <figure> <unit>; lower bound <figure> <unit>; ratio <x>`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { loadReferenceData } from '../src/server/seed/reference.js';

export interface BenchOptions {
  pg: boolean;
  scale: number;
}

export interface BenchDatabase {
  database: Database;
  /** 'PGlite (embedded, temp folder)' or 'PostgreSQL <version>'. */
  label: string;
  /** Runs one SQL statement on the lowest layer available (PGlite itself, or one pg client). */
  bare(sqlText: string, params: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** A migrated database with the reference data, empty otherwise. */
export async function openBenchDatabase(opts: BenchOptions): Promise<BenchDatabase> {
  let result: BenchDatabase;
  if (opts.pg) {
    const adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) throw new Error('--pg needs DATABASE_URL (a PostgreSQL server where this user may CREATE DATABASE)');
    const name = `canbo_bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    result = {
      database,
      label: `PostgreSQL ${version} (database ${name}, dropped after)`,
      bare: async (text, params) => (await client.query(text, params)).rows,
      close: async () => {
        await client.end();
        await database.close();
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbo-bench-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    const pglite = database.pglite!;
    result = {
      database,
      label: `PGlite (embedded, ${dir}, removed after)`,
      bare: async (text, params) => (await pglite.query(text, params)).rows,
      close: async () => {
        await database.close();
        if (!pglite.closed) await pglite.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  await migrateToLatest(result.database.db);
  await loadReferenceData(result.database.db);
  return result;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i];
}

export function summarise(samplesMs: number[]) {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1], n: s.length };
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** The closing line every benchmark prints exactly once. */
export function resultLine(name: string, figure: number, lowerBound: number, unit: string): string {
  const ratio = figure / lowerBound;
  return `${name}: ${ms(figure)} ${unit}; lower bound ${ms(lowerBound)} ${unit}; ratio ${ratio.toFixed(2)}`;
}

/** A small deterministic generator, so two runs draw the same queries. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
