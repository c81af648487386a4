// The year's training plan of a unit (kế hoạch đào tạo, bồi dưỡng hằng năm): each planned course names the
// level it confers, hence the standard of a post it closes (Quy định 377-QĐ/TW and planning's standards:
// professional qualification, political theory, state management; the others are the record's own
// dimensions), its places and who should attend. Its completion is read from the courses recorded.
import type { CourseLevel } from './courses.js';

export const TRAINING_DIMENSIONS = [
  'qualification',
  'political_theory',
  'state_management',
  'defence_security',
  'it',
  'foreign_language',
] as const;
export type TrainingDimension = (typeof TRAINING_DIMENSIONS)[number];

/** The standard a course of this level closes (the dimension of the post standards or of the record). */
export function dimensionOfLevel(level: CourseLevel): TrainingDimension {
  if (level === 'doctor' || level === 'master' || level === 'bachelor') return 'qualification';
  if (level.startsWith('political_')) return 'political_theory';
  if (level.startsWith('state_management_')) return 'state_management';
  return level as 'defence_security' | 'it' | 'foreign_language';
}

export interface PlanItemFacts {
  year: number;
  startDate: string;
  endDate: string;
  places: number;
  attendees: readonly string[];
}

export type PlanItemIssue =
  | { field: 'startDate'; code: 'training.plan.outside_year' }
  | { field: 'endDate'; code: 'training.course.ends_before_start' }
  | { field: 'attendees'; code: 'training.plan.over_places' | 'training.plan.duplicate_attendee' };

/** The checks of a planned course: it begins in the plan's year, ends after it began, seats no more attendees than its places, each once. */
export function planItemIssues(p: PlanItemFacts): PlanItemIssue[] {
  const issues: PlanItemIssue[] = [];
  if (!p.startDate.startsWith(`${p.year}-`)) issues.push({ field: 'startDate', code: 'training.plan.outside_year' });
  if (p.endDate < p.startDate) issues.push({ field: 'endDate', code: 'training.course.ends_before_start' });
  if (new Set(p.attendees).size !== p.attendees.length) issues.push({ field: 'attendees', code: 'training.plan.duplicate_attendee' });
  else if (p.attendees.length > p.places) issues.push({ field: 'attendees', code: 'training.plan.over_places' });
  return issues;
}

export interface RecordedCourse {
  name: string;
  level: CourseLevel | null;
  endDate: string | null;
  result: 'in_progress' | 'completed' | 'not_completed';
}

const words = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * Whether an attendee completed a planned course: a recorded course completed within the plan's year that
 * confers the planned level (or, for a course that confers none, bears the same name).
 */
export function completesPlanItem(item: { year: number; name: string; level: CourseLevel | null }, c: RecordedCourse): boolean {
  if (c.result !== 'completed' || c.endDate === null || !c.endDate.startsWith(`${item.year}-`)) return false;
  return item.level !== null ? c.level === item.level : words(c.name) === words(item.name);
}

/** The share completed, in tenths of a percent (null when nothing is planned). */
export function completionPct(done: number, planned: number): number | null {
  return planned > 0 ? Math.round((done * 1000) / planned) / 10 : null;
}
