// Opens the database: embedded PGlite in a data folder (default), in memory (tests), or a real
// PostgreSQL server when a URL is given. Both go through Kysely's PostgresDialect.
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.js';
import { PglitePool } from './pglite-pool.js';
import type { DB } from './schema.js';

export type DbTarget =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' };

export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  /** The embedded instance, when there is one (backup, benchmarks). */
  pglite?: PGlite;
  pgPool?: pg.Pool;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
// Civil dates stay strings ('YYYY-MM-DD') so the process time zone can never shift them.
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
// numeric columns hold work units, scores and indicator values: small enough for a double.
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));

export async function openDatabase(target: DbTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client dropped by the server (restart, admin termination) must not crash the
    // process: the pool discards it and the next query opens a new connection.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL: idle connection lost (${err.message})`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pgPool: pool, close: () => db.destroy() };
  }
  const release = target.kind === 'pglite' ? lockDataDir(target.dataDir) : () => {};
  try {
    const pglite = await PGlite.create({
      dataDir: target.kind === 'pglite' ? target.dataDir + '/pgdata' : undefined,
      extensions: { pg_trgm, btree_gist },
      parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v), [NUMERIC_OID]: (v: string) => Number(v) },
    });
    const pool = new PglitePool(pglite);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        // Kysely ends the pool (and PGlite) only if it ever borrowed a connection.
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
