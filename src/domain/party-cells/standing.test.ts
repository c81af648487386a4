// Exemption and suspension: who is expected at a meeting on a day (the boundaries of [from, to)).
import { describe, expect, it } from 'vitest';
import { type StandingPeriod, expectedAt, standingOn, standingPeriods } from './standing.js';

const exempt: StandingPeriod = { kind: 'exempt', from: '2026-03-01', to: '2026-06-01' };
const suspended: StandingPeriod = { kind: 'suspended', from: '2026-09-10', to: null };

describe('exemption and suspension on a meeting day', () => {
  it.each([
    ['2026-02-28', true, null],
    ['2026-03-01', false, 'exempt'],
    ['2026-05-31', false, 'exempt'],
    ['2026-06-01', true, null],
    ['2026-09-09', true, null],
    ['2026-09-10', false, 'suspended'],
    ['2027-12-31', false, 'suspended'],
  ] as const)('on %s expected=%s (%s)', (day, expected, kind) => {
    expect(expectedAt([exempt, suspended], day)).toBe(expected);
    expect(standingOn([exempt, suspended], day)?.kind ?? null).toBe(kind);
  });

  it('reads the periods off a membership row, leaving out the ones never started', () => {
    expect(standingPeriods({ exempt_from: null, exempt_to: null, suspended_from: null, suspended_to: null })).toEqual([]);
    expect(
      standingPeriods({ exempt_from: '2026-03-01', exempt_to: '2026-06-01', suspended_from: null, suspended_to: '2026-01-01' }),
    ).toEqual([exempt]);
  });
});
