// What every CLI command shares: where it writes, the environment it reads, opening the database
// the server would open, and errors that carry an exit code. Commands take a CliIo instead of
// touching process.* so the tests run them in-process.
import { type Database, openDatabase } from '../db/connect.js';
import { DataDirLockedError } from '../db/lock.js';
import { ConfigError, type Env, loadEnv } from '../env.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** Rewrites the current terminal line (progress bars); undefined when output is not a terminal. */
  status?: (line: string) => void;
  /** Reads one line from the user; `hidden` for passwords. */
  ask?: (question: string, hidden: boolean) => Promise<string>;
  /** A person at a terminal (asked twice for a new password), not a pipe. */
  interactive?: boolean;
}

/** An expected failure: printed without a stack trace, the process exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export const EXIT_FAILED = 1;
export const EXIT_CONFIG = 2;

export function envOf(io: CliIo): Env {
  try {
    return loadEnv(io.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message, EXIT_CONFIG);
    throw e;
  }
}

export function describeTarget(env: Env): string {
  return env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${env.dataDir}`;
}

/** Opens the database the server would open. An embedded folder in use by a server is refused. */
export async function openFromEnv(io: CliIo, env: Env = envOf(io)): Promise<Database> {
  try {
    return await openDatabase(
      env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: 2 } : { kind: 'pglite', dataDir: env.dataDir },
    );
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      throw new CliError(
        `${e.message}\nThe CLI opens the data folder itself: stop the server first, then run this command again.`,
        EXIT_CONFIG,
      );
    }
    throw e;
  }
}

/**
 * Closes the embedded instance, then Kysely and the lock. Kysely only ends its pool if it ran a
 * query, so an untouched PGlite (a backup) would otherwise stay open after the lock is released.
 */
export async function closeDatabase(database: Database): Promise<void> {
  if (database.pglite && !database.pglite.closed) await database.pglite.close();
  await database.close();
}

/** Runs `fn` on the opened database and always closes it (PGlite flushes to disk on close). */
export async function withDatabase<T>(io: CliIo, fn: (database: Database, env: Env) => Promise<T>): Promise<T> {
  const env = envOf(io);
  const database = await openFromEnv(io, env);
  try {
    return await fn(database, env);
  } finally {
    await closeDatabase(database);
  }
}

/** A terminal progress bar; on a non-terminal it prints a line every 10 %. */
export function progressBar(io: CliIo, label: string) {
  let lastTenth = -1;
  let lastDraw = 0;
  return {
    update(done: number, total: number, detail = '') {
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      if (io.status) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(ratio * width);
        io.status(
          `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done}/${total} ${detail}`,
        );
      } else {
        const tenth = Math.floor(ratio * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          io.out(`${label}: ${tenth * 10}% (${done}/${total}) ${detail}`.trimEnd());
        }
      }
    },
    finish(message: string) {
      if (io.status) io.status('');
      io.out(message);
    },
  };
}
