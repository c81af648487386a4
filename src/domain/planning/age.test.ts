import { describe, expect, it } from 'vitest';
import { DEFAULT_RETIREMENT_SCHEDULE as S, type Gender, retirementDate } from '../retirement.js';
import { checkPlanningAge, monthsLeftAt, referenceMonthFor } from './age.js';
import { DEFAULT_PLANNING_SETTINGS } from './settings.js';

const A = DEFAULT_PLANNING_SETTINGS.age;

describe('referenceMonthFor (Hướng dẫn 45-HD/BTCTW)', () => {
  it.each<[string, 'grassroots' | 'commune' | 'province' | 'state', string | null]>([
    ['party-2030-2035', 'grassroots', '2030-04'],
    ['party-2030-2035', 'commune', '2030-07'],
    ['party-2030-2035', 'province', '2030-09'],
    ['state-2031-2036', 'state', '2031-03'],
    ['party-2030-2035', 'state', null],
    ['party-2025-2030', 'grassroots', '2025-04'],
    ['party-2025-2030', 'commune', '2025-07'],
    ['party-2025-2030', 'province', '2025-09'],
    ['party-2025-2030', 'state', null],
    ['state-2026-2031', 'state', '2026-03'],
    ['state-2026-2031', 'commune', null],
  ])('%s / %s → %s', (term, level, want) => expect(referenceMonthFor(A, term, level)).toBe(want));
  it('a malformed configured month is an error', () => {
    expect(() => referenceMonthFor({ ...A, referenceMonths: { t: { commune: '07/2030' } } }, 't', 'commune')).toThrow(RangeError);
  });
});

// Months before retirement at each reference month, men and women born across the NĐ 135/2020 schedule.
// Retirement dates worked by hand from Phụ lục I (see retirement.test.ts for the ages themselves).
describe('monthsLeftAt: each reference month, men and women across the NĐ 135/2020 transition', () => {
  it.each<[string, Gender, string, string, Record<string, number>]>([
    // [label, gender, born, retires (end of), months at 04/2030, 07/2030, 09/2030, 03/2031]
    [
      'man 12/1965 (61y9m, transition)',
      'male',
      '1965-12-10',
      '2027-09-30',
      { '2030-04': -30, '2030-07': -33, '2030-09': -35, '2031-03': -41 },
    ],
    ['man 06/1970 (62)', 'male', '1970-06-20', '2032-06-30', { '2030-04': 27, '2030-07': 24, '2030-09': 22, '2031-03': 16 }],
    ['man 05/1973', 'male', '1973-05-31', '2035-05-31', { '2030-04': 62, '2030-07': 59, '2030-09': 57, '2031-03': 51 }],
    [
      'man 06/1973: exactly 60 at 07/2030',
      'male',
      '1973-06-01',
      '2035-06-30',
      { '2030-04': 63, '2030-07': 60, '2030-09': 58, '2031-03': 52 },
    ],
    ['man 07/1975', 'male', '1975-07-01', '2037-07-31', { '2030-04': 88, '2030-07': 85, '2030-09': 83, '2031-03': 77 }],
    [
      'man 06/1978: exactly 120 at 07/2030',
      'male',
      '1978-06-15',
      '2040-06-30',
      { '2030-04': 123, '2030-07': 120, '2030-09': 118, '2031-03': 112 },
    ],
    ['man 07/1978', 'male', '1978-07-15', '2040-07-31', { '2030-04': 124, '2030-07': 121, '2030-09': 119, '2031-03': 113 }],
    [
      'woman 03/1970 (57y4m, transition)',
      'female',
      '1970-03-05',
      '2027-07-31',
      { '2030-04': -32, '2030-07': -35, '2030-09': -37, '2031-03': -43 },
    ],
    [
      'woman 04/1975 (59y8m, last before the cap)',
      'female',
      '1975-04-10',
      '2034-12-31',
      { '2030-04': 57, '2030-07': 54, '2030-09': 52, '2031-03': 46 },
    ],
    [
      'woman 05/1975 (60, first at the cap)',
      'female',
      '1975-05-10',
      '2035-05-31',
      { '2030-04': 62, '2030-07': 59, '2030-09': 57, '2031-03': 51 },
    ],
    [
      'woman 06/1975: exactly 60 at 07/2030',
      'female',
      '1975-06-01',
      '2035-06-30',
      { '2030-04': 63, '2030-07': 60, '2030-09': 58, '2031-03': 52 },
    ],
    ['woman 01/1980', 'female', '1980-01-31', '2040-01-31', { '2030-04': 118, '2030-07': 115, '2030-09': 113, '2031-03': 107 }],
    ['woman 01/1981', 'female', '1981-01-15', '2041-01-31', { '2030-04': 130, '2030-07': 127, '2030-09': 125, '2031-03': 119 }],
  ])('%s', (_n, gender, dob, retires, byMonth) => {
    expect(retirementDate(gender, dob, S)).toBe(retires);
    for (const [month, left] of Object.entries(byMonth)) expect([month, monthsLeftAt(gender, dob, month, S)]).toEqual([month, left]);
  });
});

