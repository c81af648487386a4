// People lists sorted by date of birth walk an index instead of sorting a province's records.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX person_dob_sort_idx ON person (date_of_birth, sort_key, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX person_dob_sort_idx`.execute(db);
}
