// Where an official transfer stands against its two deadlines, and where the committee's six-monthly check
// of the member list (HD 06) stands against its due day (decision 0041). Pure: the deadlines come from
// transferDeadlines (working days, holidays as data), the day to judge is passed in.
import { addDays, compareDates, toCivilDate } from '../dates.js';
import type { TransferDeadlines } from './membership.js';

/** A reminder goes out this many calendar days before a deadline (and once when it has passed). */
export const REMIND_DAYS_BEFORE = 7;

export type TransferState = 'pending' | 'file_soon' | 'file_late' | 'present_late' | 'arrived';

/**
 * The member's arrival at a new cell (a later membership) closes both deadlines: the file reached the new
 * committee and the member presented. Before it, the later deadline passed wins over the earlier one.
 */
export function transferState(d: TransferDeadlines, arrivedOn: string | null, asOf: string): TransferState {
  if (arrivedOn && compareDates(arrivedOn, asOf) <= 0) return 'arrived';
  if (compareDates(asOf, d.presentBy) > 0) return 'present_late';
  if (compareDates(asOf, d.fileBy) > 0) return 'file_late';
  if (compareDates(addDays(asOf, REMIND_DAYS_BEFORE), d.fileBy) >= 0) return 'file_soon';
  return 'pending';
}

/** The last day of a half-year: 30/06 or 31/12. */
export const halfEnd = (year: number, half: 1 | 2): string => (half === 1 ? toCivilDate(year, 6, 30) : toCivilDate(year, 12, 31));

export type CheckState = 'open' | 'due_soon' | 'late' | 'done';

/** A check is done once its day is recorded; before that late after its due day, due soon within 30 days of it. */
export function checkState(dueOn: string, doneOn: string | null, asOf: string): CheckState {
  if (doneOn) return 'done';
  if (compareDates(asOf, dueOn) > 0) return 'late';
  return compareDates(addDays(asOf, 30), dueOn) >= 0 ? 'due_soon' : 'open';
}
