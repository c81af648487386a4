// Working days (Monday–Friday, public holidays excepted) and the deadlines counted in them. The
// holidays are data (table public_holiday), passed in: nothing here knows a year's calendar.
import { addDays, isoWeekday } from '../dates.js';

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return isoWeekday(date) <= 5 && !holidays.has(date);
}

/**
 * The deadline `n` working days after `start` (the day itself does not count): the n-th working day
 * following it. n = 0 is the start day.
 */
export function addWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working-day count must be a whole number ≥ 0: ${n}`);
  let day = start;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

/** Working days from `from` (excluded) to `to` (included); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count += 1;
  return count;
}
