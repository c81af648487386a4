// Weeks run Monday to Sunday (as weekly plans do), whatever the UI language's first weekday.
// The day arithmetic itself is src/domain/dates.ts (addDays, mondayOf).
import { addDays, mondayOf } from '../../../domain/dates.js';
import { today } from '../dates.js';

/** Next week's Monday: plans are written for the coming week. */
export function nextWeek(): string {
  return addDays(mondayOf(today()), 7);
}
