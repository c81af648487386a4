import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicators.progress.js';

describe('indicatorProgress', () => {
  it.each([
    ['increase', 100, null, null],
    ['increase', 200, 50, 25],
    ['increase', 3, 1, 33.3],
    ['increase', 100, 150, 150],
    ['increase', 0, 10, null],
    ['increase', -5, 10, null],
    ['decrease', 10, 20, 50], // rank 20, target rank 10
    ['decrease', 10, 10, 100],
    ['decrease', 10, 5, 200],
    ['decrease', 0, 0, 100],
    ['decrease', 0, 4, 0],
    ['decrease', 5, 0, 100],
    ['decrease', 5, -1, null],
    ['decrease', -1, 3, null],
  ] as const)('%s target %d latest %s → %s', (direction, target, latest, expected) => {
    expect(indicatorProgress(direction, target, latest)).toBe(expected);
  });
});
