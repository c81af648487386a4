// Party cells, members (issue 12, session 6): exemption from Party work and suspension end as well as
// start, each with its decision (number and date), on the membership row (decision 0032).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE party_membership
      ADD COLUMN exempt_decision_on    date,
      ADD COLUMN exempt_to             date,
      ADD COLUMN suspended_decision    text CHECK (length(suspended_decision) <= 200),
      ADD COLUMN suspended_decision_on date,
      ADD COLUMN suspended_to          date,
      ADD CONSTRAINT party_membership_exempt_order CHECK (exempt_to IS NULL OR exempt_to > exempt_from),
      ADD CONSTRAINT party_membership_suspended_order CHECK (suspended_to IS NULL OR suspended_to > suspended_from)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE party_membership
      DROP CONSTRAINT party_membership_suspended_order,
      DROP CONSTRAINT party_membership_exempt_order,
      DROP COLUMN suspended_to,
      DROP COLUMN suspended_decision_on,
      DROP COLUMN suspended_decision,
      DROP COLUMN exempt_to,
      DROP COLUMN exempt_decision_on
  `.execute(db);
}
