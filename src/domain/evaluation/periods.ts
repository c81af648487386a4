// Evaluation periods (Quy định 366-QĐ/TW; Kết luận 198-KL/TW): quarterly classification for Q1–Q3,
// Q4 folded into the year; the year built from the periodic results; a transfer mid-year keeps the
// periodic scores with the person; default deadlines suggested when a period is opened.
//
// The year score, exactly: the average of the periodic scores available — Q1, Q2 and Q3 (wherever
// the person was rated: they travel with the person across units) and the Q4 part, which has no
// classification of its own and is scored at the year's close with the same 100-point computation
// over the tasks due from 01/10 to 31/12. A period with no score (excluded, whole period on leave,
// never scored) is left out of the average, never counted as 0. Rounded to 2 decimals.
import { addDays, dayNumber, daysBetween, lastDayOfMonth, parseCivilDate, toCivilDate } from '../dates.js';
import type { Period } from '../task-summary.js';
import { round2 } from './ratio.js';
import { RULES } from './rules.js';

export const EVALUATION_PERIOD_KINDS = ['month', 'quarter', 'year', 'term'] as const;
export type EvaluationPeriodKind = (typeof EVALUATION_PERIOD_KINDS)[number];

/** A period as stored in evaluation_period: number is the month 1–12, the quarter 1–3, or 0. */
export interface PeriodKey {
  kind: EvaluationPeriodKind;
  year: number;
  number: number;
}

export interface PeriodSpec extends PeriodKey, Period {}

/** Gregorian calendar: the number of days of a period, both ends included. */
export function daysIn(p: Period): number {
  return dayNumber(p.to) - dayNumber(p.from) + 1;
}

/** Kết luận 198-KL/TW: the dates of a month (1–12), a quarter (1–3 only — Q4 is part of the year) or a year. */
export function periodBounds(kind: Exclude<EvaluationPeriodKind, 'term'>, year: number, number = 0): PeriodSpec {
  if (kind === 'year') return { kind, year, number: 0, from: toCivilDate(year, 1, 1), to: toCivilDate(year, 12, 31) };
  if (kind === 'quarter') {
    if (!Number.isInteger(number) || number < 1 || number > 3)
      throw new RangeError(`Quarter must be 1–3 (Q4 is folded into the year): ${number}`);
    const last = number * 3;
    return { kind, year, number, from: toCivilDate(year, last - 2, 1), to: toCivilDate(year, last, lastDayOfMonth(year, last)) };
  }
  if (!Number.isInteger(number) || number < 1 || number > 12) throw new RangeError(`Month must be 1–12: ${number}`);
  return { kind, year, number, from: toCivilDate(year, number, 1), to: toCivilDate(year, number, lastDayOfMonth(year, number)) };
}

/** Quy định 366-QĐ/TW; Kết luận 198-KL/TW: the periods classified in a year — Q1, Q2, Q3 and the year (Q4 folded in). */
export function periodsOfYear(year: number): PeriodSpec[] {
  return [periodBounds('quarter', year, 1), periodBounds('quarter', year, 2), periodBounds('quarter', year, 3), periodBounds('year', year)];
}

/** Kết luận 198-KL/TW: the classified period a date belongs to — its quarter for Q1–Q3, the year for Q4 dates. */
export function quarterOf(date: string): PeriodKey {
  const { year, month } = parseCivilDate(date);
  const q = Math.ceil(month / 3);
  return q === 4 ? { kind: 'year', year, number: 0 } : { kind: 'quarter', year, number: q };
}

/** Kết luận 198-KL/TW: the Q4 part of a year (01/10–31/12), scored at the year's close though never classified alone. */
export function q4Part(year: number): Period {
  return { from: toCivilDate(year, 10, 1), to: toCivilDate(year, 12, 31) };
}

export interface YearScore {
  score: number | null;
  /** How many periodic scores went into the average. */
  used: number;
  rule: string;
}

