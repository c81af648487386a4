// The rules of a leader's yearly action plan (issue 13, decision 0034), pure so that a table of cases
// tests them: at least one commitment for the unit (target) and one example; every date within the
// plan's year; each milestone by its entry's due date; an indicator only on a target and only one of
// the unit's indicators of the year; a value aimed at only with an indicator.
import { milestoneState } from './roadmap.js';

export interface ActionPlanItemDraft {
  kind: 'target' | 'example';
  indicatorId: string | null;
  targetValue: number | null;
  dueDate: string;
  milestones: ReadonlyArray<{ dueDate: string }>;
}

export interface ActionPlanIssue {
  field: string;
  key:
    | 'v.actionPlan.items_required'
    | 'v.actionPlan.due_year'
    | 'v.actionPlan.milestone_after_due'
    | 'v.actionPlan.indicator'
    | 'v.actionPlan.target_without_indicator';
  params?: Record<string, unknown>;
}

const inYear = (date: string, year: number) => date.slice(0, 4) === String(year);

/** The issues of a plan's entries, each naming its field (`items`, `items.2.dueDate`, `items.0.milestones.1.dueDate`). */
export function checkActionPlanItems(
  year: number,
  items: readonly ActionPlanItemDraft[],
  unitIndicatorIds: ReadonlySet<string>,
): ActionPlanIssue[] {
  const issues: ActionPlanIssue[] = [];
  if (!items.some((i) => i.kind === 'target') || !items.some((i) => i.kind === 'example'))
    issues.push({ field: 'items', key: 'v.actionPlan.items_required' });
  items.forEach((item, n) => {
    const at = `items.${n}`;
    if (!inYear(item.dueDate, year)) issues.push({ field: `${at}.dueDate`, key: 'v.actionPlan.due_year', params: { year } });
    if (item.indicatorId !== null && (item.kind !== 'target' || !unitIndicatorIds.has(item.indicatorId)))
      issues.push({ field: `${at}.indicatorId`, key: 'v.actionPlan.indicator', params: { year } });
    if (item.targetValue !== null && item.indicatorId === null)
      issues.push({ field: `${at}.targetValue`, key: 'v.actionPlan.target_without_indicator' });
    item.milestones.forEach((m, k) => {
      const field = `${at}.milestones.${k}.dueDate`;
      if (!inYear(m.dueDate, year)) issues.push({ field, key: 'v.actionPlan.due_year', params: { year } });
      else if (m.dueDate > item.dueDate) issues.push({ field, key: 'v.actionPlan.milestone_after_due', params: { due: item.dueDate } });
    });
  });
  return issues;
}

/** How many of the milestones are late on `today` (not done, their date passed) — the task roadmap's rule. */
export function lateCount(milestones: ReadonlyArray<{ due_date: string; done_on: string | null }>, today: string): number {
  return milestones.filter((m) => milestoneState(m, today) === 'late').length;
}