describe('checkPlanningAge (Quy định 377-QĐ/TW: target 1 ≥ 60, target 2 ≥ 120 months)', () => {
  it.each<[string, Gender, string, 1 | 2, string, 'pass' | 'fail', number]>([
    ['exactly 60 at 07/2030, target 1', 'male', '1973-06-01', 1, '2030-07', 'pass', 60],
    ['59 at 07/2030, target 1', 'male', '1973-05-31', 1, '2030-07', 'fail', 59],
    ['the same man at grassroots 04/2030', 'male', '1973-05-31', 1, '2030-04', 'pass', 62],
    ['exactly 120, target 2', 'male', '1978-06-15', 2, '2030-07', 'pass', 120],
    ['118 at province 09/2030, target 2', 'male', '1978-06-15', 2, '2030-09', 'fail', 118],
    ['woman first at the cap, 59 months at commune 07/2030', 'female', '1975-05-10', 1, '2030-07', 'fail', 59],
    ['woman 01/1981 at state 03/2031: 119 < 120', 'female', '1981-01-15', 2, '2031-03', 'fail', 119],
    ['woman 01/1981 at commune 07/2030: 127', 'female', '1981-01-15', 2, '2030-07', 'pass', 127],
    ['already retired', 'male', '1965-12-10', 1, '2030-07', 'fail', -33],
  ])('%s', (_n, gender, dob, targetLevel, referenceMonth, outcome, monthsLeft) => {
    const r = checkPlanningAge({ gender, dateOfBirth: dob, targetLevel, referenceMonth }, A, S);
    expect(r).toMatchObject({ outcome, code: outcome === 'pass' ? 'planning.age.ok' : 'planning.age.months_left' });
    expect(r.params).toMatchObject({ monthsLeft, required: targetLevel === 1 ? 60 : 120, referenceMonth, targetLevel });
    expect(r.rule).toMatch(/Quy định 377-QĐ\/TW.*Nghị định 135\/2020/);
  });
  it('the months required are parameters', () => {
    const r = checkPlanningAge(
      { gender: 'male', dateOfBirth: '1973-06-01', targetLevel: 1, referenceMonth: '2030-07' },
      { ...A, minMonthsLeft: { 1: 61, 2: 120 } },
      S,
    );
    expect(r.outcome).toBe('fail');
  });
  it("the issue's example: a target-2 candidate with 100 months left is refused", () => {
    // a man born 10/1976 reaches 62 in 10/2038: 07/2030 … 10/2038 is 100 months
    const r = checkPlanningAge({ gender: 'male', dateOfBirth: '1976-10-20', targetLevel: 2, referenceMonth: '2030-07' }, A, S);
    expect(r.params.monthsLeft).toBe(100);
    expect(r.outcome).toBe('fail');
  });
});
