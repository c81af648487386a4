// The demo marker (issue 15): one row when the database holds the demo organisation, with the seed
// and the anchor ("today" of the demo data) it was drawn on, so the app and later seeds know which
// day the demo describes, and `canbo seed demo --refresh` can tell a demo database from real data.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE demo_seed (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      seed integer NOT NULL,
      anchor date NOT NULL,
      province_unit_id uuid NOT NULL,
      seeded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE demo_seed`.execute(db);
}
