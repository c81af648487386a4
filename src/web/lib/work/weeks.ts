// Weeks run Monday to Sunday (as weekly plans do), whatever the UI language's first weekday.
import dayjs from 'dayjs';
import { today } from '../dates.js';

/** The Monday of the week of `date` ('YYYY-MM-DD'). */
export function mondayOf(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD');
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

export function addDays(date: string, n: number): string {
  return dayjs(date, 'YYYY-MM-DD').add(n, 'day').format('YYYY-MM-DD');
}

/** Next week's Monday: plans are written for the coming week. */
export function nextWeek(): string {
  return addDays(mondayOf(today()), 7);
}
