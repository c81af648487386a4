import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTA_RULES } from './config.js';
import { checkQuota, checkQuotaChange, countLevels, quotaCap, quotaPct, validateQuotaException } from './quota.js';

describe('checkQuota: HTXS ≤ floor(pct × number rated HTT) (Quy định 366-QĐ/TW)', () => {
  it.each<[string, number, number, number, { ok: boolean; cap: number; excess: number; mustRateDown: number }]>([
    ['issue: 10 HTT, 4 proposed HTXS → at most 2', 4, 10, 20, { ok: false, cap: 2, excess: 2, mustRateDown: 2 }],
    ['issue: 25% exception, 12 HTT → 3', 3, 12, 25, { ok: true, cap: 3, excess: 0, mustRateDown: 0 }],
    ['25% exception, 12 HTT, 4 HTXS', 4, 12, 25, { ok: false, cap: 3, excess: 1, mustRateDown: 1 }],
    ['10 HTT, exactly 2 HTXS', 2, 10, 20, { ok: true, cap: 2, excess: 0, mustRateDown: 0 }],
    ['12 HTT at 20%: 2.4 rounds down to 2', 3, 12, 20, { ok: false, cap: 2, excess: 1, mustRateDown: 1 }],
    ['14 HTT at 20%: 2.8 rounds down to 2', 2, 14, 20, { ok: true, cap: 2, excess: 0, mustRateDown: 0 }],
    ['15 HTT at 20% → 3', 3, 15, 20, { ok: true, cap: 3, excess: 0, mustRateDown: 0 }],
    ['4 HTT: nobody may be HTXS', 1, 4, 20, { ok: false, cap: 0, excess: 1, mustRateDown: 1 }],
    ['5 HTT: one HTXS', 1, 5, 20, { ok: true, cap: 1, excess: 0, mustRateDown: 0 }],
    ['no HTT, no HTXS', 0, 0, 20, { ok: true, cap: 0, excess: 0, mustRateDown: 0 }],
    ['no HTT, 1 HTXS', 1, 0, 20, { ok: false, cap: 0, excess: 1, mustRateDown: 1 }],
    // Rating down adds to the base: 8 HTXS with 20 HTT → cap 4; rating 3 down gives 5 HTXS over 23 HTT (cap 4),
    // rating 4 down gives 4 over 24 (cap 4).
    ['rating down grows the base', 8, 20, 20, { ok: false, cap: 4, excess: 4, mustRateDown: 4 }],
    ['6 HTXS over 23 HTT', 6, 23, 20, { ok: false, cap: 4, excess: 2, mustRateDown: 2 }],
    ['rating down can need fewer than the excess: 6 over 24', 6, 24, 20, { ok: false, cap: 4, excess: 2, mustRateDown: 1 }],
    ['rating down: 5 HTXS over 24 HTT at 20%', 5, 24, 20, { ok: false, cap: 4, excess: 1, mustRateDown: 1 }],
    ['rating down: 5 HTXS over 4 HTT needs 4', 5, 4, 20, { ok: false, cap: 0, excess: 5, mustRateDown: 4 }],
  ])('%s', (_n, excellent, good, pct, want) => {
    const q = checkQuota({ excellent, good }, { pct });
    expect({ ok: q.ok, cap: q.cap, excess: q.excess, mustRateDown: q.mustRateDown }).toEqual(want);
    expect(q.explanation.key).toBe(want.ok ? 'quota.ok' : 'quota.exceeded');
    expect(q.explanation.params).toMatchObject({ excellent, good, pct, cap: want.cap });
    expect(q.explanation.rule).toMatch(/Quy định 366-QĐ\/TW/);
  });

  it('the HTXS are not part of the HTT base', () => {
    // 13 HTT + 3 HTXS: the base 13 allows 2; counting "HTT or better" (16) would wrongly allow 3.
    expect(checkQuota({ excellent: 3, good: 13 }, { pct: 20 }).ok).toBe(false);
  });
});

describe('quotaCap', () => {
  it.each<[number, number, number]>([
    [0, 20, 0],
    [5, 20, 1],
    [9, 20, 1],
    [10, 20, 2],
    [100, 20, 20],
    [12, 25, 3],
    [3, 25, 0],
    [4, 25, 1],
    [7, 33.3, 2],
  ])('%s HTT at %s%% → %s', (good, pct, cap) => expect(quotaCap(good, pct)).toBe(cap));
});

describe('quotaPct and the exception', () => {
  it.each<[string, { percent: number } | null, number]>([
    ['no exception', null, 20],
    ['granted 25%', { percent: 25 }, 25],
    ['granted above the maximum is capped', { percent: 30 }, 25],
    ['granted below the base keeps the base', { percent: 10 }, 20],
  ])('%s', (_n, exception, pct) => expect(quotaPct(DEFAULT_QUOTA_RULES, exception)).toBe(pct));

  it.each<[number, boolean]>([
    [25, true],
    [22.5, true],
    [20, false],
    [26, false],
    [Number.NaN, false],
  ])('exception of %s%% valid: %s', (percent, ok) => {
    const issues = validateQuotaException(percent, DEFAULT_QUOTA_RULES);
    expect(issues.length === 0).toBe(ok);
    if (!ok) expect(issues[0]).toMatchObject({ field: 'percent', key: 'v.eval.quota_exception', params: { min: 20, max: 25 } });
  });
});

describe('countLevels', () => {
  it('counts HTXS and HTT only', () => {
    expect(countLevels(['excellent', 'good', 'good', 'completed', 'not_completed', null, undefined, 'excellent'])).toEqual({
      excellent: 2,
      good: 2,
    });
  });
});

describe('checkQuotaChange: the quota holds after every change of decided levels (Quy định 366-QĐ/TW)', () => {
  it.each<[string, [number, number], [number, number], number, boolean]>([
    ['an HTXS within the cap', [1, 10], [2, 10], 20, true],
    ['an HTXS over the cap', [2, 10], [3, 10], 20, false],
    ['rating an HTT down (re-rating to HT) breaks it', [2, 10], [2, 9], 20, false],
    ['cancelling an HTT breaks it', [1, 5], [1, 4], 20, false],
    ['cancelling an HTT that leaves the cap intact', [1, 10], [1, 9], 20, true],
    ['a decision set adding HTT and HTXS together', [0, 0], [2, 10], 20, true],
    ['a decision set over the cap', [0, 0], [3, 10], 20, false],
    ['the 25% exception allows 3 of 12', [2, 12], [3, 12], 25, true],
    ['a group already over the cap may move towards it (cancel an HTXS)', [3, 5], [2, 5], 20, true],
    ['a group already over the cap may take one more HTT', [3, 5], [3, 6], 20, true],
    ['… but not lose one', [3, 5], [3, 4], 20, false],
    ['… nor gain an HTXS', [3, 5], [4, 5], 20, false],
    ['KHT / HT changes leave the counts alone', [1, 5], [1, 5], 20, true],
  ])('%s', (_n, [be, bg], [ae, ag], pct, ok) => {
    const c = checkQuotaChange({ excellent: be, good: bg }, { excellent: ae, good: ag }, { pct });
    expect(c.ok).toBe(ok);
    expect(c.after.explanation.key).toBe(c.after.ok ? 'quota.ok' : 'quota.exceeded');
  });
});
