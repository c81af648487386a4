import { describe, expect, it } from 'vitest';
import { firstDayOfMonth, isCivilMonth, monthOf, monthsThrough } from './months.js';

describe('months helpers', () => {
  it.each<[unknown, boolean]>([
    ['2030-07', true],
    ['2030-13', false],
    ['2030-00', false],
    ['0000-01', false],
    ['07/2030', false],
    [202607, false],
  ])('isCivilMonth(%s) → %s', (s, ok) => expect(isCivilMonth(s)).toBe(ok));
  it('firstDayOfMonth / monthOf', () => {
    expect(firstDayOfMonth('2030-07')).toBe('2030-07-01');
    expect(() => firstDayOfMonth('2030-7')).toThrow(RangeError);
    expect(monthOf('2031-03-15')).toBe('2031-03');
  });
  it.each<[string, string, number]>([
    ['2026-07-01', '2029-06-30', 36], // an inclusive 3-year period
    ['2026-07-01', '2029-06-29', 35],
    ['2030-07-01', '2035-06-30', 60], // retirement at the end of 30/06/2035
    ['2026-01-31', '2026-02-28', 1],
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-15', '2026-03-13', 0],
    ['2030-07-01', '2027-09-30', -33],
  ])('monthsThrough(%s, %s) → %s', (from, to, n) => expect(monthsThrough(from, to)).toBe(n));
});
