import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_RULE,
  type CommitmentRules,
  DEFAULT_COMMITMENT_RULES,
  checkActionCount,
  checkAssessment,
  checkDueDates,
  checkReport,
  commitmentOutcome,
  stageOf,
  validateCommitmentRules,
} from './commitments.js';

const rules = DEFAULT_COMMITMENT_RULES;

describe('commitment counts (Quy định 366-QĐ/TW, Điều 6; 2–3 by default [U])', () => {
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, true],
    [4, false],
  ])('%i actions → accepted %s', (n, ok) => {
    const issue = checkActionCount(n, rules);
    expect(issue === null).toBe(ok);
    if (issue) expect(issue).toMatchObject({ field: 'actions', params: { count: n, min: 2, max: 3, rule: COMMITMENT_RULE } });
  });

  it('follows the setting, not a constant', () => {
    const five: CommitmentRules = { ...rules, minActions: 1, maxActions: 5 };
    expect(checkActionCount(5, five)).toBeNull();
    expect(checkActionCount(1, five)).toBeNull();
    expect(checkActionCount(6, five)?.params.max).toBe(5);
  });

  it('refuses a malformed setting, naming the field', () => {
    expect(validateCommitmentRules(rules)).toEqual([]);
    const bad = validateCommitmentRules({ ...rules, minActions: 4, maxActions: 3, midReportFrom: '13-01' });
    expect(bad.map((i) => i.field).sort()).toEqual(['maxActions', 'midReportFrom']);
    expect(validateCommitmentRules({ ...rules, midReportFrom: '12-01' }).map((i) => i.field)).toEqual(['finalReportFrom']);
  });
});

describe('dates and windows', () => {
  it('every action is due within the year, named by its place', () => {
    expect(checkDueDates(2026, ['2026-01-01', '2026-12-31'])).toEqual([]);
    expect(checkDueDates(2026, ['2026-05-01', '2027-01-01']).map((i) => i.field)).toEqual(['actions.1.dueDate']);
  });

  it.each([
    ['approved', 'mid', '2026-05-31', 'v.commitment.report_window.mid'],
    ['approved', 'mid', '2026-06-01', null],
    ['approved', 'final', '2026-10-31', 'v.commitment.report_window.final'],
    ['approved', 'final', '2026-11-01', null],
    ['submitted', 'mid', '2026-07-01', 'v.commitment.not_approved'],
  ] as const)('%s, %s report on %s → %s', (status, stage, today, key) => {
    expect(checkReport({ year: 2026, status }, stage, today, rules)?.key ?? null).toBe(key);
  });

  it('no assessment before the year-end report, named by the place in the request', () => {
    const actions = [{ finalReport: 'Đã làm' }, { finalReport: null }];
    expect(checkAssessment({ status: 'approved' }, actions, [0])).toEqual([]);
    expect(checkAssessment({ status: 'approved' }, actions, [0, 1])).toEqual([
      { field: 'assessments.1.result', key: 'v.commitment.assess_before_report', params: { rule: COMMITMENT_RULE } },
    ]);
    expect(checkAssessment({ status: 'draft' }, actions, [0])[0]?.key).toBe('v.commitment.not_approved');
  });
});

describe('outcome and stage', () => {
  it.each([
    [['done', 'done', 'done'], 100],
    [['done', 'partly', 'not_done'], 50],
    [['partly', 'partly'], 50],
    [['not_done', 'not_done'], 0],
    [['done', 'partly', 'partly'], 66.67],
    [['done', null, 'done'], null],
    [[], null],
  ] as const)('%j → %s%%', (a, pct) => {
    expect(commitmentOutcome(a, rules).pct).toBe(pct);
  });

  it('a partly-done credit from the setting', () => {
    expect(commitmentOutcome(['partly', 'done'], { ...rules, partlyCreditPct: 0 }).pct).toBe(50);
  });

  it.each([
    [null, 'missing'],
    [{ status: 'draft', actions: 3, reported: 0, assessed: 0 }, 'draft'],
    [{ status: 'returned', actions: 3, reported: 0, assessed: 0 }, 'returned'],
    [{ status: 'approved', actions: 3, reported: 2, assessed: 0 }, 'approved'],
    [{ status: 'approved', actions: 3, reported: 3, assessed: 2 }, 'reported'],
    [{ status: 'approved', actions: 3, reported: 3, assessed: 3 }, 'assessed'],
  ] as const)('%j → %s', (c, stage) => {
    expect(stageOf(c)).toBe(stage);
  });
});
