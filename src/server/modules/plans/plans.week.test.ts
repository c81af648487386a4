import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, mondayOf } from '../../../domain/dates.js';
import { deadlineOf, itemBounds } from './plans.week.js';

describe('plan weeks', () => {
  it.each([
    ['2026-03-02', '2026-03-02'], // Monday
    ['2026-03-04', '2026-03-02'],
    ['2026-03-08', '2026-03-02'], // Sunday belongs to the week that began on Monday
    ['2026-01-01', '2025-12-29'], // across a year
    ['2024-03-01', '2024-02-26'], // across a leap February
  ])('the Monday of %s is %s', (d, monday) => {
    expect(mondayOf(d)).toBe(monday);
    expect(isoWeekday(monday)).toBe(1);
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it.each([
    [{ weekday: 5, time: '17:00' }, '2026-02-27T10:00:00.000Z'], // Friday 17:00 +07 of the week before
    [{ weekday: 7, time: '23:59' }, '2026-03-01T16:59:00.000Z'], // Sunday night, just before the week
    [{ weekday: 1, time: '06:30' }, '2026-02-22T23:30:00.000Z'], // Monday 06:30 +07 is Sunday UTC
  ])('the deadline %o of the week of 2026-03-02 is %s', (d, iso) => {
    expect(deadlineOf('2026-03-02', d).toISOString()).toBe(iso);
  });

  it('bounds items: start within the week, due within four weeks', () => {
    expect(itemBounds('2026-03-02')).toEqual({ weekEnd: '2026-03-08', maxDue: '2026-03-30' });
  });
});
