// Kysely table types of new-member development and the cadres' roster at cells (migration
// 2026120804_cells-recruitment; schema.ts lists them in DB through `extends RecruitmentTables`).
import type { Generated } from 'kysely';

export interface RecruitmentTargetTable {
  unit_id: string;
  year: number;
  target: number;
  /** Why the split downwards exceeds the parent's target (the recorded flag), if it does. */
  over_reason: string | null;
  version: Generated<number>;
  set_by: string | null;
}
export interface RecruitmentCandidateTable {
  id: string;
  person_id: string;
  cell_id: string;
  outstanding_on: string;
  course_on: string | null;
  application_on: string | null;
  verification_on: string | null;
  /** The cell's consideration (its vote): the day the admission age is counted. */
  considered_on: string | null;
  decision_on: string | null;
  ceremony_on: string | null;
  age_exception: string | null;
  membership_id: string | null;
  note: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface CellRosterTable {
  id: string;
  cell_id: string;
  month: string;
  person_id: string;
  post: Generated<string>;
  attended: boolean | null;
  report: Generated<string>;
  guest_id: string | null;
  task_id: string | null;
  version: Generated<number>;
}

/** The committee's six-monthly check of the member list against the files (HD 06; migration 2026120812_cells-member-checks). */
export interface CellMemberCheckTable {
  id: string;
  unit_id: string;
  year: number;
  half: number;
  due_on: string;
  done_on: string | null;
  result: Generated<string>;
  note: Generated<string>;
  created_by: string | null;
  done_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface RecruitmentTables {
  recruitment_target: RecruitmentTargetTable;
  recruitment_candidate: RecruitmentCandidateTable;
  cell_roster: CellRosterTable;
  cell_member_check: CellMemberCheckTable;
}
