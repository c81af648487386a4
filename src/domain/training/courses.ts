// A course attended (khóa đào tạo, bồi dưỡng): its mode, its result and what level it confers. The
// checks here are the ones the API and the Excel import share: a course cannot end before it began, a
// completed course has an end date, and a result other than "in progress" cannot be set for a course
// that has not ended yet.
export const COURSE_MODES = ['full_time', 'part_time', 'in_service', 'distance', 'online', 'short_course'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];

export const COURSE_RESULTS = ['in_progress', 'completed', 'not_completed'] as const;
export type CourseResult = (typeof COURSE_RESULTS)[number];

/** The level a course confers, when it confers one (the support policy is keyed by it). */
export const COURSE_LEVELS = [
  'doctor',
  'master',
  'bachelor',
  'political_bachelor',
  'political_advanced',
  'political_intermediate',
  'state_management_senior',
  'state_management_principal',
  'state_management_officer',
  'defence_security',
  'it',
  'foreign_language',
] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

/** Defence and security knowledge (bồi dưỡng kiến thức quốc phòng và an ninh): the groups of Nghị định 13/2014/NĐ-CP. */
export const DEFENCE_GROUPS = ['group_1', 'group_2', 'group_3', 'group_4'] as const;
export type DefenceGroup = (typeof DEFENCE_GROUPS)[number];

export interface CourseDates {
  startDate: string;
  endDate: string | null;
  result: CourseResult;
}

export type CourseIssue = { field: 'endDate'; code: 'training.course.ends_before_start' | 'training.course.completed_needs_end' };

/** The date checks of a course; `today` is the day of the check ('YYYY-MM-DD'). */
export function courseIssues(c: CourseDates): CourseIssue[] {
  if (c.endDate !== null && c.endDate < c.startDate) return [{ field: 'endDate', code: 'training.course.ends_before_start' }];
  if (c.endDate === null && c.result !== 'in_progress') return [{ field: 'endDate', code: 'training.course.completed_needs_end' }];
  return [];
}
