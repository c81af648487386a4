// Training and exemplars (issue 13, part B): each person's training profile beside the record's degree and
// levels (the field of study with its group, IT, foreign language, defence and security knowledge), the
// courses attended, the support payments of the local training-support policy (the regulation setting
// 'training.support', effective-dated), and the register of exemplary collectives and individuals.
//
// The degree, political-theory and state-management levels stay on the person record (one place; the
// planning standards read them there). The seed value of 'training.support' is DEFAULT_SUPPORT_POLICY of
// src/domain/training as of this migration, written out (a migration never imports app code).
import { type Kysely, sql } from 'kysely';

// prettier-ignore
const SUPPORT = {"citation":"Quy định 03-QĐ/HU","refund":"pro_rata","items":[{"level":"doctor","amount":60000000,"fieldGroups":null,"serviceYears":7},{"level":"master","amount":30000000,"fieldGroups":["agriculture_forestry_fisheries","engineering_technology","ict","economics_business","law","politics_administration"],"serviceYears":5},{"level":"political_advanced","amount":10000000,"fieldGroups":null,"serviceYears":3},{"level":"political_bachelor","amount":10000000,"fieldGroups":null,"serviceYears":3}]};

const FIELD_GROUPS = `'natural_sciences', 'engineering_technology', 'ict', 'medicine_pharmacy', 'agriculture_forestry_fisheries',
  'economics_business', 'law', 'politics_administration', 'social_sciences_humanities', 'education', 'other'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('training.support', '2021-01-01', ${JSON.stringify(SUPPORT)}::jsonb, 'Quy định 03-QĐ/HU (chính sách hỗ trợ đào tạo của huyện ủy) [U]')
  `.execute(db);
  await sql
    .raw(
      `
    CREATE TABLE training_profile (
      person_id        uuid PRIMARY KEY REFERENCES person(id),
      field_of_study   text CHECK (length(field_of_study) <= 200),
      field_group      text CHECK (field_group IN (${FIELD_GROUPS})),
      it_level         text CHECK (length(it_level) <= 200),
      foreign_language text CHECK (length(foreign_language) <= 200),
      defence_security text CHECK (defence_security IN ('group_1', 'group_2', 'group_3', 'group_4')),
      left_service_on  date,
      updated_at       timestamptz NOT NULL DEFAULT now(),
      version          integer NOT NULL DEFAULT 1
    );
    CREATE INDEX training_profile_group_idx ON training_profile (field_group);

    CREATE TABLE training_course (
      id           uuid PRIMARY KEY,
      person_id    uuid NOT NULL REFERENCES person(id),
      name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      institution  text NOT NULL CHECK (length(institution) BETWEEN 1 AND 300),
      start_date   date NOT NULL,
      end_date     date CHECK (end_date >= start_date),
      mode         text NOT NULL CHECK (mode IN ('full_time', 'part_time', 'in_service', 'distance', 'online', 'short_course')),
      result       text NOT NULL CHECK (result IN ('in_progress', 'completed', 'not_completed')),
      certificate  text CHECK (length(certificate) <= 300),
      level        text CHECK (level IN ('doctor', 'master', 'bachelor', 'political_bachelor', 'political_advanced',
                     'political_intermediate', 'state_management_senior', 'state_management_principal',
                     'state_management_officer', 'defence_security', 'it', 'foreign_language')),
      field_group  text CHECK (field_group IN (${FIELD_GROUPS})),
      created_at   timestamptz NOT NULL DEFAULT now(),
      version      integer NOT NULL DEFAULT 1,
      CHECK (end_date IS NOT NULL OR result = 'in_progress')
    );
    CREATE INDEX training_course_person_idx ON training_course (person_id, start_date);
    CREATE INDEX training_course_end_idx ON training_course (end_date);

    CREATE TABLE training_support_payment (
      id           uuid PRIMARY KEY,
      course_id    uuid NOT NULL REFERENCES training_course(id),
      amount       integer NOT NULL CHECK (amount > 0),
      paid_on      date NOT NULL,
      decision_ref text NOT NULL CHECK (length(decision_ref) BETWEEN 1 AND 120),
      recorded_by  uuid REFERENCES account(id),
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX training_support_payment_course_idx ON training_support_payment (course_id);

    -- One row per nomination; the recognising decision fills the decision columns (status 'recognised').
    CREATE TABLE exemplar (
      id             uuid PRIMARY KEY,
      subject        text NOT NULL CHECK (subject IN ('person', 'collective')),
      person_id      uuid REFERENCES person(id),
      subject_unit_id uuid REFERENCES org_unit(id),
      unit_id        uuid NOT NULL REFERENCES org_unit(id),
      year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      campaign       text NOT NULL CHECK (campaign IN ('ho_chi_minh', 'patriotic_emulation', 'new_countryside', 'digital_transformation', 'other')),
      achievement    text NOT NULL CHECK (length(achievement) BETWEEN 1 AND 2000),
      source         text NOT NULL CHECK (source IN ('commendation', 'unit')),
      status         text NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'recognised', 'declined')),
      level          text CHECK (level IN ('commune', 'province', 'central')),
      decision_ref   text CHECK (length(decision_ref) BETWEEN 1 AND 120),
      decision_date  date,
      decline_reason text CHECK (length(decline_reason) <= 2000),
      nominated_by   uuid REFERENCES account(id),
      decided_by     uuid REFERENCES account(id),
      created_at     timestamptz NOT NULL DEFAULT now(),
      version        integer NOT NULL DEFAULT 1,
      CHECK ((subject = 'person') = (person_id IS NOT NULL)),
      CHECK ((subject = 'collective') = (subject_unit_id IS NOT NULL)),
      CHECK ((status = 'recognised') = (decision_ref IS NOT NULL AND decision_date IS NOT NULL AND level IS NOT NULL))
    );
    CREATE INDEX exemplar_unit_year_idx ON exemplar (unit_id, year);
    CREATE INDEX exemplar_person_idx ON exemplar (person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX exemplar_subject_unit_idx ON exemplar (subject_unit_id) WHERE subject_unit_id IS NOT NULL;
    -- A subject is nominated once per year and campaign (a declined nomination may be made again).
    CREATE UNIQUE INDEX exemplar_once_idx ON exemplar (coalesce(person_id, subject_unit_id), year, campaign) WHERE status <> 'declined';
  `,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE exemplar;
    DROP TABLE training_support_payment;
    DROP TABLE training_course;
    DROP TABLE training_profile;
    DELETE FROM regulation_setting WHERE key = 'training.support';
  `.execute(db);
}
