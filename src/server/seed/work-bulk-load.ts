// Fast bulk loading the way the PostgreSQL manual recommends ("Populating a Database"): drop a
// table's indexes, primary key and foreign keys (its own and those pointing at it), load, then
// put them back. The definitions are read from the catalog (never restated here, so they cannot
// drift from the migrations), and it all happens inside the caller's transaction: re-adding the
// keys validates every row in one pass, and on any failure the rollback restores the schema.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

interface Constraint {
  table: string;
  name: string;
  def: string;
}

export interface DroppedDefinitions {
  primaryKeys: Constraint[];
  indexes: Array<{ name: string; def: string }>;
  foreignKeys: Constraint[];
}

/** Drops the keys and indexes of `tables` (and the foreign keys referencing them); returns how to rebuild them. */
export async function dropForBulkLoad(trx: Kysely<DB>, tables: string[]): Promise<DroppedDefinitions> {
  if (!trx.isTransaction) throw new Error('dropForBulkLoad must run inside a transaction');
  const regs = sql.join(tables.map((t) => sql`to_regclass(${t})`));
  const constraints = async (where: ReturnType<typeof sql>) =>
    (
      await sql<Constraint>`
        SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE ${where} ORDER BY 1, 2
      `.execute(trx)
    ).rows;
  const foreignKeys = await constraints(sql`contype = 'f' AND (conrelid IN (${regs}) OR confrelid IN (${regs}))`);
  const primaryKeys = await constraints(sql`contype = 'p' AND conrelid IN (${regs})`);
  const indexes = (
    await sql<{ name: string; def: string }>`
      SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i
      WHERE i.indrelid IN (${regs}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1
    `.execute(trx)
  ).rows;
  for (const c of [...foreignKeys, ...primaryKeys])
    await sql`ALTER TABLE ${sql.raw(c.table)} DROP CONSTRAINT ${sql.ref(c.name)}`.execute(trx);
  for (const ix of indexes) await sql`DROP INDEX ${sql.raw(ix.name)}`.execute(trx);
  return { primaryKeys, indexes, foreignKeys };
}

/** Rebuilds what dropForBulkLoad dropped: keys and indexes first, so the foreign-key checks can use them. */
export async function restoreAfterBulkLoad(trx: Kysely<DB>, dropped: DroppedDefinitions): Promise<void> {
  await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(trx);
  const add = (c: Constraint) => sql`ALTER TABLE ${sql.raw(c.table)} ADD CONSTRAINT ${sql.ref(c.name)} ${sql.raw(c.def)}`.execute(trx);
  for (const c of dropped.primaryKeys) await add(c);
  for (const ix of dropped.indexes) await sql.raw(ix.def).execute(trx);
  for (const c of dropped.foreignKeys) await add(c);
}
