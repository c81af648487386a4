// Progress of an indicator against its target, in percent. One definition, used by the API and
// by whatever later scores units on it.

/**
 * increase (higher is better): latest / target × 100; undefined (null) when target <= 0.
 * decrease (lower is better, e.g. a ranking where 1 is best): target / latest × 100, so reaching
 * the target is 100 and beating it is above 100; a latest value of 0 counts as 100 (nothing left
 * to reduce); undefined when either value is negative. Rounded to one decimal.
 */
export function indicatorProgress(direction: 'increase' | 'decrease', target: number, latest: number | null): number | null {
  if (latest === null) return null;
  let ratio: number | null;
  if (direction === 'increase') ratio = target > 0 ? latest / target : null;
  else if (target < 0 || latest < 0) ratio = null;
  else ratio = latest === 0 ? 1 : target / latest;
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}
