// New-member development and upper-level cadres at cells (issue 12; decision 0033): the annual targets
// per committee and cell (absolute counts, split downwards), the candidates' pipeline with a date per
// stage, and the monthly roster of committee and province cadres who attend a village cell's meeting
// with their short report and the task a concern became.
//
// A target row is (unit, year); a split above the parent's target is kept only with its recorded reason
// (over_reason). A candidate row carries one date per stage; the admission decision creates the Party
// membership (membership_id) through the membership service. A roster row is (cell, month, cadre).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE recruitment_target (
      unit_id     uuid NOT NULL REFERENCES org_unit(id),
      year        integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
      target      integer NOT NULL CHECK (target BETWEEN 0 AND 1000000),
      over_reason text CHECK (length(over_reason) BETWEEN 1 AND 500),
      version     integer NOT NULL DEFAULT 1,
      set_by      uuid REFERENCES account(id),
      PRIMARY KEY (unit_id, year)
    );
    CREATE INDEX recruitment_target_year_idx ON recruitment_target (year, unit_id);

    CREATE TABLE recruitment_candidate (
      id              uuid PRIMARY KEY,
      person_id       uuid NOT NULL REFERENCES person(id),
      cell_id         uuid NOT NULL REFERENCES org_unit(id),
      outstanding_on  date NOT NULL,
      course_on       date,
      application_on  date,
      verification_on date,
      considered_on   date,
      decision_on     date,
      ceremony_on     date,
      age_exception   text CHECK (length(age_exception) BETWEEN 1 AND 500),
      membership_id   uuid REFERENCES party_membership(id),
      note            text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      version         integer NOT NULL DEFAULT 1,
      created_at      timestamptz NOT NULL DEFAULT now(),
      CHECK ((decision_on IS NULL) = (membership_id IS NULL)),
      CHECK (decision_on IS NULL OR considered_on IS NOT NULL)
    );
    CREATE UNIQUE INDEX recruitment_candidate_open_person ON recruitment_candidate (person_id) WHERE ceremony_on IS NULL;
    CREATE INDEX recruitment_candidate_cell_idx ON recruitment_candidate (cell_id, outstanding_on);

    CREATE TABLE cell_roster (
      id        uuid PRIMARY KEY,
      cell_id   uuid NOT NULL REFERENCES org_unit(id),
      month     text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      person_id uuid NOT NULL REFERENCES person(id),
      post      text NOT NULL DEFAULT '' CHECK (length(post) <= 200),
      attended  boolean,
      report    text NOT NULL DEFAULT '' CHECK (length(report) <= 4000),
      guest_id  uuid REFERENCES cell_meeting_guest(id),
      task_id   uuid REFERENCES task(id),
      version   integer NOT NULL DEFAULT 1,
      UNIQUE (cell_id, month, person_id)
    );
    CREATE INDEX cell_roster_month_idx ON cell_roster (month, cell_id);
    CREATE INDEX cell_roster_person_idx ON cell_roster (person_id, month);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE cell_roster, recruitment_candidate, recruitment_target;`.execute(db);
}
