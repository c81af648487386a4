import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { daysIn, defaultDeadlines, type PeriodKey, periodBounds, periodsOfYear, q4Part, quarterOf, yearFromQuarters } from './periods.js';

describe('periodsOfYear: Q1–Q3 and the year, Q4 folded in (Kết luận 198-KL/TW)', () => {
  it('2026', () => {
    expect(periodsOfYear(2026).map((p) => [p.kind, p.number, p.from, p.to])).toEqual([
      ['quarter', 1, '2026-01-01', '2026-03-31'],
      ['quarter', 2, '2026-04-01', '2026-06-30'],
      ['quarter', 3, '2026-07-01', '2026-09-30'],
      ['year', 0, '2026-01-01', '2026-12-31'],
    ]);
  });
  it('Q4 is not a classified period', () => {
    expect(() => periodBounds('quarter', 2026, 4)).toThrow(RangeError);
  });
  it.each<[number, string]>([
    [2, '2028-02-29'],
    [2, '2026-02-28'],
    [12, '2026-12-31'],
  ])('month %s ends %s', (m, end) => {
    expect(periodBounds('month', Number(end.slice(0, 4)), m).to).toBe(end);
  });
  it('the Q4 part', () => expect(q4Part(2026)).toEqual({ from: '2026-10-01', to: '2026-12-31' }));
});

describe('quarterOf', () => {
  it.each<[string, PeriodKey]>([
    ['2026-01-01', { kind: 'quarter', year: 2026, number: 1 }],
    ['2026-03-31', { kind: 'quarter', year: 2026, number: 1 }],
    ['2026-04-01', { kind: 'quarter', year: 2026, number: 2 }],
    ['2026-09-30', { kind: 'quarter', year: 2026, number: 3 }],
    ['2026-10-01', { kind: 'year', year: 2026, number: 0 }],
    ['2026-12-31', { kind: 'year', year: 2026, number: 0 }],
  ])('%s', (date, key) => expect(quarterOf(date)).toEqual(key));
});

describe('yearFromQuarters: the average of the periodic scores available', () => {
  it.each<[string, Array<number | null | undefined>, number | null, number]>([
    ['transfer: Q1 in unit A 80, Q2–Q3 in unit B 90 and 94', [80, 90, 94], 88, 3],
    ['with the Q4 part', [80, 90, 94, 76], 85, 4],
    ['a quarter excluded (leave) is left out, not 0', [80, null, 94, 76], 83.33, 3],
    ['only the Q4 part', [null, null, null, 71.5], 71.5, 1],
    ['nothing scored', [null, undefined], null, 0],
    ['rounding to 2 decimals', [90, 91, 91], 90.67, 3],
  ])('%s', (_n, scores, score, used) => {
    expect(yearFromQuarters(scores)).toMatchObject({ score, used });
  });
});

describe('defaultDeadlines (DOMAIN §2: civil servants before 15/12, Party before 31/12, late before 15/01)', () => {
  const year = periodBounds('year', 2026);
  it.each<[string, Parameters<typeof defaultDeadlines>, { selfDue: string; appraisalDue: string; decisionDue: string }]>([
    ['civil servants, year', [year, 'civil_servant'], { selfDue: '2026-12-04', appraisalDue: '2026-12-09', decisionDue: '2026-12-14' }],
    ['Party, year', [year, 'party'], { selfDue: '2026-12-20', appraisalDue: '2026-12-25', decisionDue: '2026-12-30' }],
    [
      'late organisation',
      [year, 'party', { late: true }],
      { selfDue: '2027-01-04', appraisalDue: '2027-01-09', decisionDue: '2027-01-14' },
    ],
    [
      'quarter: after its end',
      [periodBounds('quarter', 2026, 1), 'party'],
      { selfDue: '2026-04-05', appraisalDue: '2026-04-10', decisionDue: '2026-04-15' },
    ],
    [
      'month',
      [periodBounds('month', 2026, 12), 'civil_servant'],
      { selfDue: '2027-01-05', appraisalDue: '2027-01-10', decisionDue: '2027-01-15' },
    ],
  ])('%s', (_n, args, want) => expect(defaultDeadlines(...args)).toEqual(want));
});

describe('day arithmetic', () => {
  it.each<[string, number, string]>([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %s = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));
  it('daysIn', () => {
    expect(daysIn({ from: '2026-04-01', to: '2026-06-30' })).toBe(91);
    expect(daysIn({ from: '2028-01-01', to: '2028-12-31' })).toBe(366);
  });
});
