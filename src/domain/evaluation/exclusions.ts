// Who is not classified, and on what time the others are scored (Quy định 366-QĐ/TW; Hướng dẫn
// 43-HD/BTCTW):
// - Party members admitted less than N months (default 6) before the period's end; members exempted
//   from Party work or suspended at any time during the period (a member_status row overlapping it).
//   These are Party-side rules: an evaluation under NĐ 335 alone passes `partyRules: false`.
// - Sick or maternity leave: scored on time actually worked. The worked periods are the period minus
//   the leave; workedRatio = days worked / days of the period (4 decimals, as stored). Leave covering
//   the whole period leaves nothing to score: excluded with reason 'on_leave'.
// The checks run in that order; the first that applies is the reason shown.
import { addDays, addMonths } from '../dates.js';
import { inPeriod, type Period, type TaskFact } from '../task-summary.js';
import type { ExclusionRules } from './config.js';
import { daysIn } from './periods.js';
import { RULES } from './rules.js';

export type MemberStatusKind = 'exempted' | 'suspended' | 'sick_leave' | 'maternity_leave';

export interface MemberStatusRow {
  kind: MemberStatusKind;
  validFrom: string;
  validTo: string | null;
}

export interface ExclusionInput {
  period: Period;
  /** Date of admission to the Party; null or absent for non-members. */
  admittedOn?: string | null;
  statuses: readonly MemberStatusRow[];
  /** Apply the Party-side exclusions (default true). */
  partyRules?: boolean;
}

export type ExclusionReason = 'new_member' | 'exempted' | 'suspended' | 'on_leave';

export type ExclusionResult =
  | { excluded: true; reason: ExclusionReason; key: string; params: Record<string, unknown>; rule: string }
  | { excluded: false; workedRatio: number; workedPeriods: Period[] };

const overlaps = (s: MemberStatusRow, p: Period) => s.validFrom <= p.to && (s.validTo === null || s.validTo >= p.from);

/** Quy định 366-QĐ/TW: admitted less than `months` months before the period end (exactly N months is enough to be classified). */
export function isNewMember(admittedOn: string, periodEnd: string, months: number): boolean {
  return addMonths(admittedOn, months) > periodEnd;
}

/** Hướng dẫn 43-HD/BTCTW (scored on time actually worked): the period minus the leave, as disjoint ranges in order. */
export function workedPeriods(period: Period, leave: readonly MemberStatusRow[]): Period[] {
  const ranges = leave
    .filter((s) => (s.kind === 'sick_leave' || s.kind === 'maternity_leave') && overlaps(s, period))
    .map((s) => ({
      from: s.validFrom < period.from ? period.from : s.validFrom,
      to: s.validTo === null || s.validTo > period.to ? period.to : s.validTo,
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Period[] = [];
  let cursor = period.from;
  for (const r of ranges) {
    if (r.to < cursor) continue;
    if (r.from > cursor) out.push({ from: cursor, to: addDays(r.from, -1) });
    if (r.to >= period.to) return out;
    cursor = addDays(r.to, 1);
  }
  out.push({ from: cursor, to: period.to });
  return out;
}

/** Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW: excluded with the reason, or the worked ratio and periods to score on. */
export function checkExclusion(input: ExclusionInput, rules: ExclusionRules): ExclusionResult {
  const { period } = input;
  if (input.partyRules !== false) {
    if (input.admittedOn && isNewMember(input.admittedOn, period.to, rules.minMembershipMonths)) {
      return {
        excluded: true,
        reason: 'new_member',
        key: 'exclusion.new_member',
        params: { admittedOn: input.admittedOn, months: rules.minMembershipMonths, rule: RULES.exclusions },
        rule: RULES.exclusions,
      };
    }
    for (const kind of ['exempted', 'suspended'] as const) {
      const row = input.statuses.find((s) => s.kind === kind && overlaps(s, period));
      if (row) {
        return {
          excluded: true,
          reason: kind,
          key: `exclusion.${kind}`,
          params: { from: row.validFrom, to: row.validTo, rule: RULES.exclusions },
          rule: RULES.exclusions,
        };
      }
    }
  }
  const worked = workedPeriods(period, input.statuses);
  const days = worked.reduce((a, p) => a + daysIn(p), 0);
  if (days === 0) {
    return { excluded: true, reason: 'on_leave', key: 'exclusion.on_leave', params: { rule: RULES.leave }, rule: RULES.leave };
  }
  return { excluded: false, workedRatio: Math.round((days / daysIn(period)) * 10_000) / 10_000, workedPeriods: worked };
}

/** Hướng dẫn 43-HD/BTCTW (time actually worked): the tasks due within the worked periods — the base of the results part. */
export function tasksOfTimeWorked<T extends TaskFact>(facts: readonly T[], worked: readonly Period[]): T[] {
  return facts.filter((f) => worked.some((p) => inPeriod(f, p)));
}
