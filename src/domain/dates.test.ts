import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  dayNumber,
  isoWeekday,
  mondayOf,
  compareDates,
  diffMonths,
  formatViDate,
  isCivilDate,
  isLeapYear,
  lastDayOfMonth,
  parseCivilDate,
  parseViDate,
  toCivilDate,
  todayInVietnam,
} from './dates.js';

describe('isCivilDate', () => {
  it.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2025-02-31', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', false],
    ['2025-6-30', false],
    ['30/06/2025', false],
    [' 2025-06-30', false],
    ['2025-06-30T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isCivilDate(s)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isCivilDate(20250630)).toBe(false);
    expect(isCivilDate(null)).toBe(false);
  });
});

describe('lastDayOfMonth / isLeapYear', () => {
  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i → %i', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });

  it('rejects an invalid month', () => {
    expect(() => lastDayOfMonth(2025, 13)).toThrow(RangeError);
    expect(() => lastDayOfMonth(2025, 0)).toThrow(RangeError);
  });

  it('leap years', () => {
    expect([1996, 2000, 2024, 1900, 2100, 2025].map(isLeapYear)).toEqual([true, true, true, false, false, false]);
  });
});

describe('parseCivilDate / toCivilDate', () => {
  it('round-trips', () => {
    expect(parseCivilDate('1961-01-15')).toEqual({ year: 1961, month: 1, day: 15 });
    expect(toCivilDate(961, 1, 5)).toBe('0961-01-05');
  });
  it.each(['2025-02-30', 'abc', '2025/01/01'])('throws RangeError for %j', (s) => {
    expect(() => parseCivilDate(s)).toThrow(RangeError);
  });
  it('toCivilDate rejects impossible dates', () => {
    expect(() => toCivilDate(2025, 2, 29)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-01-01', -1, '2024-12-01'],
    ['2025-01-01', -13, '2023-12-01'],
    ['2024-02-29', 12, '2025-02-28'],
    ['1961-01-15', 723, '2021-04-15'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('rejects bad input', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it.each([
    ['2025-06-30', '2025-07-01', -1],
    ['2025-07-01', '2025-06-30', 1],
    ['2025-06-30', '2025-06-30', 0],
    ['1999-12-31', '2000-01-01', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
  it('throws on invalid input', () => {
    expect(() => compareDates('2025-02-30', '2025-01-01')).toThrow(RangeError);
  });
});

describe('diffMonths', () => {
  it.each([
    ['2021-01-15', '2021-04-30', 3],
    ['2021-01-31', '2021-04-30', 3],
    ['2021-04-30', '2021-04-30', 0],
    ['2021-04-01', '2021-04-30', 0],
    ['2021-03-31', '2021-04-30', 1],
    ['2021-05-01', '2021-04-30', 0],
    ['2021-06-15', '2021-04-30', -1],
    ['2021-05-31', '2021-04-30', -1],
    ['2021-07-01', '2021-04-30', -2],
    ['2020-04-30', '2021-04-30', 12],
    ['2025-01-31', '2025-02-28', 1],
  ])('%s → %s = %i', (from, to, expected) => {
    expect(diffMonths(from, to)).toBe(expected);
  });
});

describe('formatViDate / parseViDate', () => {
  it.each([
    ['2025-06-30', '30/06/2025'],
    ['2024-02-29', '29/02/2024'],
    ['1961-01-05', '05/01/1961'],
  ])('format %s → %s', (iso, vi) => {
    expect(formatViDate(iso)).toBe(vi);
  });

  it('format rejects invalid dates', () => {
    expect(() => formatViDate('2025-02-31')).toThrow(RangeError);
  });

  it.each([
    ['30/06/2025', '2025-06-30'],
    ['1/2/2025', '2025-02-01'],
    ['01/2/2025', '2025-02-01'],
    ['2025-06-30', '2025-06-30'],
    [' 30/06/2025 ', '2025-06-30'],
    ['30-06-2025', '2025-06-30'],
    ['30.06.2025', '2025-06-30'],
    ['29/02/2024', '2024-02-29'],
    ['31/02/2025', null],
    ['29/02/2025', null],
    ['2025-02-31', null],
    ['32/01/2025', null],
    ['00/01/2025', null],
    ['15/13/2025', null],
    ['30/06/25', null],
    ['30/06-2025', null],
    ['2025-6-30', null],
    ['', null],
    ['hôm nay', null],
  ])('parse %j → %j', (s, expected) => {
    expect(parseViDate(s)).toBe(expected);
  });
});

describe('todayInVietnam', () => {
  it.each([
    ['2025-06-30T16:59:59.999Z', '2025-06-30'],
    ['2025-06-30T17:00:00.000Z', '2025-07-01'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
    ['2024-02-28T17:30:00Z', '2024-02-29'],
    ['2025-07-01T00:00:00+07:00', '2025-07-01'],
    ['2025-01-01T06:59:00+07:00', '2025-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('defaults to now and returns a civil date', () => {
    expect(isCivilDate(todayInVietnam())).toBe(true);
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInVietnam(new Date('nope'))).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-10', -365, '2025-03-10'],
  ])('addDays(%s, %i) = %s', (d, n, expected) => expect(addDays(d, n)).toBe(expected));

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(daysBetween('2026-03-01', '2025-12-31')).toBe(-60);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it.each([
    ['2026-12-07', 1, '2026-12-07'], // Monday
    ['2026-12-13', 7, '2026-12-07'], // Sunday
    ['2026-01-01', 4, '2025-12-29'], // Thursday, week across the year
    ['1969-12-31', 3, '1969-12-29'], // before day 0
  ])('%s: ISO weekday %i, week of %s', (d, weekday, monday) => {
    expect(isoWeekday(d)).toBe(weekday);
    expect(mondayOf(d)).toBe(monday);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
