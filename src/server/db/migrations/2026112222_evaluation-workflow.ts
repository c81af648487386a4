// The three steps keep what each one scored, not only its total: the KPI / manual results items of
// the self-assessment, and the general and results items of the appraisal (the appraiser may change
// the self-assessed points; the score is recomputed from them). The index serves the peer-group
// lists and the quota counts (period, evaluating unit, cadre group, status). Free space on each page
// (fillfactor 70) lets recomputing a period update its rows in place (HOT: no index entry rewritten),
// since the computed columns are not indexed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE evaluation
      ADD COLUMN self_kpis jsonb,
      ADD COLUMN appraisal_general jsonb,
      ADD COLUMN appraisal_kpis jsonb;
    CREATE INDEX evaluation_period_status_idx ON evaluation (period_id, status);
    ALTER TABLE evaluation SET (fillfactor = 70);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE evaluation RESET (fillfactor);
    DROP INDEX evaluation_period_status_idx;
    ALTER TABLE evaluation DROP COLUMN self_kpis, DROP COLUMN appraisal_general, DROP COLUMN appraisal_kpis;
  `.execute(db);
}
