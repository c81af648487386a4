import { describe, expect, it } from 'vitest';
import {
  DEMO_ANCHOR_MAX,
  DEMO_ANCHOR_MIN,
  demoAnchorProblem,
  demoClosedPeriods,
  demoCurrentPeriod,
  demoWeeks,
  previousPeriod,
  TET_DAYS,
  tetDay,
  tetWeek,
} from './demo-calendar.js';
import { mondayOf } from './dates.js';

describe('mondayOf', () => {
  it.each([
    ['2026-12-07', '2026-12-07'], // a Monday
    ['2026-12-13', '2026-12-07'], // Sunday ends the week
    ['2027-01-01', '2026-12-28'], // across the year
    ['2028-02-29', '2028-02-28'],
    ['2028-03-05', '2028-02-28'],
    ['1970-01-01', '1969-12-29'], // day 0 of the day count, a Thursday
  ])('%s → %s', (d, monday) => expect(mondayOf(d)).toBe(monday));
});

describe('Tết', () => {
  it.each([
    [2026, '2026-02-17', '2026-02-16'], // Tuesday: its own week
    [2027, '2027-02-06', '2027-02-08'], // Saturday: the days off fall in the next week
    [2028, '2028-01-26', '2028-01-24'],
    [2030, '2030-02-03', '2030-02-04'], // Sunday
  ])('%i: mùng 1 on %s, the week without work from %s', (year, day, week) => {
    expect(tetDay(year)).toBe(day);
    expect(tetWeek(year)).toBe(week);
  });

  it('knows every year an anchor can reach, and refuses the others', () => {
    for (let y = Number(DEMO_ANCHOR_MIN.slice(0, 4)) - 1; y <= Number(DEMO_ANCHOR_MAX.slice(0, 4)) + 1; y++)
      expect(TET_DAYS[y]).toBeTruthy();
    expect(() => tetDay(2040)).toThrow(RangeError);
  });
});

describe('demoAnchorProblem', () => {
  it.each([
    ['2026-12-07', null],
    [DEMO_ANCHOR_MIN, null],
    [DEMO_ANCHOR_MAX, null],
    ['2028-02-29', null],
    ['2027-02-29', 'format'],
    ['15/12/2026', 'format'],
    ['', 'format'],
    ['2026-11-15', 'too_early'],
    ['2030-07-01', 'too_late'],
  ])('%j → %s', (d, problem) => expect(demoAnchorProblem(d)).toBe(problem));
});

describe('demoWeeks', () => {
  it.each([
    // anchor, this week, next working week, first week, weeks kept, Tết weeks
    ['2026-11-22', '2026-11-16', '2026-11-23', '2025-12-01', 51, ['2026-02-16']], // the old fixed demo
    ['2026-12-07', '2026-12-07', '2026-12-14', '2025-12-22', 51, ['2026-02-16']],
    ['2026-12-15', '2026-12-14', '2026-12-21', '2025-12-29', 51, ['2026-02-16']],
    ['2026-12-31', '2026-12-28', '2027-01-04', '2026-01-12', 51, ['2026-02-16']],
    ['2027-01-01', '2026-12-28', '2027-01-04', '2026-01-12', 51, ['2026-02-16']],
    // The day before Tết 2027: next week is the holiday, so the plans under review are the week after's.
    ['2027-02-05', '2027-02-01', '2027-02-15', '2026-02-23', 51, ['2027-02-08']],
    // Mùng 3: this week is Tết.
    ['2027-02-08', '2027-02-08', '2027-02-15', '2026-02-23', 51, ['2027-02-08']],
    ['2027-03-31', '2027-03-29', '2027-04-05', '2026-04-13', 51, ['2027-02-08']],
    ['2027-04-01', '2027-03-29', '2027-04-05', '2026-04-13', 51, ['2027-02-08']],
    ['2028-02-29', '2028-02-28', '2028-03-06', '2027-03-15', 51, ['2028-01-24']],
  ])('%s', (anchor, thisWeek, nextWeek, workFrom, n, tet) => {
    const w = demoWeeks(anchor);
    expect({ thisWeek: w.thisWeek, nextWeek: w.nextWeek, workFrom: w.workFrom, weeks: w.weeks.length, tet: w.tetWeeks }).toEqual({
      thisWeek,
      nextWeek,
      workFrom,
      weeks: n,
      tet,
    });
    expect(w.weeks[w.weeks.length - 1]).toBe(nextWeek);
    expect(w.weeks.every((d, i) => i === 0 || d > w.weeks[i - 1])).toBe(true);
    expect(w.weeks.every((d) => mondayOf(d) === d)).toBe(true);
  });
});

