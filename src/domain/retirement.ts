// Retirement age and date — Bộ luật Lao động 2019, Điều 169 and Nghị định 135/2020/NĐ-CP
// (Điều 4, Điều 7, Phụ lục I). The schedule is data (stored as the `retirement.schedule`
// regulation setting); the functions only interpret it.

import { diffMonths, lastDayOfMonth, parseCivilDate, toCivilDate } from './dates.js';

export type Gender = 'male' | 'female';

/** One gender's schedule: all ages in months. */
export interface RetirementRule {
  /** Age required before `firstYear` (720 = 60 years for men, 660 = 55 years for women). */
  baseMonths: number;
  /** First calendar year of the rising schedule. */
  firstYear: number;
  /** Age required in `firstYear`. */
  firstMonths: number;
  /** Increase per calendar year after `firstYear`. */
  stepMonths: number;
  /** Final age, reached once the steps get there. */
  capMonths: number;
}

export interface RetirementSchedule {
  male: RetirementRule;
  female: RetirementRule;
}

/** Nghị định 135/2020/NĐ-CP, Điều 4: men 60y3m in 2021 rising 3 months a year to 62 (2028); women 55y4m rising 4 months a year to 60 (2035). */
export const DEFAULT_RETIREMENT_SCHEDULE: RetirementSchedule = {
  male: { baseMonths: 720, firstYear: 2021, firstMonths: 723, stepMonths: 3, capMonths: 744 },
  female: { baseMonths: 660, firstYear: 2021, firstMonths: 664, stepMonths: 4, capMonths: 720 },
};

const RULE_KEYS = ['baseMonths', 'firstYear', 'firstMonths', 'stepMonths', 'capMonths'] as const;

function checkRule(rule: unknown, label: string): RetirementRule {
  if (typeof rule !== 'object' || rule === null) {
    throw new RangeError(`Retirement schedule: ${label} must be an object`);
  }
  const r = rule as Record<string, unknown>;
  for (const key of RULE_KEYS) {
    const v = r[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new RangeError(`Retirement schedule: ${label}.${key} must be a non-negative integer`);
    }
  }
  const out = Object.fromEntries(RULE_KEYS.map((k) => [k, r[k]])) as unknown as RetirementRule;
  if (out.firstYear < 1 || out.firstYear > 9999) {
    throw new RangeError(`Retirement schedule: ${label}.firstYear out of range`);
  }
  if (out.baseMonths > 1200 || out.firstMonths > 1200 || out.capMonths > 1200) {
    throw new RangeError(`Retirement schedule: ${label} ages must be at most 100 years`);
  }
  return out;
}

/** Nghị định 135/2020/NĐ-CP, Điều 4 (schedule stored as configuration): validates an untrusted schedule value, throwing RangeError if malformed. */
export function parseRetirementSchedule(value: unknown): RetirementSchedule {
  if (typeof value !== 'object' || value === null) {
    throw new RangeError('Retirement schedule must be an object');
  }
  const v = value as Record<string, unknown>;
  return { male: checkRule(v.male, 'male'), female: checkRule(v.female, 'female') };
}

/** Nghị định 135/2020/NĐ-CP, Điều 4, khoản 1–2: the retirement age (months) required in calendar year `year`. */
export function requiredAgeMonthsInYear(rule: RetirementRule, year: number): number {
  if (year < rule.firstYear) return rule.baseMonths;
  return Math.min(rule.capMonths, rule.firstMonths + rule.stepMonths * (year - rule.firstYear));
}

/**
 * Month index (year × 12 + month − 1) in which the person reaches retirement age, and that age.
 * The age that applies is the one required in the calendar year the person reaches it
 * (Phụ lục I): the first year Y where birth month + A(Y) falls in Y or earlier.
 */
function reachRetirement(gender: Gender, dateOfBirth: string, schedule: RetirementSchedule) {
  if (gender !== 'male' && gender !== 'female') {
    throw new RangeError(`Invalid gender: ${JSON.stringify(gender)}`);
  }
  const rule = schedule[gender];
  const { year, month } = parseCivilDate(dateOfBirth);
  const birthIndex = year * 12 + (month - 1);
  // A(Y) is non-decreasing, so the first year Y with year(birth + A(Y)) ≤ Y has equality.
  // The schedule caps, so the loop ends well within a lifetime; the bound only guards bad data.
  for (let y = year; y <= year + 200; y++) {
    const ageMonths = requiredAgeMonthsInYear(rule, y);
    const reachIndex = birthIndex + ageMonths;
    if (Math.floor(reachIndex / 12) <= y) return { ageMonths, reachIndex };
  }
  throw new RangeError('Retirement schedule never yields a retirement age');
}

/** Nghị định 135/2020/NĐ-CP, Điều 4 and Phụ lục I: retirement age in months for a person of this gender and date of birth. */
export function retirementAgeMonths(gender: Gender, dateOfBirth: string, schedule: RetirementSchedule): number {
  return reachRetirement(gender, dateOfBirth, schedule).ageMonths;
}

/** Nghị định 135/2020/NĐ-CP, Điều 7: retirement takes effect at the end of the last day of the month the person reaches retirement age. */
export function retirementDate(gender: Gender, dateOfBirth: string, schedule: RetirementSchedule): string {
  const { reachIndex } = reachRetirement(gender, dateOfBirth, schedule);
  const y = Math.floor(reachIndex / 12);
  const m = reachIndex - y * 12 + 1;
  if (y > 9999) throw new RangeError('Retirement date out of range');
  return toCivilDate(y, m, lastDayOfMonth(y, m));
}

/** Nghị định 135/2020/NĐ-CP, Điều 7: whole months from `on` to the retirement date (negative once that date has passed). */
export function monthsUntilRetirement(gender: Gender, dateOfBirth: string, on: string, schedule: RetirementSchedule): number {
  return diffMonths(on, retirementDate(gender, dateOfBirth, schedule));
}

/** Nghị định 135/2020/NĐ-CP, Phụ lục I (ages written as "X tuổi Y tháng"): splits an age in months into years and months. */
export function splitAgeMonths(ageMonths: number): { years: number; months: number } {
  if (!Number.isInteger(ageMonths) || ageMonths < 0) throw new RangeError(`Invalid age: ${ageMonths}`);
  return { years: Math.floor(ageMonths / 12), months: ageMonths % 12 };
}

/** Nghị định 135/2020/NĐ-CP, Phụ lục I: an age in months written the Vietnamese way, e.g. 723 → "60 tuổi 3 tháng", 720 → "60 tuổi". */
export function formatAgeMonths(ageMonths: number): string {
  const { years, months } = splitAgeMonths(ageMonths);
  return months === 0 ? `${years} tuổi` : `${years} tuổi ${months} tháng`;
}
