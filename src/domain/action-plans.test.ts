import { describe, expect, it } from 'vitest';
import { type ActionPlanItemDraft, checkActionPlanItems, lateCount } from './action-plans.js';

const IND = 'a0000000-0000-4000-8000-000000000001';
const target = (p: Partial<ActionPlanItemDraft> = {}): ActionPlanItemDraft => ({
  kind: 'target',
  indicatorId: IND,
  targetValue: 95,
  dueDate: '2026-12-31',
  milestones: [{ dueDate: '2026-06-30' }],
  ...p,
});
const example = (p: Partial<ActionPlanItemDraft> = {}): ActionPlanItemDraft => ({
  kind: 'example',
  indicatorId: null,
  targetValue: null,
  dueDate: '2026-12-31',
  milestones: [{ dueDate: '2026-03-31' }],
  ...p,
});
const fields = (items: ActionPlanItemDraft[]) => checkActionPlanItems(2026, items, new Set([IND])).map((i) => `${i.field} ${i.key}`);

describe('checkActionPlanItems', () => {
  it.each([
    ['a target and an example', [target(), example()], []],
    ['a target without an indicator', [target({ indicatorId: null, targetValue: null }), example()], []],
    ['no entries', [], ['items v.actionPlan.items_required']],
    ['targets only', [target(), target()], ['items v.actionPlan.items_required']],
    ['examples only', [example()], ['items v.actionPlan.items_required']],
    ['a due date in another year', [target({ dueDate: '2027-01-01' }), example()], ['items.0.dueDate v.actionPlan.due_year']],
    [
      'a milestone after its entry',
      [target({ dueDate: '2026-06-01' }), example()],
      ['items.0.milestones.0.dueDate v.actionPlan.milestone_after_due'],
    ],
    [
      'a milestone in another year',
      [target(), example({ milestones: [{ dueDate: '2025-12-31' }] })],
      ['items.1.milestones.0.dueDate v.actionPlan.due_year'],
    ],
    [
      'another unit’s indicator',
      [target({ indicatorId: 'b0000000-0000-4000-8000-000000000002' }), example()],
      ['items.0.indicatorId v.actionPlan.indicator'],
    ],
    ['an example tied to an indicator', [target(), example({ indicatorId: IND })], ['items.1.indicatorId v.actionPlan.indicator']],
    [
      'a value aimed at without an indicator',
      [target({ indicatorId: null, targetValue: 10 }), example()],
      ['items.0.targetValue v.actionPlan.target_without_indicator'],
    ],
  ])('%s', (_, items, expected) => {
    expect(fields(items)).toEqual(expected);
  });
});

describe('lateCount', () => {
  it.each([
    ['none', [], 0],
    ['due today is not late', [{ due_date: '2026-06-30', done_on: null }], 0],
    ['passed and not done', [{ due_date: '2026-06-29', done_on: null }], 1],
    ['done late is not late any more', [{ due_date: '2026-06-01', done_on: '2026-06-20' }], 0],
    [
      'two of three',
      [
        { due_date: '2026-01-01', done_on: null },
        { due_date: '2026-02-01', done_on: null },
        { due_date: '2026-12-01', done_on: null },
      ],
      2,
    ],
  ])('%s', (_, milestones, expected) => {
    expect(lateCount(milestones, '2026-06-30')).toBe(expected);
  });
});
