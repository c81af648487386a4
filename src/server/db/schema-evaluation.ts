// Kysely table types of evaluation and classification and the conduct records they use (split from
// schema.ts by sub-resource; schema.ts re-exports them and lists them in DB).
import type { ColumnType, Generated } from 'kysely';
import type { Json, Numeric } from './schema.js';

// ---- evaluation and classification (issue 4) ----
export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';
export interface CadreGroupTable {
  code: string;
  name_vi: string;
  name_en: string;
  appendix: 'PL1' | 'PL2' | 'PL3' | 'PL4' | 'PL5' | 'ND335' | 'LOCAL';
  is_collective: boolean;
  is_leader: boolean;
  rank: number;
  /** The unit that owns the group (migration 2026120704); null = the installation's defaults. */
  owner_unit_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface CriteriaSetTable {
  id: string;
  family: string;
  version_no: number;
  name: string;
  appendix: string;
  general_points: Numeric;
  results_points: Numeric;
  results_config: Json;
  frozen_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
  /** The unit that owns the set (migration 2026120704); null = the installation's defaults. */
  owner_unit_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface CriterionTable {
  id: string;
  set_id: string;
  part: 'general' | 'results';
  ordinal: number;
  code: string;
  title: string;
  max_points: Numeric;
  source: Generated<'manual' | 'tasks' | 'kpi' | 'units_led' | 'commitment'>;
}
export interface CriteriaAssignmentTable {
  cadre_group: string;
  family: string;
  unit_id: string;
  effective_from: string;
  assigned_by: string | null;
}
export interface EvaluationPeriodTable {
  id: string;
  unit_id: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: Generated<number>;
  start_date: string;
  end_date: string;
  self_due: string;
  appraisal_due: string;
  decision_due: string;
  status: Generated<'open' | 'closing' | 'closed'>;
  opened_by: string | null;
  opened_at: Generated<Date>;
  closed_at: Date | null;
  version: Generated<number>;
}
export interface EvaluationTable {
  id: string;
  period_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  cadre_group: string;
  criteria_set_id: string;
  status: 'excluded' | 'self_pending' | 'self_submitted' | 'appraised' | 'decided' | 'published';
  excluded_reason: string | null;
  worked_ratio: Generated<number>;
  inputs: ColumnType<unknown, string | undefined, string>;
  results_score: number | null;
  proposed_level: Level | null;
  gate_report: ColumnType<unknown, string | undefined, string>;
  self_general: Json | null;
  self_kpis: Json | null;
  self_score: number | null;
  self_level: Level | null;
  self_comment: string | null;
  self_submitted_at: Date | null;
  appraisal_general: Json | null;
  appraisal_kpis: Json | null;
  appraisal_score: number | null;
  appraisal_level: Level | null;
  appraisal_comment: string | null;
  appraised_by: string | null;
  appraised_at: Date | null;
  decision_score: number | null;
  decision_level: Level | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  published_at: Date | null;
  version: Generated<number>;
  /** The facts the decision was taken on: inputs, gate report, the time they were computed. */
  decision_facts: ColumnType<unknown, string | null | undefined, string | null>;
}
export interface EvaluationRevisionTable {
  id: string;
  evaluation_id: string;
  step: 'self' | 'appraisal' | 'decision' | 'cancel';
  score: number | null;
  level: string | null;
  reason: string | null;
  by_account: string | null;
  at: Generated<Date>;
}
export interface QuotaExceptionTable {
  id: string;
  period_id: string;
  unit_id: string;
  cadre_group: string;
  percent: Numeric;
  reason: string;
  granted_by: string | null;
  granted_at: Generated<Date>;
}
export interface DisciplineTable {
  id: string;
  person_id: string;
  kind: 'reprimand' | 'warning' | 'removal' | 'expulsion';
  decided_on: string;
  reason: string;
  decision_ref: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  /** When and where the breach was committed (null = at the decision, in the person's unit). */
  breach_on: string | null;
  breach_unit_id: string | null;
}
export interface UnitDisciplineTable {
  id: string;
  unit_id: string;
  kind: 'reprimand' | 'warning' | 'dissolution';
  decided_on: string;
  breach_on: string | null;
  reason: string;
  decision_ref: string | null;
  created_at: Generated<Date>;
}
export interface ScopeIncidentTable {
  id: string;
  unit_id: string;
  kind: 'corruption' | 'waste' | 'negative';
  concluded_on: string;
  text: string;
  decision_ref: string | null;
  created_at: Generated<Date>;
}
export interface ConfidenceVoteTable {
  id: string;
  person_id: string;
  voted_on: string;
  total_votes: number;
  high_votes: number;
  low_votes: number;
  note: Generated<string>;
}
export interface DegradationConclusionTable {
  id: string;
  person_id: string;
  concluded_on: string;
  text: string;
  decision_ref: string | null;
}
export interface ShortcomingTable {
  id: string;
  person_id: string | null;
  unit_id: string | null;
  period_id: string | null;
  noted_on: string;
  text: string;
  fixed_on: string | null;
  version: Generated<number>;
}
export interface MemberStatusTable {
  id: string;
  person_id: string;
  kind: 'exempted' | 'suspended' | 'sick_leave' | 'maternity_leave';
  valid_from: string;
  valid_to: string | null;
  note: Generated<string>;
}
