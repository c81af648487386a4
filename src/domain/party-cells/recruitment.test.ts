// Domain tables for new-member development (decision 0033): the target split downwards, the pipeline's
// order, progress at a date beside last year's, and the admission age in months at its edges.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CELL_SETTINGS as S, admissionAge } from './index.js';
import { admittedBy, currentStage, sameDayLastYear, splitCheck, stageProblem } from './recruitment.js';

describe('the target split downwards', () => {
  it.each([
    [10, [3, 3, 4], { allocated: 10, remaining: 0, over: false }],
    [10, [3, 3], { allocated: 6, remaining: 4, over: false }],
    [10, [3, 3, 5], { allocated: 11, remaining: -1, over: true }],
    [0, [], { allocated: 0, remaining: 0, over: false }],
    [0, [1], { allocated: 1, remaining: -1, over: true }],
  ])('parent %i split %j', (parent, shares, expected) => {
    expect(splitCheck(parent, shares)).toEqual(expected);
  });
});

describe('the candidates’ pipeline', () => {
  const dates = { outstanding: '2026-01-10', course: '2026-03-02', application: '2026-04-01' };
  it('reports the last stage reached', () => {
    expect(currentStage({ outstanding: '2026-01-10' })).toBe('outstanding');
    expect(currentStage(dates)).toBe('application');
    expect(currentStage({ ...dates, verification: '2026-05-01', considered: '2026-06-01', decision: '2026-07-01' })).toBe('decision');
  });
  it.each([
    ['verification', '2026-05-01', null],
    ['verification', '2026-04-01', null],
    ['verification', '2026-03-31', { code: 'cells.candidate.date_order', previous: 'application', date: '2026-04-01' }],
    ['considered', '2026-06-01', { code: 'cells.candidate.stage_order', previous: 'verification' }],
    ['ceremony', '2026-06-01', { code: 'cells.candidate.stage_order', previous: 'decision' }],
    ['course', '2026-01-09', { code: 'cells.candidate.date_order', previous: 'outstanding', date: '2026-01-10' }],
    ['outstanding', '2020-01-01', null],
  ] as const)('%s on %s', (stage, on, expected) => {
    expect(stageProblem(dates, stage, on)).toEqual(expected);
  });
});

describe('progress against the target at a date, last year beside it', () => {
  const decisions = ['2025-02-10', '2025-06-30', '2025-12-31', '2026-01-01', '2026-03-15', '2026-07-01'];
  it.each([
    [2026, '2026-06-30', 2],
    [2026, '2026-07-01', 3],
    [2026, '2026-12-31', 3],
    [2025, '2025-06-30', 2],
    [2025, '2025-12-31', 3],
    [2026, '2025-12-31', 0],
  ])('year %i as of %s: %i', (year, asOf, n) => {
    expect(admittedBy(decisions, year, asOf)).toBe(n);
  });
  it.each([
    ['2026-06-30', '2025-06-30'],
    ['2028-02-29', '2027-02-28'],
    ['2027-03-01', '2026-03-01'],
  ])('the same day last year of %s is %s', (on, last) => {
    expect(sameDayLastYear(on)).toBe(last);
  });
});

describe('the admission age in whole months at the cell’s consideration', () => {
  it.each([
    ['17 years and 11 months on the eve of the birthday', '2008-12-21', '2026-12-20', false, 215],
    ['18 on the day', '2008-12-20', '2026-12-20', true, 216],
    ['60 years and 11 months is not over 60 in years but is over in months', '1965-01-15', '2025-12-20', false, 731],
    ['exactly 60 years', '1965-12-20', '2025-12-20', true, 720],
    ['60 years and a day short of a month', '1965-11-21', '2025-12-20', true, 720],
  ])('%s', (_label, birth, on, ok, months) => {
    const r = admissionAge(birth, on, S);
    expect(r.ok).toBe(ok);
    expect(r.ageMonths).toBe(months);
  });
  it('follows the configured limits (a province setting 18–55)', () => {
    expect(admissionAge('1970-01-01', '2026-01-01', { admissionAge: { minMonths: 216, maxMonths: 660 } }).code).toBe('cells.age.too_old');
  });
});
