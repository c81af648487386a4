import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETIREMENT_SCHEDULE,
  formatAgeMonths,
  type Gender,
  monthsUntilRetirement,
  parseRetirementSchedule,
  requiredAgeMonthsInYear,
  type RetirementSchedule,
  retirementAgeMonths,
  retirementDate,
  splitAgeMonths,
} from './retirement.js';

const S = DEFAULT_RETIREMENT_SCHEDULE;
const ym = (years: number, months = 0) => years * 12 + months;

describe('retirementAgeMonths / retirementDate (Nghị định 135/2020, Phụ lục I)', () => {
  it.each<[string, Gender, string, number, string]>([
    // Men — before the schedule: 60 years.
    ['man born before the schedule', 'male', '1955-06-10', ym(60), '2015-06-30'],
    ['man born 02/1956 retires in a leap February', 'male', '1956-02-29', ym(60), '2016-02-29'],
    ['man born 12/1960: 60 in 12/2020', 'male', '1960-12-05', ym(60), '2020-12-31'],
    // Men — 2021 → 60y3m; transition 09/1961 vs 10/1961.
    ['man born 01/1961 (Phụ lục I row 1)', 'male', '1961-01-15', ym(60, 3), '2021-04-30'],
    ['man born 31/01/1961', 'male', '1961-01-31', ym(60, 3), '2021-04-30'],
    ['man born 09/1961: last at 60y3m', 'male', '1961-09-01', ym(60, 3), '2021-12-31'],
    ['man born 10/1961: first at 60y6m', 'male', '1961-10-01', ym(60, 6), '2022-04-30'],
    ['man born 31/12/1961', 'male', '1961-12-31', ym(60, 6), '2022-06-30'],
    ['man born 06/1962: last at 60y6m', 'male', '1962-06-20', ym(60, 6), '2022-12-31'],
    ['man born 07/1962: first at 60y9m', 'male', '1962-07-01', ym(60, 9), '2023-04-30'],
    ['man born 29/02/1964', 'male', '1964-02-29', ym(61, 3), '2025-05-31'],
    // Men — cap: 62 from 04/1966.
    ['man born 01/1966: 61y9m', 'male', '1966-01-31', ym(61, 9), '2027-10-31'],
    ['man born 03/1966: last at 61y9m', 'male', '1966-03-15', ym(61, 9), '2027-12-31'],
    ['man born 04/1966: first at 62 (cap)', 'male', '1966-04-01', ym(62), '2028-04-30'],
    ['man born 12/1966: 62', 'male', '1966-12-31', ym(62), '2028-12-31'],
    ['man born 01/1967: 62', 'male', '1967-01-01', ym(62), '2029-01-31'],
    ['man born 02/1970 retires in a leap February', 'male', '1970-02-10', ym(62), '2032-02-29'],
    // Women — before the schedule: 55 years.
    ['woman born before the schedule', 'female', '1955-03-20', ym(55), '2010-03-31'],
    ['woman born 02/1964 retires in a non-leap February', 'female', '1964-02-29', ym(55), '2019-02-28'],
    ['woman born 12/1965: 55 in 12/2020', 'female', '1965-12-01', ym(55), '2020-12-31'],
    // Women — 2021 → 55y4m; transition 08/1966 vs 09/1966.
    ['woman born 01/1966 (Phụ lục I row 1)', 'female', '1966-01-15', ym(55, 4), '2021-05-31'],
    ['woman born 08/1966: last at 55y4m', 'female', '1966-08-31', ym(55, 4), '2021-12-31'],
    ['woman born 09/1966: first at 55y8m', 'female', '1966-09-01', ym(55, 8), '2022-05-31'],
    ['woman born 04/1967: last at 55y8m', 'female', '1967-04-30', ym(55, 8), '2022-12-31'],
    ['woman born 05/1967: first at 56y', 'female', '1967-05-01', ym(56), '2023-05-31'],
    ['woman born 29/02/1972', 'female', '1972-02-29', ym(58, 4), '2030-06-30'],
    // Women — cap: 60 from 05/1975.
    ['woman born 01/1975: 59y8m', 'female', '1975-01-31', ym(59, 8), '2034-09-30'],
    ['woman born 04/1975: last at 59y8m', 'female', '1975-04-10', ym(59, 8), '2034-12-31'],
    ['woman born 05/1975: first at 60 (cap)', 'female', '1975-05-01', ym(60), '2035-05-31'],
    ['woman born 01/1980: 60', 'female', '1980-01-31', ym(60), '2040-01-31'],
    ['woman born 05/1980: 60', 'female', '1980-05-20', ym(60), '2040-05-31'],
    ['woman born 02/1984 retires in a leap February', 'female', '1984-02-15', ym(60), '2044-02-29'],
  ])('%s', (_label, gender, dob, ageMonths, date) => {
    expect(retirementAgeMonths(gender, dob, S)).toBe(ageMonths);
    expect(retirementDate(gender, dob, S)).toBe(date);
  });

  it('for every birth month 1950–1990 the age is the one required in the year it is reached, and the smallest such', () => {
    for (const gender of ['male', 'female'] as const) {
      const rule = S[gender];
      for (let y = 1950; y <= 1990; y++) {
        for (let m = 1; m <= 12; m++) {
          const dob = `${y}-${String(m).padStart(2, '0')}-01`;
          const age = retirementAgeMonths(gender, dob, S);
          const retireYear = Number(retirementDate(gender, dob, S).slice(0, 4));
          expect(age).toBe(requiredAgeMonthsInYear(rule, retireYear));
          // In every earlier year, the age required then would have been reached only later.
          for (let earlier = y; earlier < retireYear; earlier++) {
            const reach = y * 12 + (m - 1) + requiredAgeMonthsInYear(rule, earlier);
            expect(Math.floor(reach / 12)).toBeGreaterThan(earlier);
          }
        }
      }
    }
  });
});

