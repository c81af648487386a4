// Leaders' yearly action plans (issue 13, decision 0034): each holder of a leadership post writes, for
// the unit of that post, what they commit to the standing committee — targets, each of which may be
// one of the unit's indicators of the year with the value aimed at — and the example they set. Each
// entry carries its roadmap of milestones while it is being written (`milestones`, a JSON list of
// {title, dueDate}); on approval every entry becomes a volunteered task led by the leader
// (task.source 'volunteer', source_ref = the entry) whose milestones are the task's, so progress,
// evidence and late milestones are tracked by the tasks module, never copied here.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE action_plan (
      id             uuid PRIMARY KEY,
      person_id      uuid NOT NULL REFERENCES person(id),
      unit_id        uuid NOT NULL REFERENCES org_unit(id),
      post_id        uuid NOT NULL REFERENCES post(id),
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
    CREATE INDEX action_plan_unit_year_idx ON action_plan (unit_id, year);
    CREATE TABLE action_plan_item (
      id           uuid PRIMARY KEY,
      plan_id      uuid NOT NULL REFERENCES action_plan(id),
      ordinal      integer NOT NULL,
      kind         text NOT NULL CHECK (kind IN ('target', 'example')),
      title        text NOT NULL,
      indicator_id uuid REFERENCES indicator(id),
      target_value numeric(18, 4),
      due_date     date NOT NULL,
      milestones   jsonb NOT NULL DEFAULT '[]',
      task_id      uuid REFERENCES task(id),
      UNIQUE (plan_id, ordinal),
      CHECK (kind = 'target' OR indicator_id IS NULL)
    );
    CREATE INDEX action_plan_item_task_idx ON action_plan_item (task_id) WHERE task_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE action_plan_item, action_plan`.execute(db);
}
