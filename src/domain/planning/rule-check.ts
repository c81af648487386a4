// The shape every planning and personnel rule answers with, so that the API can render
// "Quy định 377-QĐ/TW: cần ít nhất 120 tháng công tác trước tuổi nghỉ hưu tại thời điểm 07/2030; còn 100 tháng"
// from the code, the citation and the numbers, in Vietnamese or English, without re-deriving anything.
//
// - `code` is stable (API clients and i18n keys depend on it): '<area>.<rule>[.<variant>]'.
// - `outcome`: pass; fail (a hard rule is broken — blocks unless an exception is allowed and recorded);
//   warn (allowed, but must be shown or flagged, e.g. the special procedure, a training plan).
// - `params` carries every number the rule used (the actual value, the required one, the dates).
//   Months are written 'YYYY-MM', dates 'YYYY-MM-DD'; the renderer formats them (07/2030, dd/mm/yyyy).

export type Outcome = 'pass' | 'fail' | 'warn';

export type ParamValue = string | number | boolean | null | ReadonlyArray<string | number>;

export interface RuleCheck {
  code: string;
  outcome: Outcome;
  /** The citation, e.g. 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW'. */
  rule: string;
  params: Record<string, ParamValue>;
  /** True when the competent level may record an exception with its reason (only meaningful on fail). */
  exceptionAllowed?: boolean;
}

/** Shared result shape (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW — every check names its rule): builds one check. */
export function ruleCheck(
  code: string,
  outcome: Outcome,
  rule: string,
  params: Record<string, ParamValue>,
  exceptionAllowed?: boolean,
): RuleCheck {
  return exceptionAllowed === undefined ? { code, outcome, rule, params } : { code, outcome, rule, params, exceptionAllowed };
}

/** Shared result shape: the worst outcome of a list of checks (fail > warn > pass; an empty list passes). */
export function worstOutcome(checks: ReadonlyArray<RuleCheck>): Outcome {
  if (checks.some((c) => c.outcome === 'fail')) return 'fail';
  if (checks.some((c) => c.outcome === 'warn')) return 'warn';
  return 'pass';
}

/** Shared result shape (Quy định 377-QĐ/TW: exceptions only where the rules allow one — a configured list): marks the failed checks whose code allows an exception. */
export function withExceptions(checks: readonly RuleCheck[], allowedCodes: readonly string[]): RuleCheck[] {
  const allowed = new Set(allowedCodes);
  return checks.map((c) => (c.outcome === 'fail' && allowed.has(c.code) ? { ...c, exceptionAllowed: true } : c));
}

/** Shared result shape: the checks that block (failed and no exception possible, or failed without a recorded exception). */
export function blockingChecks(checks: ReadonlyArray<RuleCheck>, exceptionsRecorded: ReadonlySet<string> = new Set()): RuleCheck[] {
  return checks.filter((c) => c.outcome === 'fail' && !(c.exceptionAllowed === true && exceptionsRecorded.has(c.code)));
}
