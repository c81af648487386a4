// Personnel decisions (Quy định 377-QĐ/TW, Quy định 65-QĐ/TW, Nghị định 170/2025/NĐ-CP, Kết luận 210-KL/TW):
// the regulation settings 'personnel.*' and the proposals of a personnel move (appointment, nomination,
// reappointment, rotation, transfer, secondment, removal, dismissal) from the organising body's proposal to
// the competent level's decision, and the tenures each decision started or ended.
//
// A proposal row keeps the checks as computed when it was proposed and again when it was decided (jsonb,
// the domain's RuleCheck list), the documents checklist, the vote and the exceptions recorded. Proposals
// are never deleted; `personnel_tenure_link` traces every tenure a decision created or ended back to it.
//
// The settings below are DEFAULT_PERSONNEL_SETTINGS of src/domain/personnel as of this migration, written
// out (a migration never imports app code); personnel.seed.test.ts checks they still agree.
import { type Kysely, sql } from 'kysely';

// prettier-ignore
const SETTINGS: Record<string, unknown> = {
  "personnel.appointment": {"minMonthsInPost":12,"transferGapDays":0,"fullTermMonths":60,"specialProcedureMinMonths":48,"ratings":{"shownYears":3,"checkedYears":1,"minLevel":"good"},"disciplineWaitingMonths":{"reprimand":24,"warning":36,"removal":60}},
  "personnel.rotation": {"minWorkingMonthsLeft":120,"minDurationMonths":36,"higherPost":"warn","lowerPost":"fail"},
  "personnel.locality": {"birthplace":true,"hometown":true,"residenceYears":10,"workYears":10},
  "personnel.non_local_posts": ["province.pc.chair","province.inspection.chair","commune.party.secretary","commune.pc.chair","commune.inspection.chair"],
  "personnel.term_limits": {"posts":["commune.party.secretary","commune.pc.chair","province.party.secretary","province.pc.chair","province.department.director"],"maxConsecutiveTerms":2,"minShareOfTerm":0.5},
  "personnel.votes": {"membershipChange":{"num":2,"den":3,"strict":true,"base":"members"},"membershipChangeSecret":true,"removal":{"num":1,"den":2,"strict":true,"base":"members"}},
  "personnel.exception_codes": [],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE personnel_proposal (
      id                  uuid PRIMARY KEY,
      kind                text NOT NULL CHECK (kind IN ('appointment', 'nomination', 'reappointment', 'rotation', 'transfer',
                                                        'secondment', 'removal', 'dismissal')),
      person_id           uuid NOT NULL REFERENCES person(id),
      -- The unit the move is decided for: the new post's unit, or the unit of the post left (removal, dismissal).
      unit_id             uuid NOT NULL REFERENCES org_unit(id),
      post_id             uuid REFERENCES post(id),
      from_tenure_id      uuid REFERENCES tenure(id),
      effective_date      date NOT NULL,
      planned_end_date    date,
      reason              text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
      special_procedure   boolean NOT NULL DEFAULT false,
      under_investigation boolean NOT NULL DEFAULT false,
      documents           jsonb NOT NULL DEFAULT '{}'::jsonb,
      checks              jsonb NOT NULL DEFAULT '[]'::jsonb,
      status              text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
      vote                jsonb,
      exceptions          jsonb NOT NULL DEFAULT '[]'::jsonb,
      decision_ref        text CHECK (length(decision_ref) BETWEEN 1 AND 120),
      decision_date       date,
      signer              text CHECK (length(signer) BETWEEN 1 AND 200),
      decision_note       text,
      proposed_by         uuid REFERENCES account(id),
      proposed_on         date NOT NULL,
      decided_by          uuid REFERENCES account(id),
      created_at          timestamptz NOT NULL DEFAULT now(),
      version             integer NOT NULL DEFAULT 1,
      CHECK ((post_id IS NOT NULL) OR kind IN ('removal', 'dismissal')),
      CHECK (planned_end_date IS NULL OR planned_end_date >= effective_date),
      CHECK ((status = 'proposed') = (decision_date IS NULL)),
      CHECK (status <> 'approved' OR (decision_ref IS NOT NULL AND signer IS NOT NULL))
    );
    CREATE INDEX personnel_proposal_unit_idx ON personnel_proposal (unit_id, status);
    CREATE INDEX personnel_proposal_person_idx ON personnel_proposal (person_id);
    CREATE INDEX personnel_proposal_rotation_idx ON personnel_proposal (planned_end_date) WHERE status = 'approved' AND planned_end_date IS NOT NULL;

    CREATE TABLE personnel_tenure_link (
      proposal_id uuid NOT NULL REFERENCES personnel_proposal(id),
      tenure_id   uuid NOT NULL REFERENCES tenure(id),
      effect      text NOT NULL CHECK (effect IN ('started', 'ended')),
      PRIMARY KEY (proposal_id, tenure_id)
    );
    CREATE INDEX personnel_tenure_link_tenure_idx ON personnel_tenure_link (tenure_id);
  `.execute(db);

  for (const [key, value] of Object.entries(SETTINGS)) {
    await sql`
      INSERT INTO regulation_setting (key, effective_from, value, source)
      VALUES (${key}, '2025-10-08', ${JSON.stringify(value)}::jsonb,
              'Quy định 377-QĐ/TW; Quy định 65-QĐ/TW; Nghị định 170/2025/NĐ-CP; Kết luận 210-KL/TW')
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE personnel_tenure_link, personnel_proposal;
    DELETE FROM regulation_setting WHERE key LIKE 'personnel.%';
  `.execute(db);
}
