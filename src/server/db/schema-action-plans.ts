// Kysely table types of the leaders' action plans (migration 2026120805, decision 0034).
import type { ColumnType, Generated } from 'kysely';
import type { Json } from './schema.js';

export interface ActionPlanTable {
  id: string;
  person_id: string;
  unit_id: string;
  post_id: string;
  year: number;
  status: Generated<'draft' | 'submitted' | 'returned' | 'approved'>;
  submitted_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface ActionPlanItemTable {
  id: string;
  plan_id: string;
  ordinal: number;
  kind: 'target' | 'example';
  title: string;
  indicator_id: string | null;
  /** numeric: read as a number (like Numeric), nullable. */
  target_value: ColumnType<number | null, number | string | null, number | string | null>;
  due_date: string;
  /** The roadmap while the plan is written: [{ title, dueDate }]; on approval the task's milestones. */
  milestones: Json;
  task_id: string | null;
}

export interface ActionPlanTables {
  action_plan: ActionPlanTable;
  action_plan_item: ActionPlanItemTable;
}
