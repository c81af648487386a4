import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Runs `fn` in a transaction, or directly when `db` already is one. */
export async function inTransaction<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
