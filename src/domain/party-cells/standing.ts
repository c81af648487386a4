// Exemption from Party work and suspension (Điều lệ Đảng, Điều 7 and Điều 8; Hướng dẫn 06-HD/TW):
// a member exempted or suspended on a meeting's day is not expected at the meeting, so that meeting
// counts neither in the Charter's "skipped months" nor in the meeting's attendance indicators. Periods
// are [from, to): an open one has no end.

export type StandingKind = 'exempt' | 'suspended';

export interface StandingPeriod {
  kind: StandingKind;
  from: string;
  to: string | null;
}

/** The period (exemption first, then suspension) in force on `day`, or null. */
export function standingOn(periods: readonly StandingPeriod[], day: string): StandingPeriod | null {
  return periods.find((p) => p.from <= day && (p.to === null || day < p.to)) ?? null;
}

/** Whether the member is expected at a meeting held on `day` (neither exempted nor suspended then). */
export function expectedAt(periods: readonly StandingPeriod[], day: string): boolean {
  return standingOn(periods, day) === null;
}

/** The periods of a membership row's columns (exempt_from/_to, suspended_from/_to). */
export function standingPeriods(r: {
  exempt_from: string | null;
  exempt_to: string | null;
  suspended_from: string | null;
  suspended_to: string | null;
}): StandingPeriod[] {
  return [
    ...(r.exempt_from ? [{ kind: 'exempt' as const, from: r.exempt_from, to: r.exempt_to }] : []),
    ...(r.suspended_from ? [{ kind: 'suspended' as const, from: r.suspended_from, to: r.suspended_to }] : []),
  ];
}
