import { describe, expect, it } from 'vitest';
import { type CadenceInput, planningCadence } from './cadence.js';
import { DEFAULT_PLANNING_SETTINGS as D } from './settings.js';

const term = { startYear: 2025, endYear: 2030 };
const none = { nextTermPlan: null, reviews: {}, reports: {} };
const run = (on: string, done: CadenceInput['done'] = none) =>
  planningCadence({ term, on, done }, D.cadence).map((i) => `${i.kind}:${i.year}:${i.status}${i.lateDone ? '(late)' : ''}`);

describe('planningCadence (Quy định 377-QĐ/TW: plan in year 2, review in Q1, report by June)', () => {
  it.each<[string, string, CadenceInput['done'], string[]]>([
    ['during the congress year nothing is owed yet', '2025-11-20', none, ['next_term_plan:2026:upcoming']],
    [
      'Q1 2026: the plan and the review are due, the report too',
      '2026-02-15',
      none,
      ['next_term_plan:2026:due', 'yearly_review:2026:due', 'approval_report:2026:due'],
    ],
    [
      '31/03 is still in the review window',
      '2026-03-31',
      none,
      ['next_term_plan:2026:due', 'yearly_review:2026:due', 'approval_report:2026:due'],
    ],
    [
      '01/04: the review is late, the report still due',
      '2026-04-01',
      none,
      ['next_term_plan:2026:due', 'yearly_review:2026:late', 'approval_report:2026:due'],
    ],
    [
      '01/07: the report is late too',
      '2026-07-01',
      none,
      ['next_term_plan:2026:due', 'yearly_review:2026:late', 'approval_report:2026:late'],
    ],
    [
      '2027 with the 2026 work done on time, the plan not built',
      '2027-01-10',
      { nextTermPlan: null, reviews: { 2026: '2026-03-20' }, reports: { 2026: '2026-05-30' } },
      [
        'next_term_plan:2026:late',
        'yearly_review:2026:done',
        'approval_report:2026:done',
        'yearly_review:2027:due',
        'approval_report:2027:due',
      ],
    ],
    [
      'done after the deadline is marked',
      '2027-01-10',
      { nextTermPlan: '2026-12-20', reviews: { 2026: '2026-04-15' }, reports: { 2026: '2026-06-30' } },
      [
        'next_term_plan:2026:done',
        'yearly_review:2026:done(late)',
        'approval_report:2026:done',
        'yearly_review:2027:due',
        'approval_report:2027:due',
      ],
    ],
  ])('%s', (_n, on, done, want) => expect(run(on, done)).toEqual(want));

  it("stops at the term's last year", () => {
    const items = planningCadence({ term, on: '2032-01-01', done: none }, D.cadence);
    expect(Math.max(...items.map((i) => i.year))).toBe(2030);
    expect(items.filter((i) => i.kind === 'yearly_review')).toHaveLength(5);
  });

  it('the windows are parameters', () => {
    const rules = { ...D.cadence, nextTermPlanYearOfTerm: 3, reviewToMonth: 2, reportBy: '05-31' };
    const items = planningCadence({ term, on: '2026-03-01', done: none }, rules);
    expect(items.map((i) => [i.kind, i.year, i.deadline, i.status])).toEqual([
      ['next_term_plan', 2027, '2027-12-31', 'upcoming'],
      ['yearly_review', 2026, '2026-02-28', 'late'],
      ['approval_report', 2026, '2026-05-31', 'due'],
    ]);
  });
});
