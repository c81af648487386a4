// Annual self-cultivation commitments (Quy định 366-QĐ/TW, Điều 6): one per person and year, with the
// registered actions (each with its evidence of done and its due date), the approval by the cell or
// unit (or the return with a comment, as for weekly plans), the mid-year and year-end reports per
// action and the assessment of each (done / partly / not done, with a comment). The setting
// 'commitments.rules' holds the numbers (DEFAULT_COMMITMENT_RULES of src/domain/commitments.ts as of
// this migration, written out: a migration never imports app code).
//
// A criterion of the general part may take its points from the commitment's assessment: the
// criterion source 'commitment' (decision 0025).
import { type Kysely, sql } from 'kysely';

const RULES = { minActions: 2, maxActions: 3, partlyCreditPct: 50, midReportFrom: '06-01', finalReportFrom: '11-01' };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE commitment (
      id             uuid PRIMARY KEY,
      person_id      uuid NOT NULL REFERENCES person(id),
      unit_id        uuid NOT NULL REFERENCES org_unit(id),
      year           integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
      status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
      submitted_at   timestamptz,
      reviewed_by    uuid REFERENCES account(id),
      reviewed_at    timestamptz,
      review_comment text,
      version        integer NOT NULL DEFAULT 1,
      created_at     timestamptz NOT NULL DEFAULT now(),
      UNIQUE (person_id, year)
    );
    CREATE INDEX commitment_unit_year_idx ON commitment (unit_id, year);
    CREATE TABLE commitment_action (
      id                 uuid PRIMARY KEY,
      commitment_id      uuid NOT NULL REFERENCES commitment(id),
      ordinal            integer NOT NULL,
      title              text NOT NULL,
      evidence           text NOT NULL,
      due_date           date NOT NULL,
      mid_report         text,
      mid_reported_at    timestamptz,
      final_report       text,
      final_reported_at  timestamptz,
      assessment         text CHECK (assessment IN ('done', 'partly', 'not_done')),
      assessment_comment text,
      assessed_by        uuid REFERENCES account(id),
      assessed_at        timestamptz,
      UNIQUE (commitment_id, ordinal),
      CHECK (assessment IS NULL OR final_report IS NOT NULL)
    );
    ALTER TABLE criterion DROP CONSTRAINT criterion_source_check;
    ALTER TABLE criterion ADD CONSTRAINT criterion_source_check
      CHECK (source IN ('manual', 'tasks', 'kpi', 'units_led', 'commitment'));
  `.execute(db);
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source)
    VALUES ('commitments.rules', '2025-08-30', ${JSON.stringify(RULES)}::jsonb, 'Quy định 366-QĐ/TW, Điều 6 (số việc đăng ký: thực tiễn địa phương)')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE criterion SET source = 'manual' WHERE source = 'commitment';
    ALTER TABLE criterion DROP CONSTRAINT criterion_source_check;
    ALTER TABLE criterion ADD CONSTRAINT criterion_source_check CHECK (source IN ('manual', 'tasks', 'kpi', 'units_led'));
    DROP TABLE commitment_action, commitment;
    DELETE FROM regulation_setting WHERE key = 'commitments.rules';
  `.execute(db);
}
