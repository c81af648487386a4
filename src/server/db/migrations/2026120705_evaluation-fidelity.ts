// Evaluation fidelity (issue 7): the inputs every trigger and gate needs become recordable, the
// 30 + 70 split and the basic socio-economic targets become regulation settings, due-date changes
// say whether an objective cause was confirmed, and a decision keeps the facts it was taken on.
//
// - evaluation.score_split (Quy định 366-QĐ/TW: general criteria 30 + task results 70, for every
//   group): a criteria set follows it. Existing sets are checked here: a set that does not follow
//   it stops the migration with its name (it must be corrected by hand — never silently rescaled).
// - evaluation.basic_targets (Quy định 366-QĐ/TW, Điều 11: the leader's unit misses the basic
//   socio-economic targets assigned to it): which unit indicators (by code) are basic targets, the
//   progress that counts as met, and how many may be missed before the trigger fires [U: configurable].
// - discipline.breach_on / breach_unit_id: when and where the breach was committed (a breach at the
//   old unit disciplined after a transfer counts against the old unit's period).
// - unit_discipline: discipline of a Party organisation or unit (reprimand, warning, dissolution).
// - scope_incident: corruption, waste or negative conduct concluded in a unit (a leader's direct scope).
// - shortcoming of a collective: already possible (unit_id); indexed here.
// - task_due_change.objective_cause: the due date was moved for an objective cause the manager
//   confirmed (NĐ 335/2025 Điều 14: only then is the missed deadline not a delay).
// - evaluation.decision_facts: the facts (inputs, gate report, time taken) the decision was taken on.
import { type Kysely, sql } from 'kysely';

const SCORE_SPLIT = { generalPoints: 30, resultsPoints: 70 };
const BASIC_TARGETS = {
  codes: ['growth', 'budget_revenue', 'public_investment_disbursement', 'per_capita_income', 'poverty_reduction'],
  minProgressPct: 100,
  maxMissed: 0,
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ name: string; version_no: number }>`
    SELECT name, version_no FROM criteria_set
    WHERE general_points <> ${SCORE_SPLIT.generalPoints} OR results_points <> ${SCORE_SPLIT.resultsPoints}`.execute(db);
  if (rows.length > 0) {
    throw new Error(
      `criteria sets not following the 30 + 70 split of Quy định 366-QĐ/TW: ${rows.map((r) => `${r.name} (v${r.version_no})`).join(', ')}`,
    );
  }
  await sql`
    ALTER TABLE discipline
      ADD COLUMN breach_on date,
      ADD COLUMN breach_unit_id uuid REFERENCES org_unit(id);
    CREATE INDEX discipline_breach_unit_idx ON discipline (breach_unit_id) WHERE breach_unit_id IS NOT NULL;

    CREATE TABLE unit_discipline (
      id           uuid PRIMARY KEY,
      unit_id      uuid NOT NULL REFERENCES org_unit(id),
      kind         text NOT NULL CHECK (kind IN ('reprimand', 'warning', 'dissolution')),
      decided_on   date NOT NULL,
      breach_on    date,
      reason       text NOT NULL,
      decision_ref text,
      created_at   timestamptz NOT NULL DEFAULT now(),
      CHECK (breach_on IS NULL OR breach_on <= decided_on)
    );
    CREATE INDEX unit_discipline_unit_idx ON unit_discipline (unit_id, decided_on);

    CREATE TABLE scope_incident (
      id            uuid PRIMARY KEY,
      unit_id       uuid NOT NULL REFERENCES org_unit(id),
      kind          text NOT NULL CHECK (kind IN ('corruption', 'waste', 'negative')),
      concluded_on  date NOT NULL,
      text          text NOT NULL,
      decision_ref  text,
      created_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX scope_incident_unit_idx ON scope_incident (unit_id, concluded_on);

    CREATE INDEX shortcoming_unit_idx ON shortcoming (unit_id, noted_on) WHERE unit_id IS NOT NULL;

    ALTER TABLE task_due_change ADD COLUMN objective_cause boolean NOT NULL DEFAULT false;

    ALTER TABLE evaluation ADD COLUMN decision_facts jsonb;
  `.execute(db);
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('evaluation.score_split', '2025-08-30', ${JSON.stringify(SCORE_SPLIT)}::jsonb,
       'Quy định 366-QĐ/TW: 100 điểm = tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 70, cho mọi nhóm đối tượng'),
      ('evaluation.basic_targets', '2025-08-30', ${JSON.stringify(BASIC_TARGETS)}::jsonb,
       'Quy định 366-QĐ/TW, Điều 11: không hoàn thành các chỉ tiêu cơ bản về kinh tế - xã hội được giao (tăng trưởng, thu ngân sách, giải ngân vốn đầu tư công, thu nhập bình quân đầu người, giảm nghèo)')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM regulation_setting WHERE key IN ('evaluation.score_split', 'evaluation.basic_targets');
    ALTER TABLE evaluation DROP COLUMN decision_facts;
    ALTER TABLE task_due_change DROP COLUMN objective_cause;
    DROP INDEX shortcoming_unit_idx;
    DROP TABLE scope_incident, unit_discipline;
    ALTER TABLE discipline DROP COLUMN breach_on, DROP COLUMN breach_unit_id;
  `.execute(db);
}
