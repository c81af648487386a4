import { describe, expect, it } from 'vitest';
import { formatCount, formatRatio, formatScore } from './numbers.js';

describe('vi-VN numbers', () => {
  it('writes scores with a decimal comma, at most two decimals, and a dash for none', () => {
    expect(formatScore(97.5)).toBe('97,5');
    expect(formatScore(82.456)).toBe('82,46');
    expect(formatScore(90)).toBe('90');
    expect(formatScore(1396.5)).toBe('1.396,5');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });
  it('groups thousands with a dot and writes percentages with a comma', () => {
    expect(formatCount(10362)).toBe('10.362');
    expect(formatRatio(0.975)).toMatch(/^97,5\s?%$/);
  });
});
