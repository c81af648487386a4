// Kysely table types. Dates are civil dates as 'YYYY-MM-DD' strings; timestamps are Date.
import type { Role } from '../../contracts/common.js';
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type {
  CadreGroupTable,
  CriteriaSetTable,
  CriterionTable,
  CriteriaAssignmentTable,
  EvaluationPeriodTable,
  EvaluationTable,
  EvaluationRevisionTable,
  QuotaExceptionTable,
  DisciplineTable,
  UnitDisciplineTable,
  ScopeIncidentTable,
  ConfidenceVoteTable,
  DegradationConclusionTable,
  ShortcomingTable,
  MemberStatusTable,
} from './schema-evaluation.js';

export type * from './schema-evaluation.js';
export type * from './schema-planning.js';
export type * from './schema-commitments.js';
export type * from './schema-action-plans.js';
export type * from './schema-personnel.js';
export type * from './schema-training.js';
export type * from './schema-operations.js';
export type * from './schema-cells.js';
import type { CellTables } from './schema-cells.js';
export type * from './schema-recruitment.js';
import type { RecruitmentTables } from './schema-recruitment.js';
import type {
  IndicatorActualTable,
  IndicatorTable,
  MeetingAgendaItemTable,
  MeetingConclusionTable,
  MeetingParticipantTable,
  MeetingTable,
  NotificationTable,
} from './schema-operations.js';
import type { PlanningTables } from './schema-planning.js';
import type { CommitmentTables } from './schema-commitments.js';
import type { ActionPlanTables } from './schema-action-plans.js';
import type { PersonnelTables } from './schema-personnel.js';
import type { TrainingTables } from './schema-training.js';

export type Json = ColumnType<unknown, string, string>;

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
/** One definition (src/contracts/common.ts); re-exported for the table types and the policies. */
export type { Role };
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
export type Numeric = ColumnType<number, number | string, number | string>;
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
  /** GENERATED ALWAYS from the title (never written; NULL only in the column's declared type). */
  search_text: GeneratedAlways<string | null>;
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
export interface DB
  extends PlanningTables, CommitmentTables, PersonnelTables, CellTables, TrainingTables, ActionPlanTables, RecruitmentTables {
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
