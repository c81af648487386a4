// SQL of `canbo seed demo --refresh`: reading the demo marker (demo_seed, or the 'demo.seed' audit
// event of a demo created before the marker existed), finding what is not the demo's, and dropping
// the application's objects so the database can be rebuilt (extensions stay).
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

async function tableExists(db: Kysely<DB>, name: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS ok`.execute(db);
  return rows[0].ok;
}

/** The demo province and anchor the marker records; null when the database carries no demo marker. */
export async function demoMarker(db: Kysely<DB>): Promise<{ provinceUnitId: string; anchor: string | null } | null> {
  if (await tableExists(db, 'demo_seed')) {
    const row = await db.selectFrom('demo_seed').select(['province_unit_id', 'anchor']).executeTakeFirst();
    if (row) return { provinceUnitId: row.province_unit_id, anchor: row.anchor };
  }
  if (!(await tableExists(db, 'audit_event'))) return null;
  const legacy = await db.selectFrom('audit_event').select('entity_id').where('action', '=', 'demo.seed').orderBy('seq').executeTakeFirst();
  return legacy ? { provinceUnitId: legacy.entity_id, anchor: null } : null;
}

/** What is not the demo's: units outside the demo province's subtree, accounts other than the demo's. */
export async function foreignData(
  db: Kysely<DB>,
  provinceUnitId: string,
  demoUsernames: readonly string[],
): Promise<{ units: number; accounts: string[] }> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM org_unit u
    WHERE NOT EXISTS (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = ${provinceUnitId} AND c.descendant_id = u.id)`.execute(db);
  const accounts = await db
    .selectFrom('account')
    .select('username')
    .where('username', 'not in', [...demoUsernames])
    .orderBy('username')
    .execute();
  return { units: Number(rows[0].n), accounts: accounts.map((a) => a.username) };
}

/** Drops every table, view, sequence, function, enum and domain of the current schema that no extension owns. */
export async function dropApplicationObjects(db: Kysely<DB>): Promise<void> {
  await sql`
    DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
      LOOP
        EXECUTE format(CASE r.relkind WHEN 'v' THEN 'DROP VIEW IF EXISTS %s CASCADE' WHEN 'm' THEN 'DROP MATERIALIZED VIEW IF EXISTS %s CASCADE'
          WHEN 'S' THEN 'DROP SEQUENCE IF EXISTS %s CASCADE' ELSE 'DROP TABLE IF EXISTS %s CASCADE' END, r.name);
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
          WHERE p.pronamespace = current_schema()::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', r.name);
      END LOOP;
      FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
          WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd')
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('DROP TYPE IF EXISTS %s CASCADE', r.name);
      END LOOP;
    END $$`.execute(db);
}
