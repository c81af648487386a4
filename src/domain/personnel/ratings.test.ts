import { describe, expect, it } from 'vitest';
import type { Level } from '../evaluation/config.js';
import { checkRatings } from './ratings.js';
import { DEFAULT_PERSONNEL_SETTINGS as D } from './settings.js';

const R = D.appointment.ratings; // 3 years shown, the last one at least HTT [U]
const y = (year: number, level: Level | null) => ({ year, level });

describe('checkRatings (Quy định 377-QĐ/TW: the last 3 years shown, a configurable threshold)', () => {
  it.each<[string, Array<{ year: number; level: Level | null }>, string, typeof R, string, Record<string, unknown>]>([
    [
      'three good years',
      [y(2023, 'good'), y(2024, 'excellent'), y(2025, 'good')],
      '2026-05-01',
      R,
      'personnel.ratings.ok',
      { ratingYears: [2023, 2024, 2025], levels: ['good', 'excellent', 'good'] },
    ],
    [
      'an older year at HT is shown, not checked',
      [y(2023, 'completed'), y(2024, 'good'), y(2025, 'good')],
      '2026-05-01',
      R,
      'personnel.ratings.ok',
      {},
    ],
    [
      'last year at HT',
      [y(2023, 'good'), y(2024, 'good'), y(2025, 'completed')],
      '2026-05-01',
      R,
      'personnel.ratings.below',
      { belowYears: [2025] },
    ],
    [
      'last year not rated yet',
      [y(2023, 'good'), y(2024, 'good')],
      '2026-01-15',
      R,
      'personnel.ratings.missing',
      { missingYears: [2025], levels: ['good', 'good', 'none'] },
    ],
    ['a year rated null is missing', [y(2025, null)], '2026-01-15', R, 'personnel.ratings.missing', { missingYears: [2025] }],
    [
      'ratings of the effective year itself are not among the last 3',
      [y(2026, 'not_completed'), y(2025, 'good')],
      '2026-12-01',
      R,
      'personnel.ratings.ok',
      {},
    ],
    [
      'two years checked',
      [y(2024, 'completed'), y(2025, 'good')],
      '2026-05-01',
      { ...R, checkedYears: 2 },
      'personnel.ratings.below',
      { belowYears: [2024] },
    ],
    [
      'threshold switched off: shown only',
      [y(2025, 'not_completed')],
      '2026-05-01',
      { ...R, minLevel: null },
      'personnel.ratings.shown',
      {},
    ],
  ])('%s', (_n, ratings, on, rules, code, params) => {
    const r = checkRatings(ratings, on, rules);
    expect(r.code).toBe(code);
    expect(r.params).toMatchObject(params);
  });
});
