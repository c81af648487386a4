// The HTXS quota (Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP): within one peer group (same unit,
// similar tasks) the number rated HTXS may not exceed 20% of the number rated HTT — 25% where the
// competent level grants an exception for outstanding results.
//
// Choices where the text leaves room:
// - The base is the number rated HTT (good) only. The people rated HTXS are not added to it: the
//   regulation compares the HTXS count with "the number rated HTT", not with headcount or with
//   "HTT or better". (10 HTT and 4 proposed HTXS → cap 2.)
// - The cap is rounded down (floor): "không vượt quá" is a ceiling on a count of people, so 20% of
//   12 = 2.4 allows 2. Consequence: with fewer than 5 HTT (20%) no one can be HTXS.
// - What must change: rating an HTXS down to HTT both removes one HTXS and adds one to the base, so
//   the smallest number to rate down is computed with that in mind (`mustRateDown`).
import type { Level, QuotaRules, RuleIssue } from './config.js';
import { RULES } from './rules.js';

export interface QuotaCounts {
  excellent: number;
  good: number;
}

export interface QuotaCheck {
  ok: boolean;
  cap: number;
  excess: number;
  /** How many HTXS must become HTT for the group to comply (0 when ok). */
  mustRateDown: number;
  explanation: { key: 'quota.ok' | 'quota.exceeded'; params: Record<string, unknown>; rule: string };
}

const EPS = 1e-9;

/** Quy định 366-QĐ/TW: the most HTXS allowed for `good` people rated HTT at `pct` % (floor). */
export function quotaCap(good: number, pct: number): number {
  return Math.max(0, Math.floor((good * pct) / 100 + EPS));
}

/** Quy định 366-QĐ/TW: HTXS ≤ floor(pct % × number rated HTT), with the count, the cap and what must change. */
export function checkQuota(counts: QuotaCounts, opts: { pct: number }): QuotaCheck {
  const cap = quotaCap(counts.good, opts.pct);
  const excess = Math.max(0, counts.excellent - cap);
  let mustRateDown = 0;
  while (counts.excellent - mustRateDown > quotaCap(counts.good + mustRateDown, opts.pct)) mustRateDown += 1;
  const ok = excess === 0;
  const params = { excellent: counts.excellent, good: counts.good, pct: opts.pct, cap, excess, mustRateDown, rule: RULES.quota };
  return { ok, cap, excess, mustRateDown, explanation: { key: ok ? 'quota.ok' : 'quota.exceeded', params, rule: RULES.quota } };
}

/** Quy định 366-QĐ/TW: the percentage in force for a peer group — the base one, or the granted exception capped at the configured maximum. */
export function quotaPct(rules: QuotaRules, exception?: { percent: number } | null): number {
  if (!exception) return rules.excellentOfGoodPct;
  return Math.min(Math.max(exception.percent, rules.excellentOfGoodPct), rules.exceptionPct);
}

/** Quy định 366-QĐ/TW: an exception must lie above the base percentage and at most the configured maximum (25%). */
export function validateQuotaException(percent: number, rules: QuotaRules): RuleIssue[] {
  if (Number.isFinite(percent) && percent > rules.excellentOfGoodPct && percent <= rules.exceptionPct) return [];
  return [
    {
      field: 'percent',
      key: 'v.eval.quota_exception',
      params: { min: rules.excellentOfGoodPct, max: rules.exceptionPct, rule: RULES.quota },
    },
  ];
}

/** Quy định 366-QĐ/TW: the HTXS and HTT counts of a peer group's levels (others ignored). */
export function countLevels(levels: Iterable<Level | null | undefined>): QuotaCounts {
  const out = { excellent: 0, good: 0 };
  for (const l of levels) if (l === 'excellent' || l === 'good') out[l] += 1;
  return out;
}

export interface QuotaChange {
  ok: boolean;
  before: QuotaCheck;
  after: QuotaCheck;
}

/**
 * Quy định 366-QĐ/TW: whether a change of decided levels in a peer group (a decision, a cancel, a
 * re-rating, a decision set — whatever the levels involved) may stand. The group must comply after
 * it; a group already over the cap (older data, a changed setting) may not move further from it
 * (neither more HTXS over the cap nor more to rate down), so the decisions that repair it — a cancel
 * of an HTXS, one more HTT, a KHT — are never refused.
 */
export function checkQuotaChange(before: QuotaCounts, after: QuotaCounts, opts: { pct: number }): QuotaChange {
  const b = checkQuota(before, opts);
  const a = checkQuota(after, opts);
  return { ok: a.ok || (a.excess <= b.excess && a.mustRateDown <= b.mustRateDown), before: b, after: a };
}
