// Evaluation and classification (Quy định 366-QĐ/TW, Nghị định 335/2025/NĐ-CP): cadre groups,
// versioned criteria sets assigned to groups, periods opened per unit subtree, the three steps
// (self-assessment, appraisal, decision) on one evaluation row per person or collective and
// period, the inputs of the KHT triggers (discipline, confidence votes, degradation conclusions,
// shortcomings), quota exceptions, and the regulation defaults as data.
import { type Kysely, sql } from 'kysely';

const CLASSIFICATION_RULES = {
  // QĐ 366-QĐ/TW Điều 11–14 and NĐ 335/2025 Điều 16–19: bands and gates.
  bands: { excellent: 90, good: 70, completed: 50 },
  excellent: { onTimeWithQualityPct: 100, exceededPct: 30, shortcomingsFixedPct: 100 },
  good: { onTimeWithQualityPct: 100 },
  completed: { donePct: 100, maxLatePct: 20 },
  notCompleted: {
    disciplineKinds: ['reprimand', 'warning', 'removal', 'expulsion'],
    maxNotDonePct: 50,
    leaderMinUnitsCompletionPct: 70,
    leaderMaxUnitsNotCompletedPct: 50,
    leaderMaxLowConfidencePct: 50,
  },
};
const QUOTA = { excellentOfGoodPct: 20, exceptionPct: 25 };
const RESULTS_FORMULA = {
  // NĐ 335 Điều 14: the results part from quantity, quality and progress [U: combination configurable].
  weights: { quantity: 1, quality: 1, progress: 1 },
  deductionPerErrorPct: 25,
  deductionPerDelayPct: 25,
  leader: { ownWeight: 0.5, unitsWeight: 0.5, unitsAllAtLeastCompletedPct: 100, unitsAnyNotCompletedPct: 50 },
};
const EXCLUSIONS = { minMembershipMonths: 6 };
const COMMENDATION = { grassrootsYears: 1, provinceYears: 5 };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cadre_group (
      code          text PRIMARY KEY,
      name_vi       text NOT NULL,
      name_en       text NOT NULL,
      appendix      text NOT NULL CHECK (appendix IN ('PL1', 'PL2', 'PL3', 'PL4', 'PL5', 'ND335', 'LOCAL')),
      is_collective boolean NOT NULL DEFAULT false,
      is_leader     boolean NOT NULL DEFAULT false,
      rank          integer NOT NULL DEFAULT 100
    );
    INSERT INTO cadre_group (code, name_vi, name_en, appendix, is_collective, is_leader, rank) VALUES
      ('collective', 'Tập thể', 'Collectives', 'PL1', true, false, 10),
      ('leader_central', 'Lãnh đạo diện Trung ương quản lý', 'Leaders managed by the Centre', 'PL2', false, true, 20),
      ('leader_province', 'Lãnh đạo diện Tỉnh ủy quản lý', 'Leaders managed by the province', 'PL3', false, true, 30),
      ('leader_commune', 'Lãnh đạo cấp xã', 'Commune leaders', 'PL3', false, true, 40),
      ('staff', 'Cán bộ, đảng viên không giữ chức vụ lãnh đạo', 'Individuals without a leadership post', 'PL4', false, false, 50),
      ('party_member_outside', 'Đảng viên ngoài hệ thống chính trị', 'Party members outside the political system', 'PL5', false, false, 60),
      ('civil_servant', 'Công chức (Nghị định 335/2025)', 'Civil servants (Decree 335/2025)', 'ND335', false, false, 70);

    -- Criteria sets: versioned; frozen once an evaluation uses them (editing creates a new version).
    CREATE TABLE criteria_set (
      id            uuid PRIMARY KEY,
      family        uuid NOT NULL,                 -- same for every version of one set
      version_no    integer NOT NULL,
      name          text NOT NULL,
      appendix      text NOT NULL,
      general_points numeric(6,2) NOT NULL DEFAULT 30,
      results_points numeric(6,2) NOT NULL DEFAULT 70,
      results_config jsonb NOT NULL,               -- formula weights, leader components
      frozen_at     timestamptz,
      created_by    uuid REFERENCES account(id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      version       integer NOT NULL DEFAULT 1,    -- optimistic lock of the draft
      UNIQUE (family, version_no)
    );
    CREATE TABLE criterion (
      id         uuid PRIMARY KEY,
      set_id     uuid NOT NULL REFERENCES criteria_set(id),
      part       text NOT NULL CHECK (part IN ('general', 'results')),
      ordinal    integer NOT NULL,
      code       text NOT NULL,
      title      text NOT NULL,
      max_points numeric(6,2) NOT NULL CHECK (max_points > 0),
      source     text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'tasks', 'kpi', 'units_led')),
      UNIQUE (set_id, code),
      UNIQUE (set_id, part, ordinal)
    );
    CREATE TABLE criteria_assignment (
      cadre_group    text NOT NULL REFERENCES cadre_group(code),
      family         uuid NOT NULL,
      unit_id        uuid NOT NULL REFERENCES org_unit(id),   -- the subtree where it applies
      effective_from date NOT NULL,
      assigned_by    uuid REFERENCES account(id),
      PRIMARY KEY (cadre_group, unit_id, effective_from)
    );

    CREATE TABLE evaluation_period (
      id             uuid PRIMARY KEY,
      unit_id        uuid NOT NULL REFERENCES org_unit(id),
      kind           text NOT NULL CHECK (kind IN ('month', 'quarter', 'year', 'term')),
      year           integer NOT NULL,
      number         integer NOT NULL DEFAULT 0,   -- month 1–12, quarter 1–3; 0 for year and term
      start_date     date NOT NULL,
      end_date       date NOT NULL,
      self_due       date NOT NULL,
      appraisal_due  date NOT NULL,
      decision_due   date NOT NULL,
      status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closing', 'closed')),
      opened_by      uuid REFERENCES account(id),
      opened_at      timestamptz NOT NULL DEFAULT now(),
      closed_at      timestamptz,
      version        integer NOT NULL DEFAULT 1,
      CHECK (end_date >= start_date),
      CHECK (kind <> 'quarter' OR number BETWEEN 1 AND 3),
      CHECK (kind <> 'month' OR number BETWEEN 1 AND 12),
      UNIQUE (unit_id, kind, year, number)
    );

    -- One row per person (or collective) and period: the three steps and the computed inputs.
    CREATE TABLE evaluation (
      id               uuid PRIMARY KEY,
      period_id        uuid NOT NULL REFERENCES evaluation_period(id),
      person_id        uuid REFERENCES person(id),
      subject_unit_id  uuid REFERENCES org_unit(id),          -- collectives (PL1)
      unit_id          uuid NOT NULL REFERENCES org_unit(id),  -- the evaluating unit (scope, peers)
      cadre_group      text NOT NULL REFERENCES cadre_group(code),
      criteria_set_id  uuid NOT NULL REFERENCES criteria_set(id),
      status           text NOT NULL CHECK (status IN ('excluded', 'self_pending', 'self_submitted', 'appraised', 'decided', 'published')),
      excluded_reason  text,
      worked_ratio     numeric(5,4) NOT NULL DEFAULT 1,
      inputs           jsonb NOT NULL DEFAULT '{}'::jsonb,     -- task totals, triggers, units led
      results_score    numeric(6,2),
      proposed_level   text CHECK (proposed_level IN ('excellent', 'good', 'completed', 'not_completed')),
      gate_report      jsonb NOT NULL DEFAULT '[]'::jsonb,
      self_general     jsonb,
      self_score       numeric(6,2),
      self_level       text CHECK (self_level IN ('excellent', 'good', 'completed', 'not_completed')),
      self_comment     text,
      self_submitted_at timestamptz,
      appraisal_score  numeric(6,2),
      appraisal_level  text CHECK (appraisal_level IN ('excellent', 'good', 'completed', 'not_completed')),
      appraisal_comment text,
      appraised_by     uuid REFERENCES account(id),
      appraised_at     timestamptz,
      decision_score   numeric(6,2),
      decision_level   text CHECK (decision_level IN ('excellent', 'good', 'completed', 'not_completed')),
      decision_reason  text,
      decided_by       uuid REFERENCES account(id),
      decided_at       timestamptz,
      published_at     timestamptz,
      version          integer NOT NULL DEFAULT 1,
      CHECK ((person_id IS NULL) <> (subject_unit_id IS NULL))
    );
    CREATE UNIQUE INDEX evaluation_person_key ON evaluation (period_id, person_id) WHERE person_id IS NOT NULL;
    CREATE UNIQUE INDEX evaluation_collective_key ON evaluation (period_id, subject_unit_id) WHERE subject_unit_id IS NOT NULL;
    CREATE INDEX evaluation_unit_idx ON evaluation (period_id, unit_id, cadre_group);
    CREATE INDEX evaluation_person_idx ON evaluation (person_id);

    -- Decisions cancelled and re-rated keep their history here.
    CREATE TABLE evaluation_revision (
      id            uuid PRIMARY KEY,
      evaluation_id uuid NOT NULL REFERENCES evaluation(id),
      step          text NOT NULL CHECK (step IN ('self', 'appraisal', 'decision', 'cancel')),
      score         numeric(6,2),
      level         text,
      reason        text,
      by_account    uuid REFERENCES account(id),
      at            timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX evaluation_revision_eval_idx ON evaluation_revision (evaluation_id, at);

    CREATE TABLE quota_exception (
      id          uuid PRIMARY KEY,
      period_id   uuid NOT NULL REFERENCES evaluation_period(id),
      unit_id     uuid NOT NULL REFERENCES org_unit(id),
      cadre_group text NOT NULL REFERENCES cadre_group(code),
      percent     numeric(5,2) NOT NULL,
      reason      text NOT NULL,
      granted_by  uuid REFERENCES account(id),
      granted_at  timestamptz NOT NULL DEFAULT now(),
      UNIQUE (period_id, unit_id, cadre_group)
    );

    -- Inputs of the KHT triggers and of the HTXS gate.
    CREATE TABLE discipline (
      id           uuid PRIMARY KEY,
      person_id    uuid NOT NULL REFERENCES person(id),
      kind         text NOT NULL CHECK (kind IN ('reprimand', 'warning', 'removal', 'expulsion')),
      decided_on   date NOT NULL,
      reason       text NOT NULL,
      decision_ref text,
      version      integer NOT NULL DEFAULT 1,
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX discipline_person_idx ON discipline (person_id, decided_on);
    CREATE TABLE confidence_vote (
      id          uuid PRIMARY KEY,
      person_id   uuid NOT NULL REFERENCES person(id),
      voted_on    date NOT NULL,
      total_votes integer NOT NULL CHECK (total_votes > 0),
      high_votes  integer NOT NULL CHECK (high_votes >= 0),
      low_votes   integer NOT NULL CHECK (low_votes >= 0),
      note        text NOT NULL DEFAULT '',
      CHECK (high_votes + low_votes <= total_votes)
    );
    CREATE INDEX confidence_vote_person_idx ON confidence_vote (person_id, voted_on);
    CREATE TABLE degradation_conclusion (
      id            uuid PRIMARY KEY,
      person_id     uuid NOT NULL REFERENCES person(id),
      concluded_on  date NOT NULL,
      text          text NOT NULL,
      decision_ref  text
    );
    CREATE INDEX degradation_person_idx ON degradation_conclusion (person_id, concluded_on);
    CREATE TABLE shortcoming (
      id          uuid PRIMARY KEY,
      person_id   uuid REFERENCES person(id),
      unit_id     uuid REFERENCES org_unit(id),
      period_id   uuid REFERENCES evaluation_period(id),
      noted_on    date NOT NULL,
      text        text NOT NULL,
      fixed_on    date,
      version     integer NOT NULL DEFAULT 1,
      CHECK ((person_id IS NULL) <> (unit_id IS NULL))
    );
    CREATE INDEX shortcoming_person_idx ON shortcoming (person_id, noted_on);
    -- Status changes that exclude a person from evaluation (QĐ 366): exemption, suspension, leave.
    CREATE TABLE member_status (
      id         uuid PRIMARY KEY,
      person_id  uuid NOT NULL REFERENCES person(id),
      kind       text NOT NULL CHECK (kind IN ('exempted', 'suspended', 'sick_leave', 'maternity_leave')),
      valid_from date NOT NULL,
      valid_to   date,
      note       text NOT NULL DEFAULT '',
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    );
    CREATE INDEX member_status_person_idx ON member_status (person_id, valid_from);

  `.execute(db);
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('evaluation.classification', '2025-08-30', ${JSON.stringify(CLASSIFICATION_RULES)}::jsonb,
       'Quy định 366-QĐ/TW (30/8/2025); Nghị định 335/2025/NĐ-CP'),
      ('evaluation.quota', '2025-08-30', ${JSON.stringify(QUOTA)}::jsonb,
       'Quy định 366-QĐ/TW: HTXS ≤ 20% số HTT, tối đa 25% khi cấp có thẩm quyền cho phép'),
      ('evaluation.results_formula', '2026-01-01', ${JSON.stringify(RESULTS_FORMULA)}::jsonb,
       'Nghị định 335/2025/NĐ-CP, Điều 14'),
      ('evaluation.exclusions', '2025-08-30', ${JSON.stringify(EXCLUSIONS)}::jsonb,
       'Quy định 366-QĐ/TW: không đánh giá đảng viên mới kết nạp dưới 6 tháng, miễn sinh hoạt, đình chỉ'),
      ('evaluation.commendation', '2025-08-30', ${JSON.stringify(COMMENDATION)}::jsonb,
       'Quy định 366-QĐ/TW: HTXS trong năm → giấy khen cấp cơ sở; 5 năm liền → cấp trên / bằng khen của tỉnh');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE member_status, shortcoming, degradation_conclusion, confidence_vote, discipline,
      quota_exception, evaluation_revision, evaluation, evaluation_period, criteria_assignment,
      criterion, criteria_set, cadre_group;
    DELETE FROM regulation_setting WHERE key LIKE 'evaluation.%';
  `.execute(db);
}
