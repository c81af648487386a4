// The start-up's one question to the database: is there an organisation yet (else seed the demo)?
import { type Kysely, sql } from 'kysely';
import type { DB } from './db/schema.js';

export async function hasAnyUnit(db: Kysely<DB>): Promise<boolean> {
  const any = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return !!any;
}

/** The day the demo data describes, when this database holds the demo. */
export async function demoMarker(db: Kysely<DB>): Promise<{ anchor: string } | undefined> {
  return db.selectFrom('demo_seed').select('anchor').executeTakeFirst();
}

/** pg_advisory_lock key of the boot: 'CanB' 'oot!' as two int4 (any constant unique to CanBo). */
const BOOT_LOCK = [0x43616e42, 0x6f6f7421] as const;

/** Takes the boot lock on this connection without waiting; false when another instance holds it. */
export async function tryBootLock(conn: Kysely<DB>): Promise<boolean> {
  const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${BOOT_LOCK[0]}, ${BOOT_LOCK[1]}) AS ok`.execute(conn);
  return !!got.rows[0]?.ok;
}

/** Waits for the boot lock on this connection. */
export async function waitBootLock(conn: Kysely<DB>): Promise<void> {
  await sql`SELECT pg_advisory_lock(${BOOT_LOCK[0]}, ${BOOT_LOCK[1]})`.execute(conn);
}

export async function releaseBootLock(conn: Kysely<DB>): Promise<void> {
  await sql`SELECT pg_advisory_unlock(${BOOT_LOCK[0]}, ${BOOT_LOCK[1]})`.execute(conn);
}
