// Month arithmetic the planning and personnel rules need on top of ../dates.ts and the day arithmetic of
// ../evaluation/periods.ts (kept here, not in dates.ts, so this branch touches only its own folders). Months are written 'YYYY-MM'.
import { addDays, dayNumber, diffMonths, parseCivilDate } from '../dates.js';

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Calendar month notation 'YYYY-MM': true if `s` is a real month (years 0001–9999). */
export function isCivilMonth(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = MONTH_RE.exec(s);
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Calendar month notation: the first day of month 'YYYY-MM'; throws RangeError if not a real month. */
export function firstDayOfMonth(month: string): string {
  if (!isCivilMonth(month)) throw new RangeError(`Invalid month (expected YYYY-MM): ${JSON.stringify(month)}`);
  return `${month}-01`;
}

/** Calendar month notation: the month 'YYYY-MM' a civil date falls in. */
export function monthOf(date: string): string {
  parseCivilDate(date);
  return date.slice(0, 7);
}

/**
 * Calendar month arithmetic for inclusive periods: whole months from `from` to the END of day `lastDay`
 * (a tenure 01/07/2026–30/06/2029 lasts 36 months; a retirement effective at the end of 30/06/2035
 * leaves 60 months from 01/07/2030). Negative when `lastDay` is before `from`.
 */
export function monthsThrough(from: string, lastDay: string): number {
  return diffMonths(from, addDays(lastDay, 1));
}

// Re-exported so the rule files have one import for calendar arithmetic (defined in dates.ts and evaluation/periods.ts).
export { addDays, dayNumber };
