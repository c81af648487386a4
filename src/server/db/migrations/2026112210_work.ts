// Work assignment: responsibilities (fields and areas), tasks from every source with lead and
// supporting assignees, progress reports and attachments, due-date history, volunteered-task
// roadmaps, weekly plans, briefing meetings with conclusions, notifications, unit indicators.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Fields of work (lĩnh vực) a committee member can be responsible for. Data, not code.
    CREATE TABLE work_field (
      code    text PRIMARY KEY,
      name_vi text NOT NULL,
      name_en text NOT NULL,
      rank    integer NOT NULL DEFAULT 100
    );
    INSERT INTO work_field (code, name_vi, name_en, rank) VALUES
      ('party_building', 'Xây dựng Đảng', 'Party building', 10),
      ('inspection', 'Kiểm tra, giám sát', 'Inspection and supervision', 20),
      ('mass_mobilization', 'Dân vận, Mặt trận và đoàn thể', 'Mass mobilisation, Front and organisations', 30),
      ('economy', 'Kinh tế', 'Economy', 40),
      ('finance_budget', 'Tài chính, ngân sách', 'Finance and budget', 50),
      ('land_construction', 'Đất đai, xây dựng, hạ tầng', 'Land, construction and infrastructure', 60),
      ('agriculture', 'Nông nghiệp, môi trường', 'Agriculture and environment', 70),
      ('culture_society', 'Văn hóa - xã hội', 'Culture and society', 80),
      ('education_health', 'Giáo dục, y tế', 'Education and health', 90),
      ('security_defense', 'Quốc phòng, an ninh', 'Defence and security', 100),
      ('admin_reform', 'Cải cách hành chính, chuyển đổi số', 'Administrative reform and digital transformation', 110),
      ('justice', 'Tư pháp, hộ tịch', 'Justice and civil status', 120);

    -- Responsibilities of committee members for a term: a field, or an area (village, cell).
    CREATE TABLE responsibility (
      id           uuid PRIMARY KEY,
      person_id    uuid NOT NULL REFERENCES person(id),
      unit_id      uuid NOT NULL REFERENCES org_unit(id),     -- the committee / body assigning it
      term_id      text REFERENCES term(id),
      field_code   text REFERENCES work_field(code),
      area_unit_id uuid REFERENCES org_unit(id),
      note         text NOT NULL DEFAULT '',
      valid_from   date NOT NULL,
      valid_to     date,
      version      integer NOT NULL DEFAULT 1,
      CHECK ((field_code IS NULL) <> (area_unit_id IS NULL)),
      CHECK (valid_to IS NULL OR valid_to > valid_from)
    );
    CREATE INDEX responsibility_person_idx ON responsibility (person_id, valid_from);
    CREATE INDEX responsibility_unit_idx ON responsibility (unit_id, valid_from);

    -- Tasks from every source. Overdue is derived (due_date < today and not done), never stored.
    CREATE TABLE task (
      id              uuid PRIMARY KEY,
      unit_id         uuid NOT NULL REFERENCES org_unit(id),
      source          text NOT NULL CHECK (source IN ('plan', 'slip', 'conclusion', 'programme', 'volunteer')),
      source_ref      uuid,                                  -- plan item / meeting conclusion
      title           text NOT NULL,
      description     text NOT NULL DEFAULT '',
      assigner_id     uuid REFERENCES person(id),
      field_code      text REFERENCES work_field(code),
      area_unit_id    uuid REFERENCES org_unit(id),
      start_date      date NOT NULL,
      due_date        date NOT NULL,
      priority        text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
      work_units      numeric(8,2) NOT NULL CHECK (work_units > 0),
      status          text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'in_progress', 'done', 'cancelled')),
      progress        integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      acknowledged_at timestamptz,
      completed_on    date,
      cancelled_reason text,
      -- appraisal of the result by the assigner (NĐ 335/2025 Điều 14 inputs)
      quality_ok      boolean,
      major_errors    integer CHECK (major_errors IS NULL OR major_errors >= 0),
      exceeded        boolean,
      objective_cause boolean,
      appraised_by    uuid REFERENCES person(id),
      appraised_at    timestamptz,
      appraisal_note  text,
      version         integer NOT NULL DEFAULT 1,
      created_by      uuid REFERENCES account(id),
      created_at      timestamptz NOT NULL DEFAULT now(),
      updated_at      timestamptz NOT NULL DEFAULT now(),
      CHECK (due_date >= start_date),
      CHECK ((status = 'done') = (completed_on IS NOT NULL))
    );
    CREATE INDEX task_unit_due_idx ON task (unit_id, due_date);
    CREATE INDEX task_due_idx ON task (due_date);
    CREATE INDEX task_source_idx ON task (source_ref) WHERE source_ref IS NOT NULL;

    CREATE TABLE task_assignee (
      task_id   uuid NOT NULL REFERENCES task(id),
      person_id uuid NOT NULL REFERENCES person(id),
      role      text NOT NULL CHECK (role IN ('lead', 'support')),
      PRIMARY KEY (task_id, person_id)
    );
    CREATE UNIQUE INDEX task_one_lead_idx ON task_assignee (task_id) WHERE role = 'lead';
    CREATE INDEX task_assignee_person_idx ON task_assignee (person_id, task_id);

    CREATE TABLE task_progress (
      id          uuid PRIMARY KEY,
      task_id     uuid NOT NULL REFERENCES task(id),
      person_id   uuid REFERENCES person(id),
      account_id  uuid REFERENCES account(id),
      reported_at timestamptz NOT NULL DEFAULT now(),
      progress    integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
      note        text NOT NULL DEFAULT ''
    );
    CREATE INDEX task_progress_task_idx ON task_progress (task_id, reported_at);

    CREATE TABLE attachment (
      id           uuid PRIMARY KEY,
      owner_type   text NOT NULL CHECK (owner_type IN ('task', 'task_progress', 'meeting')),
      owner_id     uuid NOT NULL,
      file_name    text NOT NULL,
      mime_type    text NOT NULL,
      size_bytes   integer NOT NULL,
      sha256       text NOT NULL,
      content      bytea NOT NULL,
      uploaded_by  uuid REFERENCES account(id),
      uploaded_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX attachment_owner_idx ON attachment (owner_type, owner_id);

    -- Every due-date change keeps the old value and the reason.
    CREATE TABLE task_due_change (
      id         uuid PRIMARY KEY,
      task_id    uuid NOT NULL REFERENCES task(id),
      old_due    date NOT NULL,
      new_due    date NOT NULL,
      reason     text NOT NULL,
      changed_by uuid REFERENCES account(id),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX task_due_change_task_idx ON task_due_change (task_id, changed_at);

    -- Roadmap of a volunteered hard task.
    CREATE TABLE task_milestone (
      id       uuid PRIMARY KEY,
      task_id  uuid NOT NULL REFERENCES task(id),
      ordinal  integer NOT NULL,
      title    text NOT NULL,
      due_date date NOT NULL,
      done_on  date,
      note     text NOT NULL DEFAULT '',
      version  integer NOT NULL DEFAULT 1,
      UNIQUE (task_id, ordinal)
    );

    -- Weekly work plans (kế hoạch công tác tuần), one per person and week.
    CREATE TABLE weekly_plan (
      id             uuid PRIMARY KEY,
      unit_id        uuid NOT NULL REFERENCES org_unit(id),
      person_id      uuid NOT NULL REFERENCES person(id),
      week_start     date NOT NULL,                         -- a Monday
      status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
      submitted_at   timestamptz,
      reviewed_by    uuid REFERENCES account(id),
      reviewed_at    timestamptz,
      review_comment text,
      version        integer NOT NULL DEFAULT 1,
      created_at     timestamptz NOT NULL DEFAULT now(),
      UNIQUE (person_id, week_start),
      CHECK (extract(isodow FROM week_start) = 1)
    );
    CREATE INDEX weekly_plan_unit_week_idx ON weekly_plan (unit_id, week_start);
    CREATE TABLE weekly_plan_item (
      id          uuid PRIMARY KEY,
      plan_id     uuid NOT NULL REFERENCES weekly_plan(id),
      ordinal     integer NOT NULL,
      title       text NOT NULL,
      description text NOT NULL DEFAULT '',
      field_code  text REFERENCES work_field(code),
      work_units  numeric(8,2) NOT NULL CHECK (work_units > 0),
      start_date  date NOT NULL,
      due_date    date NOT NULL,
      task_id     uuid REFERENCES task(id),
      CHECK (due_date >= start_date),
      UNIQUE (plan_id, ordinal)
    );

    -- Settings per unit (plan deadline, reminder offsets), with defaults in regulation_setting.
    CREATE TABLE unit_setting (
      unit_id uuid NOT NULL REFERENCES org_unit(id),
      key     text NOT NULL,
      value   jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (unit_id, key)
    );

    -- Meetings: the weekly briefing (giao ban); cell meetings come later on the same table.
    CREATE TABLE meeting (
      id           uuid PRIMARY KEY,
      unit_id      uuid NOT NULL REFERENCES org_unit(id),
      kind         text NOT NULL CHECK (kind IN ('briefing', 'cell_regular', 'cell_themed')),
      title        text NOT NULL,
      scheduled_at timestamptz NOT NULL,
      location     text NOT NULL DEFAULT '',
      status       text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'closed', 'cancelled')),
      minutes      text NOT NULL DEFAULT '',
      version      integer NOT NULL DEFAULT 1,
      created_by   uuid REFERENCES account(id),
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX meeting_unit_time_idx ON meeting (unit_id, scheduled_at);
    CREATE TABLE meeting_participant (
      meeting_id uuid NOT NULL REFERENCES meeting(id),
      person_id  uuid NOT NULL REFERENCES person(id),
      role       text NOT NULL CHECK (role IN ('chair', 'attendee')),
      attended   boolean,
      absence_reason text,
      PRIMARY KEY (meeting_id, person_id)
    );
    CREATE TABLE meeting_agenda_item (
      id           uuid PRIMARY KEY,
      meeting_id   uuid NOT NULL REFERENCES meeting(id),
      ordinal      integer NOT NULL,
      title        text NOT NULL,
      presenter_id uuid REFERENCES person(id),
      task_id      uuid REFERENCES task(id),
      UNIQUE (meeting_id, ordinal)
    );
    CREATE TABLE meeting_conclusion (
      id             uuid PRIMARY KEY,
      meeting_id     uuid NOT NULL REFERENCES meeting(id),
      ordinal        integer NOT NULL,
      text           text NOT NULL,
      target_unit_id uuid NOT NULL REFERENCES org_unit(id),
      lead_person_id uuid NOT NULL REFERENCES person(id),
      due_date       date NOT NULL,
      work_units     numeric(8,2) NOT NULL DEFAULT 1 CHECK (work_units > 0),
      task_id        uuid REFERENCES task(id),
      UNIQUE (meeting_id, ordinal)
    );

    -- In-app notifications; the dedupe key makes the reminder scan idempotent.
    CREATE TABLE notification (
      id         uuid PRIMARY KEY,
      person_id  uuid NOT NULL REFERENCES person(id),
      kind       text NOT NULL,
      task_id    uuid REFERENCES task(id),
      meeting_id uuid REFERENCES meeting(id),
      params     jsonb NOT NULL DEFAULT '{}'::jsonb,
      dedupe_key text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at    timestamptz,
      emailed_at timestamptz
    );
    CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC);

    -- Unit indicators: yearly targets and periodic actual values.
    CREATE TABLE indicator (
      id         uuid PRIMARY KEY,
      unit_id    uuid NOT NULL REFERENCES org_unit(id),
      year       integer NOT NULL,
      code       text NOT NULL,
      name       text NOT NULL,
      measure    text NOT NULL DEFAULT '',                 -- unit of measure: 'tỷ đồng', '%', 'người'
      target     numeric(18,4) NOT NULL,
      direction  text NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
      version    integer NOT NULL DEFAULT 1,
      UNIQUE (unit_id, year, code)
    );
    CREATE TABLE indicator_actual (
      id           uuid PRIMARY KEY,
      indicator_id uuid NOT NULL REFERENCES indicator(id),
      period_end   date NOT NULL,
      value        numeric(18,4) NOT NULL,
      note         text NOT NULL DEFAULT '',
      recorded_by  uuid REFERENCES account(id),
      recorded_at  timestamptz NOT NULL DEFAULT now(),
      UNIQUE (indicator_id, period_end)
    );

    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('tasks.reminder_days', '2026-01-01', '[3, 1]'::jsonb, 'CanBo default (configurable per unit)'),
      ('plans.deadline', '2026-01-01', '{"weekday": 5, "time": "17:00"}'::jsonb,
       'CanBo default: the plan for next week is due on Friday 17:00 (configurable per unit)');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE indicator_actual, indicator, notification, meeting_conclusion, meeting_agenda_item,
      meeting_participant, meeting, unit_setting, weekly_plan_item, weekly_plan, task_milestone,
      task_due_change, attachment, task_progress, task_assignee, task, responsibility, work_field;
    DELETE FROM regulation_setting WHERE key IN ('tasks.reminder_days', 'plans.deadline');
  `.execute(db);
}
