// Notifications: an index for the e-mail outbox (notifications not yet e-mailed, by age), so the
// e-mail hook does not scan the whole table each minute when it is switched on.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX notification_unemailed_idx ON notification (created_at) WHERE emailed_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX notification_unemailed_idx`.execute(db);
}
