// Work summaries over large scopes (checked with EXPLAIN ANALYZE on the generated year of ≈4 million
// tasks, bench/summary.ts): the quarterly summary of a whole province reads every task due in the
// quarter (~900,000). Through task_due_idx each one is a heap visit, and the tasks of a quarter
// are spread over the heap (written day by day, interleaved with the rest of the year), so that
// scan alone took ~3 s of a ~10 s query. This index carries every column the summary reads, so
// the scan is index-only (≈0.1 s); the per-unit GROUP BY went from ~7 s to ~1.2 s, the per-person
// one from ~9.5 s to ~6 s. It has the same key as task_due_idx (the reminder scan, due-date
// ranges), which it replaces.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX task_due_cover_idx ON task (due_date)
      INCLUDE (id, unit_id, status, completed_on, quality_ok, major_errors, exceeded, objective_cause, work_units)
  `.execute(db);
  await sql`DROP INDEX task_due_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX task_due_idx ON task (due_date)`.execute(db);
  await sql`DROP INDEX task_due_cover_idx`.execute(db);
}
