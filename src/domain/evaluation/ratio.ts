// Percentage comparisons made on the counts themselves (num × 100 against pct × den), so boundary
// values such as exactly 30% or exactly 20% never depend on floating-point division.

const EPS = 1e-9;

/** num / den ≥ pct %; an empty base (den = 0) satisfies every "at least" (nothing was required). */
export function pctAtLeast(num: number, den: number, pct: number): boolean {
  return den === 0 || num * 100 >= pct * den - EPS;
}

/** num / den ≤ pct %; an empty base satisfies every "at most". */
export function pctAtMost(num: number, den: number, pct: number): boolean {
  return den === 0 || num * 100 <= pct * den + EPS;
}

/** num / den > pct % (the KHT triggers say "more than"); never true on an empty base. */
export function pctAbove(num: number, den: number, pct: number): boolean {
  return den > 0 && num * 100 > pct * den + EPS;
}

/** num / den < pct %; never true on an empty base. */
export function pctBelow(num: number, den: number, pct: number): boolean {
  return den > 0 && num * 100 < pct * den - EPS;
}

/** The percentage for display, 2 decimals; null on an empty base. */
export function pctOf(num: number, den: number): number | null {
  return den === 0 ? null : round2((100 * num) / den);
}

/** Scores are stored as numeric(6,2): half away from zero at the second decimal. */
export function round2(x: number): number {
  const r = Math.round(Math.abs(x) * 100 + EPS) / 100;
  return x < 0 ? -r : r;
}
