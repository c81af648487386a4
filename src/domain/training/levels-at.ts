// The levels a person held on a past day, for the training structure of a unit at a date. The person
// record keeps only the present levels (decision 0026); the courses say when a level was conferred. A
// present level conferred by a course completed AFTER the day (and by none completed by then) was not
// yet held: the person counts at the best level a course completed by the day conferred in the same
// dimension, or at none when the record has no such course [U] (the levels' own history is not kept).
// IT and foreign language: held on the day unless every course of that kind was completed after it.
import type { CourseLevel, CourseResult } from './courses.js';

type Dimension = 'qualification' | 'political_theory' | 'state_management';

/** The standard code (planning's scales) a course level confers, by dimension. */
const CONFERS: Partial<Record<CourseLevel, [Dimension, string]>> = {
  doctor: ['qualification', 'doctor'],
  master: ['qualification', 'master'],
  bachelor: ['qualification', 'bachelor'],
  political_bachelor: ['political_theory', 'bachelor'],
  political_advanced: ['political_theory', 'advanced'],
  political_intermediate: ['political_theory', 'intermediate'],
  state_management_senior: ['state_management', 'senior_officer'],
  state_management_principal: ['state_management', 'principal_officer'],
  state_management_officer: ['state_management', 'officer'],
};
/** Highest first, per dimension. */
const RANK: Record<Dimension, readonly string[]> = {
  qualification: ['doctor', 'master', 'bachelor', 'college', 'intermediate'],
  political_theory: ['bachelor', 'advanced', 'intermediate', 'elementary'],
  state_management: ['senior_officer', 'principal_officer', 'officer'],
};

export interface LevelCourse {
  level: CourseLevel | null;
  result: CourseResult;
  endDate: string | null;
}
export interface PresentLevels {
  qualification: string | null;
  political_theory: string | null;
  state_management: string | null;
  it: string | null;
  foreignLanguage: string | null;
}

export function levelsAt(present: PresentLevels, courses: readonly LevelCourse[], at: string): PresentLevels {
  const completed = courses.filter((c) => c.result === 'completed' && c.endDate !== null);
  const byDay = completed.filter((c) => c.endDate! <= at);
  const later = completed.filter((c) => c.endDate! > at);
  const out: PresentLevels = { ...present };
  for (const dim of ['qualification', 'political_theory', 'state_management'] as const) {
    const code = present[dim];
    if (code === null) continue;
    const confers = (c: LevelCourse) => c.level !== null && CONFERS[c.level]?.[0] === dim && CONFERS[c.level]?.[1] === code;
    if (!later.some(confers) || byDay.some(confers)) continue;
    const earlier = byDay
      .flatMap((c) => (c.level && CONFERS[c.level]?.[0] === dim ? [CONFERS[c.level]![1]] : []))
      .sort((a, b) => RANK[dim].indexOf(a) - RANK[dim].indexOf(b));
    out[dim] = earlier[0] ?? null;
  }
  for (const [key, level] of [
    ['it', 'it'],
    ['foreignLanguage', 'foreign_language'],
  ] as const) {
    const of = (c: LevelCourse) => c.level === level;
    if (out[key] !== null && later.some(of) && !byDay.some(of)) out[key] = null;
  }
  return out;
}
