// Planning, session 6 (issue 10, decision 0030):
// - the reference months of the Party's 2025–2030 term (Chỉ thị 45-CT/TW of 14/4/2025: the month each
//   level's congresses began — grassroots 04/2025, commune 07/2025, province 09/2025), added to every row
//   of the 'planning.age' setting that lacks the term (an administrator's own months are kept);
// - the procedure's records: the yearly review held and the approvals reported to the level above, one
//   dated row per unit, kind and year (the cadence card reads them);
// - a version on the committees' fixed sizes, which an administrator now edits (409 on a stale form).
import { type Kysely, sql } from 'kysely';

const MONTHS_2025 = { grassroots: '2025-04', commune: '2025-07', province: '2025-09' };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE regulation_setting
       SET value = jsonb_set(value, '{referenceMonths,party-2025-2030}', ${JSON.stringify(MONTHS_2025)}::jsonb)
     WHERE key = 'planning.age' AND NOT (value -> 'referenceMonths') ? 'party-2025-2030'
  `.execute(db);
  await sql`
    ALTER TABLE planning_committee_size ADD COLUMN version integer NOT NULL DEFAULT 1;

    CREATE TABLE planning_procedure_record (
      id           uuid PRIMARY KEY,
      unit_id      uuid NOT NULL REFERENCES org_unit(id),
      kind         text NOT NULL CHECK (kind IN ('yearly_review', 'approval_report')),
      year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      done_on      date NOT NULL,
      document_ref text CHECK (length(document_ref) BETWEEN 1 AND 120),
      note         text CHECK (length(note) <= 2000),
      recorded_by  uuid REFERENCES account(id),
      created_at   timestamptz NOT NULL DEFAULT now(),
      UNIQUE (unit_id, kind, year),
      CHECK (kind <> 'approval_report' OR document_ref IS NOT NULL)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE planning_procedure_record;
    ALTER TABLE planning_committee_size DROP COLUMN version;
    UPDATE regulation_setting SET value = value #- '{referenceMonths,party-2025-2030}' WHERE key = 'planning.age';
  `.execute(db);
}