/**
 * Quy định 366-QĐ/TW (year from the periodic results; transfers: the average of the periodic scores):
 * the average of the available scores among [Q1, Q2, Q3, Q4 part]; null entries are left out.
 */
export function yearFromQuarters(scores: ReadonlyArray<number | null | undefined>): YearScore {
  const got = scores.filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  if (got.length === 0) return { score: null, used: 0, rule: RULES.transfer };
  return { score: round2(got.reduce((a, b) => a + b, 0) / got.length), used: got.length, rule: RULES.transfer };
}

export type EvaluationSide = 'party' | 'civil_servant';

export interface Deadlines {
  selfDue: string;
  appraisalDue: string;
  decisionDue: string;
}

/** Suggested step spacing; a period's deadlines are always editable when it is opened. */
export interface DeadlineDefaults {
  /** Year decisions: last day (MM-DD) — civil servants before 15/12, Party before 31/12. */
  yearDecision: Record<EvaluationSide, string>;
  /** Late organisations: last day (MM-DD) of the following year — before 15/01. */
  lateDecision: string;
  /** Month and quarter: days after the period end for each step. */
  afterEnd: { self: number; appraisal: number; decision: number };
  /** Year: days before the decision deadline for the earlier steps. */
  beforeDecision: { self: number; appraisal: number };
}

export const DEFAULT_DEADLINES: DeadlineDefaults = {
  yearDecision: { civil_servant: '12-14', party: '12-30' },
  lateDecision: '01-14',
  afterEnd: { self: 5, appraisal: 10, decision: 15 },
  beforeDecision: { self: 10, appraisal: 5 },
};

/**
 * Nghị định 335/2025/NĐ-CP (civil servants' year before 15/12); Hướng dẫn 43-HD/BTCTW (Party year before
 * 31/12, late organisations before 15/01): the deadlines to suggest when opening a period. "Before 15/12"
 * is stored as the last allowed day, 14/12.
 */
export function defaultDeadlines(
  period: PeriodSpec,
  side: EvaluationSide,
  opts: { late?: boolean; defaults?: DeadlineDefaults } = {},
): Deadlines {
  const d = opts.defaults ?? DEFAULT_DEADLINES;
  if (period.kind === 'year' || period.kind === 'term') {
    const endYear = parseCivilDate(period.to).year;
    const decisionDue = opts.late ? `${endYear + 1}-${d.lateDecision}` : `${endYear}-${d.yearDecision[side]}`;
    return {
      selfDue: addDays(decisionDue, -d.beforeDecision.self),
      appraisalDue: addDays(decisionDue, -d.beforeDecision.appraisal),
      decisionDue,
    };
  }
  return {
    selfDue: addDays(period.to, d.afterEnd.self),
    appraisalDue: addDays(period.to, d.afterEnd.appraisal),
    decisionDue: addDays(period.to, d.afterEnd.decision),
  };
}

/**
 * Fresh deadlines for a period opened after some of its step deadlines have passed (issue 9): the steps
 * keep their lengths (self-assessment after the period end, appraisal after self-assessment, decision
 * after appraisal), counted from today. A self-assessment step that does not fall after the period end
 * (years: its deadline lies before 31/12) gets the month/quarter spacing instead. Null when nothing has passed.
 */
export function freshDeadlines(
  periodEnd: string,
  d: Deadlines,
  today: string,
  defaults: DeadlineDefaults = DEFAULT_DEADLINES,
): Deadlines | null {
  if (d.selfDue >= today && d.appraisalDue >= today && d.decisionDue >= today) return null;
  const selfStep = daysBetween(periodEnd, d.selfDue);
  const selfDue = addDays(today, selfStep > 0 ? selfStep : defaults.afterEnd.self);
  const appraisalDue = addDays(selfDue, Math.max(0, daysBetween(d.selfDue, d.appraisalDue)));
  const decisionDue = addDays(appraisalDue, Math.max(0, daysBetween(d.appraisalDue, d.decisionDue)));
  return { selfDue, appraisalDue, decisionDue };
}
