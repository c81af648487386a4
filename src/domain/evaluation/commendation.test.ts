import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENDATION_RULES, type Level } from './config.js';
import { excellentRun, suggestCommendation } from './commendation.js';

const hist = (from: number, levels: Array<Level | null>) => levels.map((level, i) => ({ year: from + i, level }));
const X = 'excellent' as const;
const G = 'good' as const;

describe('suggestCommendation (Quy định 366-QĐ/TW)', () => {
  it.each<[string, Array<{ year: number; level: Level | null }>, number, 'grassroots' | 'province' | null, number]>([
    ['HTXS this year → grassroots certificate', hist(2026, [X]), 2026, 'grassroots', 1],
    ['HTT this year → nothing', hist(2025, [X, G]), 2026, null, 0],
    ['no level this year → nothing', hist(2025, [X]), 2026, null, 0],
    ['4 years running → grassroots', hist(2023, [X, X, X, X]), 2026, 'grassroots', 4],
    ['5 years running → province', hist(2022, [X, X, X, X, X]), 2026, 'province', 5],
    ['6 years running → grassroots again', hist(2021, [X, X, X, X, X, X]), 2026, 'grassroots', 6],
    ['10 years running → province again', hist(2017, Array(10).fill(X)), 2026, 'province', 10],
    ['a break resets the run', hist(2021, [X, X, G, X, X, X]), 2026, 'grassroots', 3],
    ['a missing year breaks the run', [...hist(2020, [X, X]), ...hist(2023, [X, X, X, X])], 2026, 'grassroots', 4],
    [
      'history out of order',
      [
        { year: 2026, level: X },
        { year: 2024, level: X },
        { year: 2025, level: X },
        { year: 2023, level: X },
        { year: 2022, level: X },
      ],
      2026,
      'province',
      5,
    ],
  ])('%s', (_n, history, year, kind, run) => {
    const s = suggestCommendation(history, year, DEFAULT_COMMENDATION_RULES);
    expect(s.kind).toBe(kind);
    expect(s.consecutiveYears).toBe(run);
    expect(s.key).toBe(kind ? `commendation.${kind}` : null);
    expect(s.rule).toMatch(/Quy định 366-QĐ\/TW/);
  });

  it('configured years (3 for the province)', () => {
    expect(suggestCommendation(hist(2024, [X, X, X]), 2026, { grassrootsYears: 1, provinceYears: 3 }).kind).toBe('province');
  });

  it('excellentRun counts back from the year', () => {
    expect(excellentRun(hist(2024, [X, X, X]), 2025)).toBe(2);
  });
});
