// The six-monthly check of a committee's member list against the members' files (Hướng dẫn 06-HD/TW,
// issue 12; decision 0041): one recorded task per committee and half-year, due on the last day of the
// half, marked done with the day of the check and its result.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cell_member_check (
      id         uuid PRIMARY KEY,
      unit_id    uuid NOT NULL REFERENCES org_unit(id),
      year       integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
      half       integer NOT NULL CHECK (half IN (1, 2)),
      due_on     date NOT NULL,
      done_on    date,
      result     text NOT NULL DEFAULT '' CHECK (length(result) <= 4000),
      note       text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      created_by uuid REFERENCES account(id),
      done_by    uuid REFERENCES account(id),
      version    integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (unit_id, year, half),
      CHECK ((done_on IS NULL) = (done_by IS NULL))
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE cell_member_check;`.execute(db);
}
