import { describe, expect, it } from 'vitest';
import type { Level } from '../evaluation/config.js';
import { DEFAULT_RETIREMENT_SCHEDULE as S } from '../retirement.js';
import { checkDisciplineRemoval, type ReviewCandidate, reviewCandidate } from './review.js';
import { DEFAULT_PLANNING_SETTINGS as D } from './settings.js';

const R = { review: D.review, age: D.age };
const good = (years: number[], level: Level = 'good') => years.map((year) => ({ year, level }));
const base: ReviewCandidate = {
  gender: 'male',
  dateOfBirth: '1980-05-10',
  targetLevel: 2,
  referenceMonth: '2030-07',
  plannedOn: '2026-03-15',
  ratings: good([2024, 2025, 2026]),
  disciplines: [],
  movedAwayOn: null,
};

describe('checkDisciplineRemoval (Quy định 377-QĐ/TW: disciplined → removed immediately)', () => {
  it.each<[string, 'reprimand' | 'warning' | 'removal' | 'expulsion', string, 'pass' | 'fail']>([
    ['a reprimand after planning', 'reprimand', '2027-05-01', 'fail'],
    ['a warning on the planning day', 'warning', '2026-03-15', 'fail'],
    ['a discipline before the person was planned (already weighed)', 'reprimand', '2025-12-01', 'pass'],
  ])('%s', (_n, kind, decidedOn, outcome) => {
    const r = checkDisciplineRemoval({ kind, decidedOn }, '2026-03-15', D.review);
    expect(r).toMatchObject({ outcome, params: { kind, decidedOn } });
  });
  it('the kinds are a parameter', () => {
    const r = checkDisciplineRemoval({ kind: 'reprimand', decidedOn: '2027-01-01' }, '2026-03-15', {
      ...D.review,
      immediateRemovalKinds: ['warning', 'removal', 'expulsion'],
    });
    expect(r.outcome).toBe('pass');
  });
});

describe('reviewCandidate (Hướng dẫn 45-HD/BTCTW: the yearly review)', () => {
  it.each<[string, Partial<ReviewCandidate>, number, string, { remove: boolean; immediate: boolean; codes: string[] }]>([
    ['still meets every rule', {}, 2027, '2027-02-10', { remove: false, immediate: false, codes: [] }],
    [
      'disciplined: removed immediately',
      { disciplines: [{ kind: 'warning', decidedOn: '2026-09-01' }] },
      2027,
      '2027-02-10',
      { remove: true, immediate: true, codes: ['planning.review.disciplined'] },
    ],
    [
      'age passed for target 2 (115 months at 07/2030)',
      { gender: 'female', dateOfBirth: '1980-01-31' },
      2027,
      '2027-02-10',
      { remove: true, immediate: false, codes: ['planning.review.age_passed'] },
    ],
    [
      'last year rated KHT',
      { ratings: [...good([2024, 2025]), { year: 2026, level: 'not_completed' }] },
      2027,
      '2027-02-10',
      { remove: true, immediate: false, codes: ['planning.review.rating_below'] },
    ],
    [
      'two years running at HT',
      { ratings: [...good([2024]), { year: 2025, level: 'completed' }, { year: 2026, level: 'completed' }] },
      2027,
      '2027-02-10',
      { remove: true, immediate: false, codes: ['planning.review.rating_low_run'] },
    ],
    [
      'one year at HT: kept',
      { ratings: [...good([2024, 2025]), { year: 2026, level: 'completed' }] },
      2027,
      '2027-02-10',
      { remove: false, immediate: false, codes: [] },
    ],
    [
      'HT, then HTT, then HT: not running',
      {
        ratings: [
          { year: 2024, level: 'completed' },
          { year: 2025, level: 'good' },
          { year: 2026, level: 'completed' },
        ],
      },
      2027,
      '2027-02-10',
      { remove: false, immediate: false, codes: [] },
    ],
    [
      'last year not rated yet: warned, kept',
      { ratings: good([2024, 2025]) },
      2027,
      '2027-02-10',
      { remove: false, immediate: false, codes: ['planning.review.rating_missing'] },
    ],
    [
      'moved away before the review',
      { movedAwayOn: '2026-11-01' },
      2027,
      '2027-02-10',
      { remove: true, immediate: false, codes: ['planning.review.moved_away'] },
    ],
    [
      'moving away after the review date does not count yet',
      { movedAwayOn: '2027-04-01' },
      2027,
      '2027-02-10',
      { remove: false, immediate: false, codes: [] },
    ],
    [
      'several reasons at once',
      {
        gender: 'female',
        dateOfBirth: '1980-01-31',
        movedAwayOn: '2026-11-01',
        disciplines: [{ kind: 'reprimand', decidedOn: '2026-10-01' }],
      },
      2027,
      '2027-02-10',
      { remove: true, immediate: true, codes: ['planning.review.disciplined', 'planning.review.age_passed', 'planning.review.moved_away'] },
    ],
  ])('%s', (_n, over, year, date, want) => {
    const r = reviewCandidate({ ...base, ...over }, year, date, R, S);
    expect({ remove: r.remove, immediate: r.immediate, codes: r.findings.map((f) => f.code) }).toEqual(want);
    for (const f of r.findings) expect(f.rule).toMatch(/Quy định 377-QĐ\/TW/);
  });

  it('the rating rules are parameters', () => {
    const ratings = [...good([2024, 2025]), { year: 2026, level: 'completed' as const }];
    const strict = { ...R, review: { ...D.review, minYearLevel: 'good' as const } };
    expect(reviewCandidate({ ...base, ratings }, 2027, '2027-02-10', strict, S).findings.map((f) => f.code)).toEqual([
      'planning.review.rating_below',
    ]);
    const noRun = { ...R, review: { ...D.review, consecutiveLow: null } };
    const two = [...good([2024]), { year: 2025, level: 'completed' as const }, { year: 2026, level: 'completed' as const }];
    expect(reviewCandidate({ ...base, ratings: two }, 2027, '2027-02-10', noRun, S).remove).toBe(false);
  });
});
