// Briefing meetings: the co-chairs keep the order they were given in, because the first chair is
// the assigner of the tasks the meeting's conclusions become.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE meeting_participant ADD COLUMN ordinal integer NOT NULL DEFAULT 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE meeting_participant DROP COLUMN ordinal`.execute(db);
}
