// The audit page filters by action (decision 0013). Newest first by action needs (action, seq):
// without it, a rare action on a long trail reads the whole trail backwards to fill one page.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX audit_event_action_idx ON audit_event (action, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX audit_event_action_idx`.execute(db);
}