describe('requiredAgeMonthsInYear', () => {
  it.each([
    ['male', 2020, ym(60)],
    ['male', 2021, ym(60, 3)],
    ['male', 2024, ym(61)],
    ['male', 2027, ym(61, 9)],
    ['male', 2028, ym(62)],
    ['male', 2040, ym(62)],
    ['female', 2020, ym(55)],
    ['female', 2021, ym(55, 4)],
    ['female', 2023, ym(56)],
    ['female', 2034, ym(59, 8)],
    ['female', 2035, ym(60)],
    ['female', 2050, ym(60)],
  ] as const)('%s in %i → %i months', (gender, year, months) => {
    expect(requiredAgeMonthsInYear(S[gender], year)).toBe(months);
  });
});

describe('schedule is data', () => {
  const custom: RetirementSchedule = {
    male: { baseMonths: ym(60), firstYear: 2030, firstMonths: ym(60, 6), stepMonths: 6, capMonths: ym(65) },
    female: { baseMonths: ym(58), firstYear: 2021, firstMonths: ym(58), stepMonths: 0, capMonths: ym(58) },
  };

  it.each<[Gender, string, number, string, number, string]>([
    // gender, dob, default age, default date, custom age, custom date
    ['male', '1961-01-15', ym(60, 3), '2021-04-30', ym(60), '2021-01-31'],
    ['male', '1970-06-01', ym(62), '2032-06-30', ym(60, 6), '2030-12-31'],
    ['male', '1970-07-01', ym(62), '2032-07-31', ym(61), '2031-07-31'],
    ['female', '1966-01-15', ym(55, 4), '2021-05-31', ym(58), '2024-01-31'],
  ])('%s born %s', (gender, dob, defAge, defDate, cusAge, cusDate) => {
    expect(retirementAgeMonths(gender, dob, S)).toBe(defAge);
    expect(retirementDate(gender, dob, S)).toBe(defDate);
    expect(retirementAgeMonths(gender, dob, custom)).toBe(cusAge);
    expect(retirementDate(gender, dob, custom)).toBe(cusDate);
  });

  it('parseRetirementSchedule accepts the stored JSON form of the default', () => {
    expect(parseRetirementSchedule(JSON.parse(JSON.stringify(S)))).toEqual(S);
  });

  it('parseRetirementSchedule drops unknown keys', () => {
    const withExtra = { male: { ...S.male, note: 'x' }, female: S.female };
    expect(parseRetirementSchedule(withExtra)).toEqual(S);
  });

  it.each([
    ['null', null],
    ['missing female', { male: S.male }],
    ['missing field', { male: { ...S.male, capMonths: undefined }, female: S.female }],
    ['string number', { male: { ...S.male, stepMonths: '3' }, female: S.female }],
    ['negative', { male: S.male, female: { ...S.female, stepMonths: -4 } }],
    ['fraction', { male: S.male, female: { ...S.female, firstMonths: 664.5 } }],
    ['absurd age', { male: { ...S.male, capMonths: 5000 }, female: S.female }],
  ])('parseRetirementSchedule rejects %s', (_label, value) => {
    expect(() => parseRetirementSchedule(value)).toThrow(RangeError);
  });
});

describe('monthsUntilRetirement', () => {
  it.each<[Gender, string, string, number]>([
    ['male', '1961-01-15', '2021-01-15', 3],
    ['male', '1961-01-15', '2021-01-31', 3],
    ['male', '1961-01-15', '2021-02-01', 2],
    ['male', '1961-01-15', '2020-04-30', 12],
    ['male', '1961-01-15', '2021-04-30', 0],
    ['male', '1961-01-15', '2021-05-01', 0],
    ['male', '1961-01-15', '2021-05-31', -1],
    ['male', '1961-01-15', '2022-04-30', -12],
    ['female', '1975-05-01', '2025-06-30', 119],
    ['female', '1980-05-20', '2025-06-30', 179],
  ])('%s born %s, on %s → %i', (gender, dob, on, expected) => {
    expect(monthsUntilRetirement(gender, dob, on, S)).toBe(expected);
  });
});

describe('input validation', () => {
  it.each(['1961-02-30', '1961-13-01', '15/01/1961', '', '1961-1-15'])('rejects date of birth %j', (dob) => {
    expect(() => retirementAgeMonths('male', dob, S)).toThrow(RangeError);
    expect(() => retirementDate('female', dob, S)).toThrow(RangeError);
  });

  it('rejects an invalid "on" date', () => {
    expect(() => monthsUntilRetirement('male', '1961-01-15', '2021-02-29', S)).toThrow(RangeError);
  });

  it('rejects an unknown gender', () => {
    expect(() => retirementAgeMonths('other' as Gender, '1961-01-15', S)).toThrow(RangeError);
  });

  it('does not mutate the schedule', () => {
    const before = JSON.stringify(S);
    retirementDate('male', '1966-04-01', S);
    expect(JSON.stringify(S)).toBe(before);
  });
});

describe('splitAgeMonths / formatAgeMonths', () => {
  it.each([
    [720, 60, 0, '60 tuổi'],
    [723, 60, 3, '60 tuổi 3 tháng'],
    [664, 55, 4, '55 tuổi 4 tháng'],
    [741, 61, 9, '61 tuổi 9 tháng'],
  ])('%i months', (age, years, months, text) => {
    expect(splitAgeMonths(age)).toEqual({ years, months });
    expect(formatAgeMonths(age)).toBe(text);
  });

  it('rejects a negative age', () => {
    expect(() => splitAgeMonths(-1)).toThrow(RangeError);
  });
});