describe('the evaluation calendar of the demo', () => {
  it.each([
    ['2026-11-22', { kind: 'year', year: 2026, number: 0, openedOn: '2026-11-22' }],
    ['2026-12-07', { kind: 'year', year: 2026, number: 0, openedOn: '2026-12-01' }],
    ['2026-12-31', { kind: 'year', year: 2026, number: 0, openedOn: '2026-12-01' }],
    ['2027-01-01', { kind: 'quarter', year: 2027, number: 1, openedOn: '2027-01-01' }],
    ['2027-02-05', { kind: 'quarter', year: 2027, number: 1, openedOn: '2027-01-01' }],
    ['2027-03-31', { kind: 'quarter', year: 2027, number: 1, openedOn: '2027-01-01' }],
    ['2027-04-01', { kind: 'quarter', year: 2027, number: 2, openedOn: '2027-04-01' }],
    ['2027-10-01', { kind: 'year', year: 2027, number: 0, openedOn: '2027-10-01' }],
    ['2028-02-29', { kind: 'quarter', year: 2028, number: 1, openedOn: '2028-01-01' }],
  ])('current on %s: %j (Q4 folds into the year)', (anchor, current) => expect(demoCurrentPeriod(anchor)).toEqual(current));

  it.each([
    [
      { kind: 'year', year: 2026, number: 0 },
      { kind: 'quarter', year: 2026, number: 3 },
    ],
    [
      { kind: 'quarter', year: 2027, number: 1 },
      { kind: 'year', year: 2026, number: 0 },
    ],
    [
      { kind: 'quarter', year: 2027, number: 3 },
      { kind: 'quarter', year: 2027, number: 2 },
    ],
  ] as const)('before %j: %j', (p, prev) => expect(previousPeriod(p)).toEqual(prev));

  const row = (s: string) => {
    const [key, openedOn, decidedOn, closedOn] = s.split(' ');
    const [kind, y, n] = key.split(/[/]/);
    return { kind: kind === 'Y' ? 'year' : 'quarter', year: Number(y), number: Number(n ?? 0), openedOn, decidedOn, closedOn };
  };
  it.each([
    // The closed history: periods ending inside the year of work, before the current one.
    [
      '2026-12-07',
      [
        'Y/2025 2025-12-01 2025-12-28 2025-12-31',
        'Q/2026/1 2026-04-01 2026-04-13 2026-04-16',
        'Q/2026/2 2026-07-01 2026-07-13 2026-07-16',
        'Q/2026/3 2026-10-01 2026-10-13 2026-10-16',
      ],
    ],
    [
      '2027-01-01',
      [
        'Q/2026/1 2026-04-01 2026-04-13 2026-04-16',
        'Q/2026/2 2026-07-01 2026-07-13 2026-07-16',
        'Q/2026/3 2026-10-01 2026-10-13 2026-10-16',
        'Y/2026 2026-12-01 2026-12-28 2026-12-31',
      ],
    ],
    [
      '2027-02-08',
      [
        'Q/2026/1 2026-04-01 2026-04-13 2026-04-16',
        'Q/2026/2 2026-07-01 2026-07-13 2026-07-16',
        'Q/2026/3 2026-10-01 2026-10-13 2026-10-16',
        'Y/2026 2026-12-01 2026-12-28 2026-12-31',
      ],
    ],
    // A quarter that ended yesterday was closed quickly: every step on the anchor.
    [
      '2027-04-01',
      [
        'Q/2026/2 2026-07-01 2026-07-13 2026-07-16',
        'Q/2026/3 2026-10-01 2026-10-13 2026-10-16',
        'Y/2026 2026-12-01 2026-12-28 2026-12-31',
        'Q/2027/1 2027-04-01 2027-04-01 2027-04-01',
      ],
    ],
    [
      '2027-04-14',
      [
        'Q/2026/2 2026-07-01 2026-07-13 2026-07-16',
        'Q/2026/3 2026-10-01 2026-10-13 2026-10-16',
        'Y/2026 2026-12-01 2026-12-28 2026-12-31',
        'Q/2027/1 2027-04-01 2027-04-13 2027-04-14',
      ],
    ],
    [
      '2028-02-29',
      [
        'Q/2027/1 2027-04-01 2027-04-13 2027-04-16',
        'Q/2027/2 2027-07-01 2027-07-13 2027-07-16',
        'Q/2027/3 2027-10-01 2027-10-13 2027-10-16',
        'Y/2027 2027-12-01 2027-12-28 2027-12-31',
      ],
    ],
  ])('closed on %s', (anchor, rows) => {
    const closed = demoClosedPeriods(anchor);
    expect(closed).toEqual(rows.map(row));
    for (const p of closed) expect(p.openedOn <= p.decidedOn && p.decidedOn <= p.closedOn && p.closedOn <= anchor).toBe(true);
  });
});
