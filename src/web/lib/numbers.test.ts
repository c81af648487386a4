import { describe, expect, it } from 'vitest';
import { numberFormat } from './numbers.js';

const vi = numberFormat('vi');
const en = numberFormat('en');

describe('numbers on screen follow the UI language', () => {
  it('writes scores with a decimal comma in Vietnamese, at most two decimals, and a dash for none', () => {
    expect(vi.score(97.5)).toBe('97,5');
    expect(vi.score(82.456)).toBe('82,46');
    expect(vi.score(90)).toBe('90');
    expect(vi.score(1396.5)).toBe('1.396,5');
    expect(vi.score(null)).toBe('—');
    expect(vi.score(Number.NaN)).toBe('—');
  });
  it('groups thousands with a dot and writes percentages with a comma in Vietnamese', () => {
    expect(vi.count(10362)).toBe('10.362');
    expect(vi.ratio(0.975)).toMatch(/^97,5\s?%$/);
  });
  it('writes English digits on an English screen (the evaluation pages wrote Vietnamese ones whatever the language)', () => {
    expect(en.score(1396.5)).toBe('1,396.5');
    expect(en.count(10362)).toBe('10,362');
    expect(en.ratio(0.975)).toMatch(/^97\.5\s?%$/);
  });
});
