// Kysely table types of annual commitments (migration 2026120793_commitments; schema.ts lists them in
// DB through `extends CommitmentTables`). Civil dates are 'YYYY-MM-DD' strings.
import type { Generated } from 'kysely';

export interface CommitmentTable {
  id: string;
  person_id: string;
  unit_id: string;
  year: number;
  status: Generated<'draft' | 'submitted' | 'returned' | 'approved'>;
  submitted_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface CommitmentActionTable {
  id: string;
  commitment_id: string;
  ordinal: number;
  title: string;
  evidence: string;
  due_date: string;
  mid_report: string | null;
  mid_reported_at: Date | null;
  final_report: string | null;
  final_reported_at: Date | null;
  assessment: 'done' | 'partly' | 'not_done' | null;
  assessment_comment: string | null;
  assessed_by: string | null;
  assessed_at: Date | null;
}

export interface CommitmentTables {
  commitment: CommitmentTable;
  commitment_action: CommitmentActionTable;
}
