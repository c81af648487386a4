import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatDateTime, parseDate } from './dates.js';

describe('web dates', () => {
  it('formats civil dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
    expect(formatDate(null)).toBe('');
    expect(formatDate('2025-02-30')).toBe('');
  });
  it('parses typed dates', () => {
    expect(parseDate('30/06/2025')).toBe('2025-06-30');
    expect(parseDate('1/7/2025')).toBe('2025-07-01');
    expect(parseDate('31/02/2025')).toBeNull();
  });
  it('shows timestamps in Vietnam time', () => {
    expect(formatDateTime('2025-06-30T17:30:00Z')).toBe('01/07/2025 00:30');
    expect(formatDateTime('2025-06-30T03:05:00Z')).toBe('30/06/2025 10:05');
  });
  it('computes age in whole years', () => {
    expect(ageOn('1970-07-01', '2025-06-30')).toBe(54);
    expect(ageOn('1970-06-30', '2025-06-30')).toBe(55);
  });
});
