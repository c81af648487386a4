// The levels held on a past day, read back from the courses (the record keeps only the present levels).
import { describe, expect, it } from 'vitest';
import { levelsAt } from './levels-at.js';

const present = { qualification: 'master', political_theory: 'advanced', state_management: 'officer', it: 'Cơ bản', foreignLanguage: 'B1' };
const done = (level: Parameters<typeof levelsAt>[1][number]['level'], endDate: string) => ({
  level,
  result: 'completed' as const,
  endDate,
});

describe('levelsAt', () => {
  it('keeps the present levels when no course conferred them after the day', () => {
    expect(levelsAt(present, [done('master', '2020-06-30')], '2024-01-01')).toEqual(present);
    expect(levelsAt(present, [], '2000-01-01')).toEqual(present);
  });

  it('steps a level conferred after the day back to the best level an earlier course conferred, else none', () => {
    const courses = [
      done('bachelor', '2015-06-30'),
      done('master', '2024-06-30'),
      done('political_advanced', '2025-03-01'),
      done('it', '2023-01-01'),
    ];
    expect(levelsAt(present, courses, '2024-01-01')).toEqual({ ...present, qualification: 'bachelor', political_theory: null });
    expect(levelsAt(present, courses, '2025-03-01')).toEqual(present);
    expect(levelsAt(present, courses, '2022-12-31')).toEqual({ ...present, qualification: 'bachelor', political_theory: null, it: null });
  });

  it('a course in progress or not completed confers nothing; the same level completed earlier too keeps it', () => {
    const courses = [
      { level: 'master' as const, result: 'in_progress' as const, endDate: null },
      { level: 'state_management_officer' as const, result: 'not_completed' as const, endDate: '2025-01-01' },
      done('political_advanced', '2019-01-01'),
      done('political_advanced', '2025-01-01'),
    ];
    expect(levelsAt(present, courses, '2024-01-01')).toEqual(present);
  });
});
