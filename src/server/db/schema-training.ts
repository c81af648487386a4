// Kysely table types of training and exemplars (migration 2026120794_training; schema.ts lists them in DB
// through `extends TrainingTables`). Civil dates are 'YYYY-MM-DD' strings.
import type { Generated } from 'kysely';
import type {
  CourseLevel,
  CourseMode,
  CourseResult,
  DefenceGroup,
  ExemplarCampaign,
  FieldGroup,
  RecognitionLevel,
} from '../../domain/training/index.js';

export interface TrainingProfileTable {
  person_id: string;
  field_of_study: string | null;
  field_group: FieldGroup | null;
  it_level: string | null;
  foreign_language: string | null;
  defence_security: DefenceGroup | null;
  left_service_on: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface TrainingCourseTable {
  id: string;
  person_id: string;
  name: string;
  institution: string;
  start_date: string;
  end_date: string | null;
  mode: CourseMode;
  result: CourseResult;
  certificate: string | null;
  level: CourseLevel | null;
  field_group: FieldGroup | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}
export interface TrainingSupportPaymentTable {
  id: string;
  course_id: string;
  amount: number;
  paid_on: string;
  decision_ref: string;
  recorded_by: string | null;
  created_at: Generated<Date>;
}
export interface ExemplarTable {
  id: string;
  subject: 'person' | 'collective';
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  year: number;
  campaign: ExemplarCampaign;
  achievement: string;
  source: 'commendation' | 'unit';
  status: Generated<'nominated' | 'recognised' | 'declined'>;
  level: RecognitionLevel | null;
  decision_ref: string | null;
  decision_date: string | null;
  decline_reason: string | null;
  nominated_by: string | null;
  decided_by: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}

/** A planned course of a unit's training plan of the year (migration 2026120806_training-plan). */
export interface TrainingPlanItemTable {
  id: string;
  unit_id: string;
  year: number;
  name: string;
  institution: string | null;
  level: CourseLevel | null;
  start_date: string;
  end_date: string;
  places: number;
  created_by: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}
export interface TrainingPlanAttendeeTable {
  item_id: string;
  person_id: string;
}

export interface TrainingTables {
  training_profile: TrainingProfileTable;
  training_course: TrainingCourseTable;
  training_support_payment: TrainingSupportPaymentTable;
  exemplar: ExemplarTable;
  training_plan_item: TrainingPlanItemTable;
  training_plan_attendee: TrainingPlanAttendeeTable;
}
