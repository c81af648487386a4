/* eslint-disable max-lines -- one interface per table, mirroring the migrations; issue 8 replaces it by a generated or checked schema, and it is split then */
// Kysely table types. Dates are civil dates as 'YYYY-MM-DD' strings; timestamps are Date.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export interface AdminUnitTable {
  id: string;
  era: '2025' | 'pre2025';
  level: 'province' | 'district' | 'commune';
  code: string;
  name: string;
  type: string;
  parent_id: string | null;
  search_text: string;
}
export interface AdminUnitSuccessorTable {
  old_id: string;
  new_id: string;
  full_transfer: boolean;
}
export interface RegulationSettingTable {
  key: string;
  effective_from: string;
  value: Json;
  source: string;
}

export interface OrgUnitTable {
  id: string;
  kind: string;
  name: string;
  short_name: string | null;
  admin_unit_id: string | null;
  valid_from: string;
  valid_to: string | null;
  search_text: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface OrgUnitLinkTable {
  id: string;
  parent_id: string;
  child_id: string;
  valid_from: string;
  valid_to: string | null;
}
export interface OrgUnitClosureTable {
  ancestor_id: string;
  descendant_id: string;
}
export interface OrgUnitEventTable {
  id: string;
  kind: 'merge' | 'split';
  effective_on: string;
  decision_ref: string | null;
  note: string | null;
  created_at: Generated<Date>;
}
export interface OrgUnitHistoryTable {
  event_id: string;
  predecessor_id: string;
  successor_id: string;
}
export interface TermTable {
  id: string;
  body: 'party' | 'state';
  name: string;
  start_year: number;
  end_year: number;
}

export interface PersonTable {
  id: string;
  unit_id: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  gender: 'male' | 'female';
  date_of_birth: string;
  birthplace_id: string | null;
  hometown_id: string | null;
  ethnicity: string;
  religion: string;
  citizen_id: string | null;
  education_level: string | null;
  professional_qualification: string | null;
  political_theory_level: string | null;
  state_management_level: string | null;
  party_admission_date: string | null;
  party_full_date: string | null;
  kind: 'cadre' | 'civil_servant' | 'public_employee' | 'party_member';
  cadre_group: string | null;
  phone: string | null;
  email: string | null;
  search_text: string;
  sort_key: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface PersonResidenceTable {
  id: string;
  person_id: string;
  admin_unit_id: string | null;
  address: string;
  valid_from: string;
  valid_to: string | null;
}
export interface PostTable {
  id: string;
  unit_id: string;
  title: string;
  is_head: boolean;
  is_key: boolean;
  cadre_group: string | null;
  rank: number;
  valid_from: string;
  valid_to: string | null;
  version: Generated<number>;
}
export interface TenureTable {
  id: string;
  person_id: string;
  post_id: string;
  term_id: string | null;
  start_date: string;
  end_date: string | null;
  how: 'elected' | 'appointed' | 'rotated' | 'transferred' | 'concurrent';
  decision_ref: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export type Role = 'admin' | 'organising' | 'standing' | 'office' | 'cadre' | 'cell_secretary' | 'inspection';
export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  person_id: string | null;
  locale: 'vi' | 'en';
  disabled: Generated<boolean>;
  password_changed_at: Generated<Date>;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface RoleBindingTable {
  id: string;
  account_id: string;
  role: Role;
  unit_id: string;
  created_at: Generated<Date>;
}
export interface SessionTable {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}
export interface SignInThrottleTable {
  key: string;
  username_key: string | null;
  failures: Generated<number>;
  last_failure_at: Date | null;
  last_success_at: Date | null;
}
export interface AuditHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
}
export interface AuditEventTable {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  unit_id: string | null;
  before: Json | null;
  after: Json | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}
/** The demo marker (one row, id 1): the demo organisation's seed and anchor (issue 15). */
export interface DemoSeedTable {
  id: Generated<number>;
  seed: number;
  anchor: string;
  province_unit_id: string;
  seeded_at: Generated<Date>;
}
export interface JobTable {
  id: string;
  kind: string;
  account_id: string;
  unit_id: string | null;
  status: 'running' | 'succeeded' | 'failed';
  total: number;
  done: number;
  summary: Json | null;
  error_file: Buffer | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
  instance_id: string | null;
  heartbeat_at: Date | null;
}

// ---- work assignment (issue 3) ----
type Numeric = ColumnType<number, number | string, number | string>;
export type TaskSource = 'plan' | 'slip' | 'conclusion' | 'programme' | 'volunteer';
export type TaskStatus = 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
export interface WorkFieldTable {
  code: string;
  name_vi: string;
  name_en: string;
  rank: number;
}
export interface ResponsibilityTable {
  id: string;
  person_id: string;
  unit_id: string;
  term_id: string | null;
  field_code: string | null;
  area_unit_id: string | null;
  note: Generated<string>;
  valid_from: string;
  valid_to: string | null;
  version: Generated<number>;
}
export interface TaskTable {
  id: string;
  unit_id: string;
  source: TaskSource;
  source_ref: string | null;
  title: string;
  /** Folded title, GENERATED ALWAYS by the database (migration 2026112211_tasks): never written. */
  search_text: Generated<string>;
  description: Generated<string>;
  assigner_id: string | null;
  field_code: string | null;
  area_unit_id: string | null;
  start_date: string;
  due_date: string;
  priority: Generated<'low' | 'normal' | 'high' | 'urgent'>;
  work_units: Numeric;
  status: Generated<TaskStatus>;
  progress: Generated<number>;
  acknowledged_at: Date | null;
  completed_on: string | null;
  cancelled_reason: string | null;
  quality_ok: boolean | null;
  major_errors: number | null;
  exceeded: boolean | null;
  objective_cause: boolean | null;
  appraised_by: string | null;
  appraised_at: Date | null;
  appraisal_note: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface TaskAssigneeTable {
  task_id: string;
  person_id: string;
  role: 'lead' | 'support';
}
export interface TaskProgressTable {
  id: string;
  task_id: string;
  person_id: string | null;
  account_id: string | null;
  reported_at: Generated<Date>;
  progress: number;
  note: Generated<string>;
}
export interface AttachmentTable {
  id: string;
  owner_type: 'task' | 'task_progress' | 'meeting';
  owner_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}
export interface TaskDueChangeTable {
  id: string;
  task_id: string;
  old_due: string;
  new_due: string;
  reason: string;
  changed_by: string | null;
  changed_at: Generated<Date>;
  /** The manager confirmed an objective cause (NĐ 335/2025 Điều 14: only then is the missed deadline no delay). */
  objective_cause: Generated<boolean>;
}
export interface TaskMilestoneTable {
  id: string;
  task_id: string;
  ordinal: number;
  title: string;
  due_date: string;
  done_on: string | null;
  note: Generated<string>;
  version: Generated<number>;
}
export interface WeeklyPlanTable {
  id: string;
  unit_id: string;
  person_id: string;
  week_start: string;
  status: Generated<'draft' | 'submitted' | 'returned' | 'approved'>;
  submitted_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface WeeklyPlanItemTable {
  id: string;
  plan_id: string;
  ordinal: number;
  title: string;
  description: Generated<string>;
  field_code: string | null;
  work_units: Numeric;
  start_date: string;
  due_date: string;
  task_id: string | null;
}
export interface UnitSettingTable {
  unit_id: string;
  key: string;
  value: Json;
  version: Generated<number>;
}
export interface MeetingTable {
  id: string;
  unit_id: string;
  kind: 'briefing' | 'cell_regular' | 'cell_themed';
  title: string;
  scheduled_at: Date;
  location: Generated<string>;
  status: Generated<'scheduled' | 'held' | 'closed' | 'cancelled'>;
  minutes: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface MeetingParticipantTable {
  meeting_id: string;
  person_id: string;
  role: 'chair' | 'attendee';
  attended: boolean | null;
  absence_reason: string | null;
  /** Order of the co-chairs (migration 2026112214); 0 for attendees. */
  ordinal: Generated<number>;
}
export interface MeetingAgendaItemTable {
  id: string;
  meeting_id: string;
  ordinal: number;
  title: string;
  presenter_id: string | null;
  task_id: string | null;
}
export interface MeetingConclusionTable {
  id: string;
  meeting_id: string;
  ordinal: number;
  text: string;
  target_unit_id: string;
  lead_person_id: string;
  due_date: string;
  work_units: Generated<number>;
  task_id: string | null;
}
export interface NotificationTable {
  id: string;
  person_id: string;
  kind: string;
  task_id: string | null;
  meeting_id: string | null;
  params: Json;
  dedupe_key: string;
  created_at: Generated<Date>;
  read_at: Date | null;
  emailed_at: Date | null;
}
export interface IndicatorTable {
  id: string;
  unit_id: string;
  year: number;
  code: string;
  name: string;
  measure: Generated<string>;
  target: Numeric;
  direction: Generated<'increase' | 'decrease'>;
  version: Generated<number>;
}
export interface IndicatorActualTable {
  id: string;
  indicator_id: string;
  period_end: string;
  value: Numeric;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

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
  source: Generated<'manual' | 'tasks' | 'kpi' | 'units_led'>;
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
  decision_facts: unknown;
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

export interface DB {
  admin_unit: AdminUnitTable;
  admin_unit_successor: AdminUnitSuccessorTable;
  regulation_setting: RegulationSettingTable;
  org_unit: OrgUnitTable;
  org_unit_link: OrgUnitLinkTable;
  org_unit_closure: OrgUnitClosureTable;
  org_unit_event: OrgUnitEventTable;
  org_unit_history: OrgUnitHistoryTable;
  term: TermTable;
  person: PersonTable;
  person_residence: PersonResidenceTable;
  post: PostTable;
  tenure: TenureTable;
  account: AccountTable;
  role_binding: RoleBindingTable;
  session: SessionTable;
  sign_in_throttle: SignInThrottleTable;
  audit_head: AuditHeadTable;
  audit_event: AuditEventTable;
  job: JobTable;
  demo_seed: DemoSeedTable;
  work_field: WorkFieldTable;
  responsibility: ResponsibilityTable;
  task: TaskTable;
  task_assignee: TaskAssigneeTable;
  task_progress: TaskProgressTable;
  attachment: AttachmentTable;
  task_due_change: TaskDueChangeTable;
  task_milestone: TaskMilestoneTable;
  weekly_plan: WeeklyPlanTable;
  weekly_plan_item: WeeklyPlanItemTable;
  unit_setting: UnitSettingTable;
  meeting: MeetingTable;
  meeting_participant: MeetingParticipantTable;
  meeting_agenda_item: MeetingAgendaItemTable;
  meeting_conclusion: MeetingConclusionTable;
  notification: NotificationTable;
  indicator: IndicatorTable;
  indicator_actual: IndicatorActualTable;
  cadre_group: CadreGroupTable;
  criteria_set: CriteriaSetTable;
  criterion: CriterionTable;
  criteria_assignment: CriteriaAssignmentTable;
  evaluation_period: EvaluationPeriodTable;
  evaluation: EvaluationTable;
  evaluation_revision: EvaluationRevisionTable;
  quota_exception: QuotaExceptionTable;
  discipline: DisciplineTable;
  confidence_vote: ConfidenceVoteTable;
  degradation_conclusion: DegradationConclusionTable;
  shortcoming: ShortcomingTable;
  member_status: MemberStatusTable;
  unit_discipline: UnitDisciplineTable;
  scope_incident: ScopeIncidentTable;
}
