// The year's training plan of a unit (planned courses, places, who should attend, the standard each closes,
// its completion read from the recorded courses) and the printed training reports of a unit.
import { z } from 'zod';
import { TRAINING_DIMENSIONS } from '../domain/training/index.js';
import { CivilDate, Id, Int32, QueryInt, RequiredText, Text } from './common.js';
import { TEXT } from './limits.js';
import { CourseLevel } from './training.js';

export const TrainingDimension = z.enum(TRAINING_DIMENSIONS);

export const PlanItemInput = z.object({
  name: RequiredText(TEXT.title),
  institution: Text(TEXT.title).nullable(),
  level: CourseLevel.nullable().describe('The level the course confers (which standard it closes); null: matched by name'),
  startDate: CivilDate.describe('In the plan’s year'),
  endDate: CivilDate.describe('Not before startDate'),
  places: Int32(1, 10000),
  attendees: z.array(Id).max(10000).describe('People of the unit’s subtree, each once, no more than places'),
});
export type PlanItemInput = z.infer<typeof PlanItemInput>;
export const CreatePlanItemRequest = PlanItemInput.extend({ unitId: Id, year: Int32(2000, 2100) });
export type CreatePlanItemRequest = z.infer<typeof CreatePlanItemRequest>;
export const UpdatePlanItemRequest = PlanItemInput.extend({ version: Int32(1).describe('The version read; a stale one answers 409') });
export type UpdatePlanItemRequest = z.infer<typeof UpdatePlanItemRequest>;
export const DeletePlanItemRequest = z.object({ version: Int32(1) });

export const PlanAttendeeView = z.object({
  personId: Id,
  name: z.string(),
  unitName: z.string(),
  /** A course recorded in the year that completes this planned course. */
  completed: z.boolean(),
});
export const PlanItemView = z.object({
  id: Id,
  name: z.string(),
  institution: z.string().nullable(),
  level: CourseLevel.nullable(),
  /** The standard it closes (from the level), null for a course that confers none. */
  dimension: TrainingDimension.nullable(),
  startDate: z.string(),
  endDate: z.string(),
  places: z.number(),
  attendees: z.array(PlanAttendeeView),
  completed: z.number(),
  /** Completed of places, in percent (one decimal). */
  pct: z.number().nullable(),
  version: z.number(),
});
export type PlanItemView = z.infer<typeof PlanItemView>;

export const TrainingPlanView = z.object({
  unitId: Id,
  unitName: z.string(),
  year: z.number(),
  items: z.array(PlanItemView),
  totals: z.object({ courses: z.number(), places: z.number(), assigned: z.number(), completed: z.number(), pct: z.number().nullable() }),
  actions: z.object({ edit: z.boolean() }),
});
export type TrainingPlanView = z.infer<typeof TrainingPlanView>;

export const PlanQuery = z.object({ year: QueryInt(2000, 2100) });

/** The printed training reports of a unit. */
export const TRAINING_REPORTS = ['structure', 'gaps', 'support', 'plan'] as const;
export const TrainingReportQuery = z.object({
  kind: z.enum(TRAINING_REPORTS),
  year: QueryInt(2000, 2100).optional().describe('Required for support and plan'),
  at: CivilDate.optional().describe('Structure and gaps: the day (default today)'),
  format: z.enum(['pdf', 'xlsx']).default('xlsx'),
});
export type TrainingReportQuery = z.infer<typeof TrainingReportQuery>;
