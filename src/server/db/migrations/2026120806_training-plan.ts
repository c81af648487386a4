// The year's training plan of a unit (issue 13): the planned courses with their places, the level each
// confers (which standard it closes) and who should attend. Its completion is never stored: it is computed
// from the recorded courses (training_course) of the attendees, so a course recorded or corrected later
// shows at once.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE training_plan_item (
      id           uuid PRIMARY KEY,
      unit_id      uuid NOT NULL REFERENCES org_unit(id),
      year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      institution  text CHECK (length(institution) <= 300),
      level        text CHECK (level IN ('doctor', 'master', 'bachelor', 'political_bachelor', 'political_advanced',
                     'political_intermediate', 'state_management_senior', 'state_management_principal',
                     'state_management_officer', 'defence_security', 'it', 'foreign_language')),
      start_date   date NOT NULL,
      end_date     date NOT NULL CHECK (end_date >= start_date),
      places       integer NOT NULL CHECK (places BETWEEN 1 AND 10000),
      created_by   uuid REFERENCES account(id),
      created_at   timestamptz NOT NULL DEFAULT now(),
      version      integer NOT NULL DEFAULT 1
    );
    CREATE INDEX training_plan_item_unit_year_idx ON training_plan_item (unit_id, year);

    CREATE TABLE training_plan_attendee (
      item_id   uuid NOT NULL REFERENCES training_plan_item(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id),
      PRIMARY KEY (item_id, person_id)
    );
    CREATE INDEX training_plan_attendee_person_idx ON training_plan_attendee (person_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE training_plan_attendee;
    DROP TABLE training_plan_item;
  `.execute(db);
}
