// Kysely table types of planning (migration 2026120750_planning; schema.ts lists them in DB through
// `extends PlanningTables`). Civil dates are 'YYYY-MM-DD' strings.
import type { Generated } from 'kysely';
import type { Json } from './schema.js';

export interface PlanningLadderPostTable {
  code: string;
  unit_kind: 'commune' | 'province';
  track: 'post' | 'committee' | 'inspection';
  rank: number;
  grp: string | null;
  kind: 'leadership' | 'committee_seat';
  committee: 'executive' | 'standing' | 'inspection' | null;
  seats: number;
  approving_level: string;
  reference_level: 'grassroots' | 'commune' | 'province' | 'state';
  concurrent_with: string | null;
  title_vi: string;
  title_en: string;
  standards: Json;
  sort: number;
  version: Generated<number>;
}
export interface PlanningCommitteeSizeTable {
  unit_kind: 'commune' | 'province';
  term_id: string;
  committee: 'executive' | 'standing' | 'inspection';
  fixed: number;
  version: Generated<number>;
}
export interface PlanningPostCodeTable {
  post_id: string;
  ladder_code: string;
}
export interface PlanningPlanTable {
  id: string;
  unit_id: string;
  term_id: string;
  status: Generated<'draft' | 'approved'>;
  created_by: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}
export interface PlanningApprovalTable {
  id: string;
  plan_id: string;
  decision_ref: string;
  decision_date: string;
  approved_by: string | null;
  approved_at: Generated<Date>;
  candidates: number;
}
export interface PlanningCandidateTable {
  id: string;
  plan_id: string;
  post_code: string;
  person_id: string;
  target_level: 1 | 2;
  source: 'inside' | 'outside';
  training: Json;
  note: string | null;
  status: 'proposed' | 'approved' | 'removed';
  added_on: string;
  approved_on: string | null;
  approval_id: string | null;
  removed_on: string | null;
  removal_kind: 'manual' | 'review' | 'discipline' | null;
  removal_reason: string | null;
  discipline_id: string | null;
  created_by: string | null;
}
export interface PlanningBallotTable {
  id: string;
  plan_id: string;
  post_code: string;
  round: number;
  held_on: string;
  members: number;
  present: number;
  votes: Json;
  recorded_by: string | null;
  created_at: Generated<Date>;
}
/** The procedure's records (migration 2026120801): a yearly review held, an approval reported upward. */
export interface PlanningProcedureRecordTable {
  id: string;
  unit_id: string;
  kind: 'yearly_review' | 'approval_report';
  year: number;
  done_on: string;
  document_ref: string | null;
  note: string | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface PlanningTables {
  planning_ladder_post: PlanningLadderPostTable;
  planning_committee_size: PlanningCommitteeSizeTable;
  planning_post_code: PlanningPostCodeTable;
  planning_plan: PlanningPlanTable;
  planning_approval: PlanningApprovalTable;
  planning_candidate: PlanningCandidateTable;
  planning_ballot: PlanningBallotTable;
  planning_procedure_record: PlanningProcedureRecordTable;
}
