// Planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the regulation settings 'planning.*', the post
// ladder an administrator edits (seeded with the standard commune and province ladders after the 2025
// reform), the committees' fixed seats per term, the link from an organisation post to its ladder post,
// plans (unit × term) with their candidates, approvals and ballots.
//
// History (decision 0019): a candidate row is never deleted. It carries the day it entered the plan
// (added_on), the day the standing committee approved it (approved_on) and the day it left (removed_on,
// with the reason and what removed it), so the plan as it stood on any past day is the rows with
// added_on ≤ day < removed_on. Approvals are rows of their own (each top-up is a new decision).
//
// The seed values below are DEFAULT_POST_LADDER and DEFAULT_PLANNING_SETTINGS of src/domain/planning as
// of this migration, written out (a migration never imports app code); planning.seed.test.ts checks they
// still agree. The titles, committees and standards of the ladder are [U] local practice.
import { type Kysely, sql } from 'kysely';

// prettier-ignore
const LADDER = [
  {"code":"commune.party.secretary","unitKind":"commune","track":"post","rank":1,"group":"g.department_director","kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Bí thư Đảng ủy","titleEn":"Party Committee Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":1},
  {"code":"commune.council.chair","unitKind":"commune","track":"post","rank":1,"kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"state","concurrentWith":"commune.party.secretary","titleVi":"Chủ tịch HĐND (Bí thư kiêm nhiệm)","titleEn":"People's Council Chair (held by the Secretary)","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":2},
  {"code":"commune.party.standing_deputy_secretary","unitKind":"commune","track":"post","rank":2,"kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Phó Bí thư Thường trực Đảng ủy","titleEn":"Standing Deputy Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":3},
  {"code":"commune.party.deputy_secretary","unitKind":"commune","track":"post","rank":3,"group":"g.department_deputy","kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Phó Bí thư Đảng ủy","titleEn":"Deputy Party Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":4},
  {"code":"commune.pc.chair","unitKind":"commune","track":"post","rank":3,"group":"g.department_deputy","kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"state","titleVi":"Chủ tịch UBND","titleEn":"People's Committee Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":5},
  {"code":"commune.front.chair","unitKind":"commune","track":"post","rank":4,"kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Chủ tịch Ủy ban MTTQ","titleEn":"Fatherland Front Committee Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":6},
  {"code":"commune.inspection.chair","unitKind":"commune","track":"post","rank":4,"kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Chủ nhiệm Ủy ban Kiểm tra Đảng ủy","titleEn":"Inspection Committee Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":7},
  {"code":"commune.pc.vice_chair","unitKind":"commune","track":"post","rank":4,"kind":"leadership","seats":2,"approvingLevel":"commune_standing","referenceLevel":"state","titleVi":"Phó Chủ tịch UBND","titleEn":"People's Committee Vice-Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":8},
  {"code":"commune.council.vice_chair","unitKind":"commune","track":"post","rank":4,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"state","titleVi":"Phó Chủ tịch HĐND","titleEn":"People's Council Vice-Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":9},
  {"code":"commune.party.office_chief","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Chánh Văn phòng Đảng ủy","titleEn":"Party Committee Office Chief","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":10},
  {"code":"commune.party.building_head","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Trưởng Ban Xây dựng Đảng","titleEn":"Head of the Party Building Board","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":11},
  {"code":"commune.inspection.deputy_chair","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Phó Chủ nhiệm Ủy ban Kiểm tra","titleEn":"Inspection Committee Deputy Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":12},
  {"code":"commune.front.vice_chair","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":2,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Phó Chủ tịch Ủy ban MTTQ","titleEn":"Fatherland Front Committee Vice-Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":13},
  {"code":"commune.council.board_head","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":2,"approvingLevel":"commune_standing","referenceLevel":"state","titleVi":"Trưởng Ban HĐND","titleEn":"People's Council Board Head","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":14},
  {"code":"commune.pc.division_head","unitKind":"commune","track":"post","rank":5,"kind":"leadership","seats":4,"approvingLevel":"commune_standing","referenceLevel":"state","titleVi":"Trưởng phòng thuộc UBND","titleEn":"People's Committee Division Head","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":15},
  {"code":"commune.party.office_deputy","unitKind":"commune","track":"post","rank":6,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Phó Chánh Văn phòng Đảng ủy","titleEn":"Party Committee Office Deputy Chief","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":16},
  {"code":"commune.party.building_deputy","unitKind":"commune","track":"post","rank":6,"kind":"leadership","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Phó Trưởng Ban Xây dựng Đảng","titleEn":"Deputy Head of the Party Building Board","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":17},
  {"code":"commune.pc.division_deputy","unitKind":"commune","track":"post","rank":6,"kind":"leadership","seats":4,"approvingLevel":"commune_standing","referenceLevel":"state","titleVi":"Phó Trưởng phòng thuộc UBND","titleEn":"People's Committee Division Deputy Head","committee":null,"standards":{"qualification":"bachelor","political_theory":"intermediate"},"sort":18},
  {"code":"commune.committee.standing_member","unitKind":"commune","track":"committee","rank":1,"kind":"committee_seat","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Ủy viên Ban Thường vụ Đảng ủy","titleEn":"Standing Committee Member","committee":"standing","standards":{},"sort":19},
  {"code":"commune.committee.executive_member","unitKind":"commune","track":"committee","rank":2,"kind":"committee_seat","seats":1,"approvingLevel":"province_standing","referenceLevel":"commune","titleVi":"Đảng ủy viên","titleEn":"Executive Committee Member","committee":"executive","standards":{},"sort":20},
  {"code":"commune.committee.inspection_member","unitKind":"commune","track":"inspection","rank":1,"kind":"committee_seat","seats":1,"approvingLevel":"commune_standing","referenceLevel":"commune","titleVi":"Ủy viên Ủy ban Kiểm tra Đảng ủy","titleEn":"Inspection Committee Member","committee":"inspection","standards":{},"sort":21},
  {"code":"province.party.secretary","unitKind":"province","track":"post","rank":1,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Bí thư Tỉnh ủy","titleEn":"Provincial Party Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":22},
  {"code":"province.party.standing_deputy_secretary","unitKind":"province","track":"post","rank":2,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Phó Bí thư Thường trực Tỉnh ủy","titleEn":"Provincial Standing Deputy Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":23},
  {"code":"province.party.deputy_secretary","unitKind":"province","track":"post","rank":3,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Phó Bí thư Tỉnh ủy","titleEn":"Provincial Deputy Party Secretary","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":24},
  {"code":"province.pc.chair","unitKind":"province","track":"post","rank":3,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"state","titleVi":"Chủ tịch UBND tỉnh","titleEn":"Provincial People's Committee Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":25},
  {"code":"province.council.chair","unitKind":"province","track":"post","rank":3,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"state","titleVi":"Chủ tịch HĐND tỉnh","titleEn":"Provincial People's Council Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":26},
  {"code":"province.party.board_head","unitKind":"province","track":"post","rank":4,"kind":"leadership","seats":4,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Trưởng ban Đảng Tỉnh ủy","titleEn":"Head of a Provincial Party Board","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":27},
  {"code":"province.inspection.chair","unitKind":"province","track":"post","rank":4,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy","titleEn":"Provincial Inspection Committee Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":28},
  {"code":"province.front.chair","unitKind":"province","track":"post","rank":4,"kind":"leadership","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Chủ tịch Ủy ban MTTQ tỉnh","titleEn":"Provincial Fatherland Front Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":29},
  {"code":"province.pc.vice_chair","unitKind":"province","track":"post","rank":4,"kind":"leadership","seats":3,"approvingLevel":"centre","referenceLevel":"state","titleVi":"Phó Chủ tịch UBND tỉnh","titleEn":"Provincial People's Committee Vice-Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":30},
  {"code":"province.council.vice_chair","unitKind":"province","track":"post","rank":4,"kind":"leadership","seats":2,"approvingLevel":"centre","referenceLevel":"state","titleVi":"Phó Chủ tịch HĐND tỉnh","titleEn":"Provincial People's Council Vice-Chair","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":31},
  {"code":"province.department.director","unitKind":"province","track":"post","rank":5,"group":"g.department_director","kind":"leadership","seats":1,"approvingLevel":"province_standing","referenceLevel":"state","titleVi":"Giám đốc Sở và tương đương","titleEn":"Department Director or equivalent","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":32},
  {"code":"province.party.board_deputy","unitKind":"province","track":"post","rank":5,"group":"g.department_director","kind":"leadership","seats":3,"approvingLevel":"province_standing","referenceLevel":"province","titleVi":"Phó Trưởng ban Đảng Tỉnh ủy","titleEn":"Deputy Head of a Provincial Party Board","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":33},
  {"code":"province.department.deputy_director","unitKind":"province","track":"post","rank":6,"group":"g.department_deputy","kind":"leadership","seats":3,"approvingLevel":"province_standing","referenceLevel":"state","titleVi":"Phó Giám đốc Sở và tương đương","titleEn":"Deputy Department Director or equivalent","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":34},
  {"code":"province.department.division_head","unitKind":"province","track":"post","rank":7,"kind":"leadership","seats":1,"approvingLevel":"province_department","referenceLevel":"state","titleVi":"Trưởng phòng thuộc Sở","titleEn":"Department Division Head","committee":null,"standards":{"qualification":"bachelor","political_theory":"advanced"},"sort":35},
  {"code":"province.committee.standing_member","unitKind":"province","track":"committee","rank":1,"kind":"committee_seat","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Ủy viên Ban Thường vụ Tỉnh ủy","titleEn":"Provincial Standing Committee Member","committee":"standing","standards":{},"sort":36},
  {"code":"province.committee.executive_member","unitKind":"province","track":"committee","rank":2,"kind":"committee_seat","seats":1,"approvingLevel":"centre","referenceLevel":"province","titleVi":"Tỉnh ủy viên","titleEn":"Provincial Executive Committee Member","committee":"executive","standards":{},"sort":37},
  {"code":"province.committee.inspection_member","unitKind":"province","track":"inspection","rank":1,"kind":"committee_seat","seats":1,"approvingLevel":"province_standing","referenceLevel":"province","titleVi":"Ủy viên Ủy ban Kiểm tra Tỉnh ủy","titleEn":"Provincial Inspection Committee Member","committee":"inspection","standards":{},"sort":38},
];

// prettier-ignore
const SETTINGS: Record<string, unknown> = {
  "planning.caps": {"candidatesPerSeat":3,"postsPerCandidate":3,"committeeSeatsMinFactor":1,"committeeSeatsMaxFactor":1.5},
  "planning.age": {"minMonthsLeft":{"1":60,"2":120},"referenceMonths":{"party-2030-2035":{"grassroots":"2030-04","commune":"2030-07","province":"2030-09"},"state-2031-2036":{"state":"2031-03"}}},
  "planning.standards": {"scales":{"qualification":["intermediate","college","bachelor","master","doctor"],"political_theory":["elementary","intermediate","advanced","bachelor"],"state_management":["officer","principal_officer","senior_officer"]},"trainingDueByReferenceMonth":true},
  "planning.structure": {"youngUnderAgeYears":40,"majorityEthnicities":["Kinh"],"scienceTechnologyFields":["natural_sciences","engineering_technology","ict","medicine_pharmacy","agriculture_forestry_fisheries"],"targets":{"young":10,"female":15,"ethnicMinority":null,"scienceTechnology":null}},
  "planning.review": {"minYearLevel":"completed","consecutiveLow":{"level":"completed","years":2},"immediateRemovalKinds":["reprimand","warning","removal","expulsion"]},
  "planning.cadence": {"nextTermPlanYearOfTerm":2,"reviewFromMonth":1,"reviewToMonth":3,"reportBy":"06-30"},
  "planning.ballot": {"threshold":{"num":1,"den":2,"strict":true,"base":"present"},"quorum":{"num":2,"den":3}},
};

// [U] the fixed seats of each committee per term (province 50 / 15 / 9 as in HD 45's example).
const COMMITTEE_SIZES: Array<[string, string, string, number]> = [
  ['province', 'party-2025-2030', 'executive', 50],
  ['province', 'party-2025-2030', 'standing', 15],
  ['province', 'party-2025-2030', 'inspection', 9],
  ['province', 'party-2030-2035', 'executive', 50],
  ['province', 'party-2030-2035', 'standing', 15],
  ['province', 'party-2030-2035', 'inspection', 9],
  ['commune', 'party-2025-2030', 'executive', 19],
  ['commune', 'party-2025-2030', 'standing', 5],
  ['commune', 'party-2025-2030', 'inspection', 5],
  ['commune', 'party-2030-2035', 'executive', 19],
  ['commune', 'party-2030-2035', 'standing', 5],
  ['commune', 'party-2030-2035', 'inspection', 5],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO term (id, body, name, start_year, end_year) VALUES
      ('state-2031-2036', 'state', 'Nhiệm kỳ 2031–2036', 2031, 2036)
    ON CONFLICT (id) DO NOTHING;

    CREATE TABLE planning_ladder_post (
      code            text PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 80),
      unit_kind       text NOT NULL CHECK (unit_kind IN ('commune', 'province')),
      track           text NOT NULL CHECK (track IN ('post', 'committee', 'inspection')),
      rank            integer NOT NULL CHECK (rank BETWEEN 1 AND 1000),
      grp             text CHECK (length(grp) <= 80),
      kind            text NOT NULL CHECK (kind IN ('leadership', 'committee_seat')),
      committee       text CHECK (committee IN ('executive', 'standing', 'inspection')),
      seats           integer NOT NULL CHECK (seats BETWEEN 1 AND 1000),
      approving_level text NOT NULL CHECK (length(approving_level) BETWEEN 1 AND 40),
      reference_level text NOT NULL CHECK (reference_level IN ('grassroots', 'commune', 'province', 'state')),
      concurrent_with text REFERENCES planning_ladder_post(code) ON UPDATE CASCADE,
      title_vi        text NOT NULL,
      title_en        text NOT NULL,
      standards       jsonb NOT NULL DEFAULT '{}'::jsonb,
      sort            integer NOT NULL,
      version         integer NOT NULL DEFAULT 1
    );

    CREATE TABLE planning_committee_size (
      unit_kind text NOT NULL CHECK (unit_kind IN ('commune', 'province')),
      term_id   text NOT NULL REFERENCES term(id),
      committee text NOT NULL CHECK (committee IN ('executive', 'standing', 'inspection')),
      fixed     integer NOT NULL CHECK (fixed BETWEEN 1 AND 1000),
      PRIMARY KEY (unit_kind, term_id, committee)
    );

    -- Which ladder post an organisation post is (a person's current posts are read through it).
    CREATE TABLE planning_post_code (
      post_id     uuid PRIMARY KEY REFERENCES post(id),
      ladder_code text NOT NULL REFERENCES planning_ladder_post(code) ON UPDATE CASCADE
    );

    CREATE TABLE planning_plan (
      id            uuid PRIMARY KEY,
      unit_id       uuid NOT NULL REFERENCES org_unit(id),
      term_id       text NOT NULL REFERENCES term(id),
      status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
      created_by    uuid REFERENCES account(id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      version       integer NOT NULL DEFAULT 1,
      UNIQUE (unit_id, term_id)
    );

    -- Each approval (the plan, then each yearly top-up) is a decision of the standing committee.
    CREATE TABLE planning_approval (
      id             uuid PRIMARY KEY,
      plan_id        uuid NOT NULL REFERENCES planning_plan(id),
      decision_ref   text NOT NULL CHECK (length(decision_ref) BETWEEN 1 AND 120),
      decision_date  date NOT NULL,
      approved_by    uuid REFERENCES account(id),
      approved_at    timestamptz NOT NULL DEFAULT now(),
      candidates     integer NOT NULL
    );
    CREATE INDEX planning_approval_plan_idx ON planning_approval (plan_id, decision_date);

    CREATE TABLE planning_candidate (
      id             uuid PRIMARY KEY,
      plan_id        uuid NOT NULL REFERENCES planning_plan(id),
      post_code      text NOT NULL REFERENCES planning_ladder_post(code) ON UPDATE CASCADE,
      person_id      uuid NOT NULL REFERENCES person(id),
      target_level   smallint NOT NULL CHECK (target_level IN (1, 2)),
      source         text NOT NULL CHECK (source IN ('inside', 'outside')),
      training       jsonb NOT NULL DEFAULT '[]'::jsonb,
      note           text,
      status         text NOT NULL CHECK (status IN ('proposed', 'approved', 'removed')),
      added_on       date NOT NULL,
      approved_on    date,
      approval_id    uuid REFERENCES planning_approval(id),
      removed_on     date,
      removal_kind   text CHECK (removal_kind IN ('manual', 'review', 'discipline')),
      removal_reason text,
      discipline_id  uuid REFERENCES discipline(id),
      created_by     uuid REFERENCES account(id),
      CHECK ((status = 'removed') = (removed_on IS NOT NULL)),
      CHECK (removed_on IS NULL OR removed_on >= added_on)
    );
    CREATE UNIQUE INDEX planning_candidate_active_idx ON planning_candidate (plan_id, post_code, person_id) WHERE status <> 'removed';
    CREATE INDEX planning_candidate_plan_idx ON planning_candidate (plan_id, added_on);
    CREATE INDEX planning_candidate_person_idx ON planning_candidate (person_id) WHERE status <> 'removed';

    CREATE TABLE planning_ballot (
      id          uuid PRIMARY KEY,
      plan_id     uuid NOT NULL REFERENCES planning_plan(id),
      post_code   text NOT NULL REFERENCES planning_ladder_post(code) ON UPDATE CASCADE,
      round       integer NOT NULL CHECK (round BETWEEN 1 AND 20),
      held_on     date NOT NULL,
      members     integer NOT NULL CHECK (members BETWEEN 1 AND 100000),
      present     integer NOT NULL CHECK (present BETWEEN 0 AND members),
      votes       jsonb NOT NULL,
      recorded_by uuid REFERENCES account(id),
      created_at  timestamptz NOT NULL DEFAULT now(),
      UNIQUE (plan_id, post_code, round)
    );
  `.execute(db);

  for (const [key, value] of Object.entries(SETTINGS)) {
    await sql`
      INSERT INTO regulation_setting (key, effective_from, value, source)
      VALUES (${key}, '2025-10-08', ${JSON.stringify(value)}::jsonb, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW')
    `.execute(db);
  }
  // Two passes: concurrent_with refers to another row of the same table.
  for (const p of LADDER) {
    await sql`
      INSERT INTO planning_ladder_post (code, unit_kind, track, rank, grp, kind, committee, seats, approving_level, reference_level,
                                        title_vi, title_en, standards, sort)
      VALUES (${p.code}, ${p.unitKind}, ${p.track}, ${p.rank}, ${p.group ?? null}, ${p.kind}, ${p.committee}, ${p.seats},
              ${p.approvingLevel}, ${p.referenceLevel}, ${p.titleVi}, ${p.titleEn}, ${JSON.stringify(p.standards)}::jsonb, ${p.sort})
    `.execute(db);
  }
  for (const p of LADDER) {
    if (p.concurrentWith) {
      await sql`UPDATE planning_ladder_post SET concurrent_with = ${p.concurrentWith} WHERE code = ${p.code}`.execute(db);
    }
  }
  for (const [unitKind, termId, committee, fixed] of COMMITTEE_SIZES) {
    await sql`INSERT INTO planning_committee_size (unit_kind, term_id, committee, fixed) VALUES (${unitKind}, ${termId}, ${committee}, ${fixed})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE planning_ballot, planning_candidate, planning_approval, planning_plan, planning_post_code,
      planning_committee_size, planning_ladder_post;
    DELETE FROM regulation_setting WHERE key LIKE 'planning.%';
    DELETE FROM term WHERE id = 'state-2031-2036';
  `.execute(db);
}
