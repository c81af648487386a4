import { describe, expect, it } from 'vitest';
import { completesPlanItem, completionPct, dimensionOfLevel, planItemIssues } from './index.js';

describe('the standard a planned course closes', () => {
  it.each([
    ['master', 'qualification'],
    ['bachelor', 'qualification'],
    ['political_intermediate', 'political_theory'],
    ['political_bachelor', 'political_theory'],
    ['state_management_principal', 'state_management'],
    ['defence_security', 'defence_security'],
    ['it', 'it'],
    ['foreign_language', 'foreign_language'],
  ] as const)('%s closes %s', (level, dimension) => expect(dimensionOfLevel(level)).toBe(dimension));
});

describe('the checks of a planned course', () => {
  const ok = { year: 2026, startDate: '2026-03-01', endDate: '2026-05-30', places: 2, attendees: ['a', 'b'] };
  it.each([
    ['a valid course', ok, []],
    ['ends before it began', { ...ok, endDate: '2026-02-28' }, ['endDate:training.course.ends_before_start']],
    ['begins in another year', { ...ok, startDate: '2025-12-31' }, ['startDate:training.plan.outside_year']],
    ['more attendees than places', { ...ok, places: 1 }, ['attendees:training.plan.over_places']],
    ['an attendee twice', { ...ok, attendees: ['a', 'a'] }, ['attendees:training.plan.duplicate_attendee']],
    ['ends on the day it began', { ...ok, endDate: '2026-03-01' }, []],
  ])('%s', (_, facts, expected) => expect(planItemIssues(facts).map((i) => `${i.field}:${i.code}`)).toEqual(expected));
});

describe('completion of a planned course from the recorded courses', () => {
  const item = { year: 2026, name: 'Trung cấp lý luận chính trị', level: 'political_intermediate' as const };
  const done = { name: 'Lớp TCLLCT K12', level: 'political_intermediate' as const, endDate: '2026-10-15', result: 'completed' as const };
  it.each([
    ['the level completed in the year', item, done, true],
    ['still in progress', item, { ...done, result: 'in_progress' as const }, false],
    ['not completed', item, { ...done, result: 'not_completed' as const }, false],
    ['completed the year before', item, { ...done, endDate: '2025-12-31' }, false],
    ['another level', item, { ...done, level: 'political_advanced' as const }, false],
    [
      'no level: the same name (case, spaces)',
      { ...item, level: null, name: 'Bồi dưỡng  kỹ năng số' },
      { ...done, name: 'bồi dưỡng kỹ năng số', level: null },
      true,
    ],
    ['no level: another name', { ...item, level: null, name: 'Bồi dưỡng kỹ năng số' }, { ...done, level: null }, false],
  ])('%s', (_, i, c, expected) => expect(completesPlanItem(i, c)).toBe(expected));

  it('shares in tenths of a percent, none when nothing is planned', () => {
    expect(completionPct(1, 3)).toBe(33.3);
    expect(completionPct(2, 2)).toBe(100);
    expect(completionPct(0, 0)).toBeNull();
  });
});
